import type { Queryable } from '../../db/engine.ts';
import { hasAnyRole, isInCaseload, type Principal, type Role } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { centreOfPerson } from '../register/index.ts';

/** The role first: a user without it is refused alike for every record (403). */
export function requireRole(principal: Principal, roles: readonly Role[]): void {
  if (!hasAnyRole(principal, roles)) throw new AppError('FORBIDDEN');
}

/**
 * Whether a person held at `centre` (null: in custody nowhere) is the principal's to see in
 * lists and counts: held in their caseload, or anywhere for a national caseload.
 */
export function isMemberVisible(principal: Principal, centre: string | null): boolean {
  return centre === null ? principal.caseload.all : isInCaseload(principal, centre);
}

/**
 * The centre holding `person` now, when the principal holds one of `roles` and the person is in
 * their caseload (or in custody nowhere); PERSON_NOT_FOUND alike for unknown people and for
 * people held outside the caseload.
 */
export async function authorisePerson(db: Queryable, principal: Principal, roles: readonly Role[], person: string): Promise<string | null> {
  requireRole(principal, roles);
  const centre = await centreOfPerson(db, person);
  if (centre !== null && !isInCaseload(principal, centre)) throw new AppError('PERSON_NOT_FOUND', { id: person }, 'person');
  return centre;
}

/** Today's date (UTC) on a clock: the day group relations and memberships are read for. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}
