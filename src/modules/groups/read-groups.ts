import type { Database, Queryable } from '../../db/engine.ts';
import { hasAnyRole, type Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { custodyProfiles } from '../register/index.ts';
import { dayOf, isMemberVisible, requireRole } from './access.ts';
import { countMembers } from './count-members.ts';
import { allRelations, getGroup, listGroups, relationsOn } from './groups.ts';
import { membersOn } from './memberships.ts';
import { GROUP_PERMISSIONS } from './policy.ts';
import type { GroupGraphView, GroupMember, GroupPage, RelationView } from './schemas.ts';

const presentRelation = <T extends { recordedAt: Date }>(r: T) => ({ ...r, recordedAt: r.recordedAt.toISOString() });

/**
 * The network of groups on a day (today by default): alliances, rivalries, factions, with each
 * group's members and leaders counted in the caller's scope (see `countMembers`).
 */
export async function readGroupGraph(db: Queryable, principal: Principal, request: { day?: string | undefined }, clock: Clock): Promise<GroupGraphView> {
  requireRole(principal, GROUP_PERMISSIONS['group.read']);
  const day = request.day ?? dayOf(clock.now());
  const [groups, relations, counts] = await Promise.all([listGroups(db), relationsOn(db, day), countMembers(db, principal, day)]);
  return {
    day,
    countScope: counts.scope,
    nodes: groups.map((g) => {
      const { members, leaders } = counts.of(g.code);
      return { ...g, members, leaders };
    }),
    edges: [
      ...relations.map((r) => ({ id: `r${r.id}`, source: r.groupA, target: r.groupB, kind: r.relation, since: r.since, confidence: r.confidence })),
      ...groups
        .filter((g) => g.parent !== null)
        .map((g) => ({ id: `p-${g.code}`, source: g.code, target: g.parent as string, kind: 'faction_of' as const, since: null, confidence: null })),
    ],
  };
}

/** The group's members in custody today in the caller's caseload; the reading is audited (`group.members_read`). */
async function readMembers(db: Database, context: AuditContext, principal: Principal, group: string, day: string): Promise<GroupMember[]> {
  const current = await membersOn(db, group, day);
  const profiles = await custodyProfiles(db, current.map((m) => m.person));
  const members = current
    .map((m) => ({ ...m, recordedAt: m.recordedAt.toISOString(), name: profiles.get(m.person)?.name ?? m.person, centre: profiles.get(m.person)?.centre ?? null }))
    .filter((m) => isMemberVisible(principal, m.centre));
  await runAudited(db, context, async (w) => w.audit({ action: 'group.members_read', subjectType: 'group', subjectId: group, new: { members: members.length } }));
  return members;
}

/**
 * A group's page: the group, its relations (current and ended), its members and leaders counted
 * in the caller's scope, and — for those who may read memberships — its members in the caseload.
 */
export async function readGroupPage(
  db: Database,
  context: AuditContext,
  principal: Principal,
  code: string,
  clock: Clock,
  /** `withMembers: false`: members null (a screen that pages them through `listGroupMembers`). */
  options: { withMembers: boolean } = { withMembers: true },
): Promise<GroupPage> {
  requireRole(principal, GROUP_PERMISSIONS['group.read']);
  const found = await getGroup(db, code);
  const day = dayOf(clock.now());
  const [relations, counts] = await Promise.all([allRelations(db, found.code), countMembers(db, principal, day)]);
  const members = options.withMembers && hasAnyRole(principal, GROUP_PERMISSIONS['membership.read']) ? await readMembers(db, context, principal, found.code, day) : null;
  return { ...found, relations: relations.map(presentRelation) as RelationView[], counts: counts.of(found.code), members };
}
