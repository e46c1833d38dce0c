import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Language } from '../../kernel/language.ts';
import { AppError } from '../../kernel/errors.ts';
import { findCentres } from '../estate/index.ts';
import { describeOccupants, type Occupant } from './centre-view.ts';
import { loadStates, stateOf } from './repository.ts';
import { resolveTargets } from './resolve-targets.ts';
import type { ArrivalCheckView } from './schemas.ts';
import { stays } from './schema.ts';

/** Someone en route to a centre: where from, since when, and the cell chosen at departure (if any). */
export interface Arrival extends Occupant {
  from: string;
  fromName: string;
  destinationLocation: string | null;
}

const bySince = <T extends { since: Date; familyNames: string }>(a: T, b: T) =>
  a.since.getTime() - b.since.getTime() || a.familyNames.localeCompare(b.familyNames, 'es');

function requireCentre(principal: Pick<Principal, 'caseload'>, centre: string): void {
  if (!isInCaseload(principal, centre)) throw new AppError('CENTRE_NOT_FOUND', { code: centre });
}

/**
 * The people of a centre's roll who are out now (court, hospital), longest out first: the list
 * officers bring them back from.
 */
export async function peopleOut(db: Queryable, principal: Pick<Principal, 'caseload'>, centre: string): Promise<Occupant[]> {
  requireCentre(principal, centre);
  const rows = await db.select().from(stays).where(and(eq(stays.centre, centre), isNull(stays.validTo), eq(stays.state, 'out')));
  return (await describeOccupants(db, rows.map(stateOf))).sort(bySince);
}

/**
 * The people en route to a centre (a transfer departed and not yet arrived), the longest on the
 * road first. The receiving centre sees them although they are still on the sending centre's roll.
 */
export async function arrivalsAt(db: Queryable, principal: Pick<Principal, 'caseload'>, centre: string): Promise<Arrival[]> {
  requireCentre(principal, centre);
  const rows = await db.select().from(stays).where(and(eq(stays.destination, centre), isNull(stays.validTo), eq(stays.state, 'en_route')));
  const states = rows.map(stateOf);
  const [people, senders] = await Promise.all([describeOccupants(db, states), findCentres(db, [...new Set(states.map((s) => s.centre))])]);
  const byPerson = new Map(states.map((s) => [s.person, s]));
  const names = new Map(senders.map((c) => [c.code, c.name]));
  return people
    .map((p) => {
      const state = byPerson.get(p.id);
      const from = state?.centre ?? '';
      return { ...p, from, fromName: names.get(from) ?? from, destinationLocation: state?.destinationLocation ?? null };
    })
    .sort(bySince);
}

/**
 * Housing's placement check of a person in `cell` for a user, at the detail the user may read;
 * passed in by the composition root (the roll does not depend on housing).
 */
export type PlacementCheckFor = (
  db: Queryable,
  principal: Principal,
  input: { person: string; cell: string },
  options: { language: Language; clock: Clock },
) => Promise<ArrivalCheckView>;

/**
 * The placement check of receiving someone en route to `centre` into one of its cells, for the
 * receiving centre's staff, who do not see the person's file until they arrive. Someone not en
 * route there is NOT_FOUND; a cell of another centre is LOCATION_NOT_FOUND on `cell`.
 */
export async function checkArrival(
  db: Queryable,
  principal: Principal,
  input: { centre: string; person: string; cell: string },
  options: { language: Language; clock: Clock; check: PlacementCheckFor },
): Promise<ArrivalCheckView> {
  requireCentre(principal, input.centre);
  const state = (await loadStates(db, [input.person])).get(input.person)?.state;
  if (state?.state !== 'en_route' || state.destination !== input.centre) throw new AppError('NOT_FOUND');
  const target = (await resolveTargets(db, [input.cell])).get(input.cell);
  if (!target?.ok || target.centre !== input.centre) throw new AppError('LOCATION_NOT_FOUND', { code: input.cell }, 'cell');
  return options.check(db, principal, { person: input.person, cell: input.cell }, options);
}
