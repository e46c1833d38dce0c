import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { custodyProfiles } from '../register/index.ts';
import { isMemberVisible } from './access.ts';
import { countMembersOn, selectMembersOn } from './repository.ts';
import type { CountScope, MemberCounts } from './schemas.ts';

export interface GroupCounts {
  scope: CountScope;
  /** Members and leaders per group code (absent: none). */
  of(group: string): MemberCounts;
}

/**
 * Members and leaders per group on `day`, as far as the principal may see them: a national
 * caseload counts every membership in force; any other counts only the members held now at a
 * centre of the caseload — the same people the group's page lists — so no count reveals members
 * the user cannot see.
 */
export async function countMembers(db: Queryable, principal: Principal, day: string): Promise<GroupCounts> {
  const counts = new Map<string, { members: number; leaders: number }>();
  const scope: CountScope = principal.caseload.all ? 'national' : 'caseload';
  if (scope === 'national') {
    for (const row of await countMembersOn(db, day)) counts.set(row.group, { members: row.members, leaders: row.leaders });
  } else if (principal.caseload.centres.length > 0) {
    const members = await selectMembersOn(db, day);
    const profiles = await custodyProfiles(db, members.map((m) => m.person));
    for (const m of members) {
      if (!isMemberVisible(principal, profiles.get(m.person)?.centre ?? null)) continue;
      const count = counts.get(m.groupCode) ?? { members: 0, leaders: 0 };
      count.members += 1;
      if (m.role === 'leader') count.leaders += 1;
      counts.set(m.groupCode, count);
    }
  }
  return {
    scope,
    of: (group) => {
      const found = counts.get(group);
      return { members: found?.members ?? 0, leaders: found?.leaders ?? 0, scope };
    },
  };
}
