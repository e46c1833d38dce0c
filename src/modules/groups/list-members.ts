import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { compareBy, slicePage, type PageOf, type SortDirection } from '../../kernel/paging.ts';
import type { Confidence, MembershipRole } from '../../kernel/vocabulary.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { custodyProfiles } from '../register/index.ts';
import { dayOf, isMemberVisible, requireRole } from './access.ts';
import { getGroup } from './groups.ts';
import { membersOn } from './memberships.ts';
import { GROUP_PERMISSIONS } from './policy.ts';
import { selectMemberList } from './repository.ts';
import type { GroupMember, GroupMemberSort } from './schemas.ts';

export interface GroupMembersFilter {
  offset: number;
  limit: number;
  sort: GroupMemberSort;
  dir: SortDirection;
  centre?: string | undefined;
  role?: readonly MembershipRole[] | undefined;
  confidence?: readonly Confidence[] | undefined;
}

const ROLE_ORDER: Record<MembershipRole, number> = { leader: 0, lieutenant: 1, member: 2, associate: 3 };
const CONFIDENCE_ORDER: Record<Confidence, number> = { confirmed: 0, probable: 1, possible: 2 };

type Listed = GroupMember & { sortName: string };

const SORT_KEYS: Record<GroupMemberSort, (m: Listed) => string | number | null> = {
  name: (m) => m.sortName,
  id: (m) => m.person,
  role: (m) => ROLE_ORDER[m.role],
  centre: (m) => m.centre,
  since: (m) => m.since,
  confidence: (m) => CONFIDENCE_ORDER[m.confidence],
};

/**
 * The group's members in custody today in the caller's caseload, filtered by centre, role and
 * confidence, sorted, one page with how many match in all. Needs the right to read memberships
 * (403) and is audited (`group.members_read`, with the filters and the page), like the group's
 * page; an unknown group is GROUP_NOT_FOUND.
 */
export async function listGroupMembers(
  db: Database,
  context: AuditContext,
  principal: Principal,
  code: string,
  filter: GroupMembersFilter,
  clock: Clock,
): Promise<PageOf<GroupMember>> {
  requireRole(principal, GROUP_PERMISSIONS['membership.read']);
  const group = await getGroup(db, code);
  const current = await selectMemberList(db, group.code, dayOf(clock.now()), { roles: filter.role, confidences: filter.confidence });
  const profiles = await custodyProfiles(db, current.map((m) => m.person));
  const listed: Listed[] = [];
  for (const m of current) {
    const profile = profiles.get(m.person);
    const centre = profile?.centre ?? null;
    if (!isMemberVisible(principal, centre)) continue;
    if (filter.centre !== undefined && centre !== filter.centre) continue;
    const name = profile?.name ?? m.person;
    listed.push({ ...m, recordedAt: new Date(m.recordedAt).toISOString(), name, centre, sortName: `${profile?.familyNames ?? ''} ${name}` });
  }
  const byKey = compareBy(SORT_KEYS[filter.sort], filter.dir);
  const byName = compareBy(SORT_KEYS.name, 'asc');
  listed.sort((a, b) => byKey(a, b) || byName(a, b) || a.id - b.id);
  const page = slicePage(listed, filter);
  await runAudited(db, context, async (w) =>
    w.audit({
      action: 'group.members_read',
      subjectType: 'group',
      subjectId: group.code,
      new: { members: page.total, offset: page.offset, shown: page.items.length, centre: filter.centre ?? null, role: filter.role ?? null, confidence: filter.confidence ?? null },
    }),
  );
  return { ...page, items: page.items.map(({ sortName: _sortName, ...member }) => member) };
}

/**
 * The register numbers of a group's current members (every one, wherever held), for filtering a
 * list of people by group: needs the right to read memberships (403), unknown group
 * GROUP_NOT_FOUND; audited as a reading of the group's members.
 */
export async function groupMemberIds(db: Database, context: AuditContext, principal: Principal, code: string): Promise<ReadonlySet<string>> {
  requireRole(principal, GROUP_PERMISSIONS['membership.read']);
  const group = await getGroup(db, code);
  const members = await membersOn(db, group.code, dayOf(nowIn(context)));
  await runAudited(db, context, async (w) =>
    w.audit({ action: 'group.members_read', subjectType: 'group', subjectId: group.code, new: { purpose: 'filter' } }),
  );
  return new Set(members.map((m) => m.person));
}
