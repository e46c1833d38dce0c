import type { Database } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { centreOfPerson } from '../register/index.ts';
import { authorisePerson, requireRole } from './access.ts';
import { listGroups } from './groups.ts';
import { endMembership, findMembership, membershipsOf, recordMembership, type Membership, type NewMembership } from './memberships.ts';
import { GROUP_PERMISSIONS } from './policy.ts';
import type { MembershipView, PersonMembershipList } from './schemas.ts';

const present = (m: Membership): MembershipView => ({ ...m, recordedAt: m.recordedAt.toISOString() });

/** A person's group memberships, current and ended (the person in the caseload); the reading is audited (`membership.read`). */
export async function readMembershipsOf(db: Database, context: AuditContext, principal: Principal, person: string): Promise<PersonMembershipList['memberships']> {
  const centre = await authorisePerson(db, principal, GROUP_PERMISSIONS['membership.read'], person);
  const names = new Map((await listGroups(db)).map((g) => [g.code, g.name]));
  const list = await membershipsOf(db, person);
  await runAudited(db, context, async (w) =>
    w.audit({ action: 'membership.read', subjectType: 'person', subjectId: person, centre, new: { memberships: list.length } }),
  );
  return list.map((m) => ({ ...present(m), groupName: names.get(m.group) ?? m.group }));
}

/** Records that a person of the caseload belongs to a group. */
export async function recordMembershipOf(db: Database, context: AuditContext, principal: Principal, input: NewMembership): Promise<MembershipView> {
  const centre = await authorisePerson(db, principal, GROUP_PERMISSIONS['membership.manage'], input.person);
  return present(await recordMembership(db, context, input, centre));
}

/** Ends a membership of a person of the caseload; one of a person elsewhere is answered as one that does not exist. */
export async function endMembershipOf(
  db: Database,
  context: AuditContext,
  principal: Principal,
  input: { id: number; until: string; note: string | null },
): Promise<MembershipView> {
  requireRole(principal, GROUP_PERMISSIONS['membership.manage']);
  const existing = await findMembership(db, input.id);
  const centre = existing ? await centreOfPerson(db, existing.person) : null;
  if (!existing || (centre !== null && !isInCaseload(principal, centre))) throw new AppError('MEMBERSHIP_NOT_FOUND', { id: input.id }, 'id');
  return present(await endMembership(db, context, input, centre));
}
