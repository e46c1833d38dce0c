import { and, eq, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { findMissingCentres } from '../estate/index.ts';
import { findPersons } from '../register/index.ts';
import { emergencies, emergencyPeople, stays } from './schema.ts';

/** One person unaccounted for (the JSON shape of `custodia missing --json`). */
export interface MissingPerson {
  id: string;
  given_names: string;
  family_names: string;
  /** Since when: the escape, or the declaration of the emergency they are not yet found in. */
  since: string;
  /** The cell they escaped from, or were expected in when the emergency was declared. */
  last_location: string | null;
}

export interface MissingList {
  centre: string;
  at: string;
  people: MissingPerson[];
}

/**
 * The missing list of a centre: everyone on its roll who is unaccounted for (escaped), and, while
 * an emergency is active, everyone on its frozen list still unverified and, by the roll, inside.
 * Sorted by family names. Without `at` it is the list now, from the open stays, exactly as the
 * roll counts them; with `at`, as it stood then (verification marks are taken at their last
 * change, so a person marked twice counts as unverified until the second mark).
 */
export async function missingPeople(db: Queryable, principal: Pick<Principal, 'caseload'>, centre: string, at?: Date): Promise<MissingList> {
  if (!isInCaseload(principal, centre) || (await findMissingCentres(db, [centre])).length > 0) throw new AppError('CENTRE_NOT_FOUND', { code: centre }, 'centre');
  const when = at ?? new Date();
  const stayOpen: SQL | undefined = at ? sql`tstzrange(${stays.validFrom}, ${stays.validTo}, '[)') @> ${at.toISOString()}::timestamptz` : isNull(stays.validTo);
  const emergencyOn: SQL | undefined = at
    ? and(lte(emergencies.declaredAt, at), or(isNull(emergencies.closedAt), gt(emergencies.closedAt, at)))
    : eq(emergencies.status, 'active');
  const stillUnverified: SQL | undefined = at ? or(eq(emergencyPeople.status, 'unverified'), gt(emergencyPeople.markedAt, at)) : eq(emergencyPeople.status, 'unverified');
  const [escaped, unverified] = await Promise.all([
    db
      .select({ person: stays.person, since: stays.validFrom, location: stays.location })
      .from(stays)
      .where(and(eq(stays.centre, centre), eq(stays.state, 'unaccounted'), stayOpen)),
    db
      .select({ person: emergencyPeople.person, since: emergencies.declaredAt, location: emergencyPeople.expectedLocation })
      .from(emergencyPeople)
      .innerJoin(emergencies, eq(emergencies.id, emergencyPeople.emergency))
      // Only people the roll still has inside: a movement recorded since (court, transfer,
      // release) says where they are.
      .innerJoin(stays, and(eq(stays.person, emergencyPeople.person), eq(stays.centre, centre), eq(stays.state, 'in'), stayOpen))
      .where(and(eq(emergencies.centre, centre), emergencyOn, stillUnverified)),
  ]);
  const byPerson = new Map<string, { since: Date; location: string | null }>();
  for (const row of [...escaped, ...unverified]) if (!byPerson.has(row.person)) byPerson.set(row.person, row);
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
