import type { Queryable } from '../../db/engine.ts';
import { hasAnyRole, isInCaseload, type Principal, type Role } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { findLocations, type Location } from '../estate/index.ts';
import { custodyProfiles, isPersonVisible } from '../register/index.ts';
import type { FindingDetail } from './placement-messages.ts';
import { HOUSING_PERMISSIONS } from './policy.ts';

/**
 * Who may act on which person or location, decided before anything is shown: the role first
 * (403 for every record alike), then the caseload — a person or location outside it is answered
 * exactly as one that does not exist, so a user cannot learn that it exists elsewhere.
 */

function requireRole(principal: Principal, roles: readonly Role[]): void {
  if (!hasAnyRole(principal, roles)) throw new AppError('FORBIDDEN');
}

/**
 * The centre holding `person` now (null when not in custody), when the principal holds one of
 * `roles` and the person is theirs: held at a centre of the caseload, or — released — visible
 * to them in the register (released by a centre of the caseload). PERSON_NOT_FOUND alike for
 * unknown people and for people outside the caseload.
 */
export async function authorisePerson(db: Queryable, principal: Principal, roles: readonly Role[], person: string): Promise<string | null> {
  requireRole(principal, roles);
  const profile = (await custodyProfiles(db, [person])).get(person);
  const reachable = profile && (profile.centre !== null ? isInCaseload(principal, profile.centre) : await isPersonVisible(db, principal, person));
  if (!profile || !reachable) throw new AppError('PERSON_NOT_FOUND', { id: person }, 'person');
  return profile.centre;
}

/** A location, when the principal holds one of `roles` and its centre is in their caseload; LOCATION_NOT_FOUND alike otherwise. */
export async function authoriseLocation(db: Queryable, principal: Principal, roles: readonly Role[], code: string, field = 'cell'): Promise<Location> {
  requireRole(principal, roles);
  const [location] = await findLocations(db, [code]);
  if (!location || !isInCaseload(principal, location.centre)) throw new AppError('LOCATION_NOT_FOUND', { code }, field);
  return location;
}

/** A centre of the caseload, when the principal holds one of `roles`; NOT_FOUND for a centre outside it (existing or not). */
export function authoriseCentre(principal: Principal, roles: readonly Role[], centre: string): void {
  requireRole(principal, roles);
  if (!isInCaseload(principal, centre)) throw new AppError('NOT_FOUND');
}

/**
 * People's names as the principal may see them: the name of a person in custody in their
 * caseload; the register number alone for anyone else (a released person only to a national
 * caseload).
 */
export async function visibleNames(db: Queryable, principal: Principal, people: readonly string[]): Promise<(id: string) => string> {
  const profiles = await custodyProfiles(db, people);
  return (id: string) => {
    const profile = profiles.get(id);
    const visible = profile && (profile.centre === null ? principal.caseload.all : isInCaseload(principal, profile.centre));
    return visible ? profile.name : id;
  };
}

/** How much of the placement findings the principal may read: groups only with a role that may read them. */
export function findingDetailFor(principal: Pick<Principal, 'roles'>): FindingDetail {
  return hasAnyRole(principal, HOUSING_PERMISSIONS['placement.group_details']) ? 'full' : 'without_groups';
}
