import { useQuery } from '@tanstack/react-query';
import type { EndInput, GroupChangesInput, GroupInput, MembershipInput, RelationInput } from '../../../../src/modules/groups/schemas.ts';
import { housingApi } from '../../api-housing.ts';
import { keys, useWrite } from '../../queries.ts';

/**
 * Reads and writes of criminal groups, their relations and memberships (TanStack Query, see
 * queries.ts). A write invalidates what it changes: the groups (their pages, the network and its
 * counts), the person's memberships and placement checks, and the centres' power maps.
 */

/** Every group recorded. */
/** Every group; `enabled: false` for a screen whose user may not read them (nothing is asked). */
export function useGroups(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: keys.groups(), queryFn: () => housingApi.groups().then((r) => r.groups), enabled: options.enabled ?? true });
}

/** A group's page: the group, its relations and its member counts (its members are paged by `GroupMembers`, under the same key). */
export function useGroup(code: string) {
  return useQuery({ queryKey: keys.group(code), queryFn: () => housingApi.groupWithoutMembers(code) });
}

/** The network of groups on a day (YYYY-MM-DD; '' for today). */
export function useGroupGraph(day: string) {
  return useQuery({ queryKey: keys.groupGraph(day), queryFn: () => housingApi.graph(day || undefined) });
}

/** A person's memberships, current and ended. */
export function useMemberships(person: string) {
  return useQuery({ queryKey: keys.memberships(person), queryFn: () => housingApi.memberships(person).then((r) => r.memberships) });
}

const GROUPS_CHANGED = [keys.groups(), keys.powerMaps()];

export function useCreateGroup() {
  return useWrite((group: GroupInput) => housingApi.createGroup(group), GROUPS_CHANGED);
}

export function useUpdateGroup(code: string) {
  return useWrite((changes: GroupChangesInput) => housingApi.updateGroup(code, changes), GROUPS_CHANGED);
}

export function useRecordRelation() {
  return useWrite((relation: RelationInput) => housingApi.recordRelation(relation), GROUPS_CHANGED);
}

/** Ends the relation `id` on a day. */
export function useEndRelation() {
  return useWrite(({ id, end }: { id: number; end: EndInput }) => housingApi.endRelation(id, end), GROUPS_CHANGED);
}

/** A membership changes the groups' members, the power maps and where the person may be placed. */
function membershipChanged(person: string) {
  return [...GROUPS_CHANGED, keys.personAll(person)];
}

export function useRecordMembership(person: string) {
  return useWrite((membership: MembershipInput) => housingApi.recordMembership(person, membership), membershipChanged(person));
}

/** Ends the person's membership `id` on a day. */
export function useEndMembership(person: string) {
  return useWrite(({ id, end }: { id: number; end: EndInput }) => housingApi.endMembership(id, end), membershipChanged(person));
}
