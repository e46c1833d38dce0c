import type { Queryable } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import { findMissingCentres } from '../estate/index.ts';
import { findPersons } from '../register/index.ts';
import { findStays } from '../roll/index.ts';
import { unverifiedInForce } from './repository.ts';
import type { MissingList, MissingPerson } from './schemas.ts';

/**
 * The missing list of a centre: everyone on its roll who is unaccounted for (escaped), and, while
 * an emergency is active, everyone on its frozen list still unverified and, by the roll, inside.
 * Sorted by family names. Without `at` it is the list now, from the open stays, exactly as the
 * roll counts them; with `at`, as it stood then (verification marks are taken at their last
 * change, so a person marked twice counts as unverified until the second mark).
 */
export async function missingPeople(db: Queryable, clock: Clock, principal: Pick<Principal, 'caseload'>, centre: string, at?: Date): Promise<MissingList> {
  if (!isInCaseload(principal, centre) || (await findMissingCentres(db, [centre])).length > 0) throw new AppError('CENTRE_NOT_FOUND', { code: centre }, 'centre');
  const when = at ?? clock.now();
  const [escaped, candidates] = await Promise.all([findStays(db, { centre, at, states: ['unaccounted'] }), unverifiedInForce(db, centre, at)]);
  // Only people the roll still has inside: a movement recorded since (court, transfer,
  // release) says where they are.
  const inside = new Set((await findStays(db, { centre, at, states: ['in'], people: candidates.map((c) => c.person) })).map((s) => s.person));
  const byPerson = new Map<string, { since: Date; location: string | null }>();
  for (const row of escaped) if (!byPerson.has(row.person)) byPerson.set(row.person, { since: row.since, location: row.location });
  for (const row of candidates) if (inside.has(row.person) && !byPerson.has(row.person)) byPerson.set(row.person, row);
  const names = new Map((await findPersons(db, [...byPerson.keys()])).map((p) => [p.id, p]));
  const people = [...byPerson].map(([id, row]): MissingPerson => ({
    id,
    given_names: names.get(id)?.givenNames ?? '',
    family_names: names.get(id)?.familyNames ?? '',
    since: row.since.toISOString(),
    last_location: row.location,
  }));
  people.sort((a, b) => a.family_names.localeCompare(b.family_names, 'es') || a.given_names.localeCompare(b.given_names, 'es') || a.id.localeCompare(b.id));
  return { centre, at: when.toISOString(), people };
}
