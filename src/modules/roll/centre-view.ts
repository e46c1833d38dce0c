import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { LegalStatus, RiskLevel } from '../../kernel/vocabulary.ts';
import { getCentre, getLocation, listCentreLocations, listSubtree, summariseTree, type Centre, type Location, type LocationSummary } from '../estate/index.ts';
import { findPersons, namesOf, openEpisodesOf } from '../register/index.ts';
import { movementsOf, stateOf, type MovementRecord } from './repository.ts';
import { stays } from './schema.ts';
import type { PersonState } from './transitions.ts';

export interface CentreTree {
  centre: Centre;
  locations: LocationSummary[];
  /** On the centre's roll but not placed in any location (e.g. just admitted). */
  unplaced: number;
}

/** A centre's location tree with capacities and occupancy summed up to every level. */
export async function centreTree(db: Database, principal: Pick<Principal, 'caseload'>, code: string): Promise<CentreTree> {
  const centre = await getCentre(db, principal, code);
  const [tree, counts] = await Promise.all([
    listCentreLocations(db, code),
    db
      .select({ location: stays.location, n: sql<number>`count(*)::int` })
      .from(stays)
      .where(and(eq(stays.centre, code), isNull(stays.validTo)))
      .groupBy(stays.location),
  ]);
  const byLocation = new Map<string, number>();
  let unplaced = 0;
  for (const row of counts) {
    if (row.location === null) unplaced += row.n;
    else byLocation.set(row.location, row.n);
  }
  return { centre, locations: summariseTree(tree, byLocation), unplaced };
}

export interface Occupant {
  id: string;
  givenNames: string;
  familyNames: string;
  aliases: string[];
  location: string | null;
  state: PersonState['state'];
  outReason: PersonState['outReason'];
  since: Date;
  legalStatus: LegalStatus | null;
  risk: RiskLevel | null;
}

/** The people in these states with their names, legal status and risk, by location then family name. */
export async function describeOccupants(db: Queryable, states: PersonState[]): Promise<Occupant[]> {
  const ids = states.map((s) => s.person);
  const [people, episodes] = await Promise.all([findPersons(db, ids), openEpisodesOf(db, ids)]);
  const byId = new Map(people.map((p) => [p.id, p]));
  return states
    .map((s) => {
      const p = byId.get(s.person);
      const e = episodes.get(s.person);
      return {
        ...namesOf(s.person, p),
        location: s.location,
        state: s.state,
        outReason: s.outReason,
        since: s.since,
        // The register keeps only these values (its writes check them against the same lists).
        legalStatus: (e?.legalStatus ?? null) as LegalStatus | null,
        risk: (e?.risk ?? null) as RiskLevel | null,
      };
    })
    .sort((a, b) => (a.location ?? '').localeCompare(b.location ?? '') || a.familyNames.localeCompare(b.familyNames, 'es'));
}

/** A location with its ancestors, its subtree's figures and the people placed in it or under it. */
export async function locationView(
  db: Database,
  principal: Pick<Principal, 'caseload'>,
  code: string,
  /** `occupants: false`: the figures only, without describing the people (a screen that pages them). */
  options: { occupants: boolean } = { occupants: true },
): Promise<{ location: LocationSummary; ancestors: Location[]; children: LocationSummary[]; occupants: Occupant[] }> {
  const { location, ancestors } = await getLocation(db, principal, code);
  const subtree = await listSubtree(db, code);
  const codes = subtree.map((l) => l.code);
  const rows = [];
  for (let i = 0; i < codes.length; i += 5000) {
    rows.push(...(await db.select().from(stays).where(and(isNull(stays.validTo), inArray(stays.location, codes.slice(i, i + 5000))))));
  }
  const counts = new Map<string, number>();
  for (const r of rows) if (r.location) counts.set(r.location, (counts.get(r.location) ?? 0) + 1);
  const summary = summariseTree(subtree, counts);
  return {
    location: summary[0] as LocationSummary,
    ancestors: ancestors.filter((a) => a.code !== location.code),
    children: summary.filter((l) => l.parent === code),
    occupants: options.occupants ? await describeOccupants(db, rows.map(stateOf)) : [],
  };
}

/** The people on a centre's roll who are not placed in a location. */
export async function unplacedAt(db: Database, principal: Pick<Principal, 'caseload'>, centre: string): Promise<Occupant[]> {
  if (!isInCaseload(principal, centre)) throw new AppError('CENTRE_NOT_FOUND', { code: centre });
  const rows = await db.select().from(stays).where(and(eq(stays.centre, centre), isNull(stays.validTo), isNull(stays.location)));
  return describeOccupants(db, rows.map(stateOf));
}

/** Where a person is now (null if not in custody) and every movement recorded for them. */
export async function whereabouts(db: Queryable, person: string): Promise<{ current: PersonState | null; movements: MovementRecord[] }> {
  const [row] = await db.select().from(stays).where(and(eq(stays.person, person), isNull(stays.validTo)));
  return { current: row ? stateOf(row) : null, movements: await movementsOf(db, person) };
}
