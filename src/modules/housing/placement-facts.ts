import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { RiskLevel } from '../../kernel/vocabulary.ts';
import { BED_KINDS, findCentres, findLocations, listCentreLocations, listSubtree, type Location } from '../estate/index.ts';
import { GroupRelations, listGroups, membershipsOn, relationsOn, type Group } from '../groups/index.ts';
import { custodyProfiles, custodyProfilesAtCentre, type CustodyProfile } from '../register/index.ts';
import { loadStates, occupantsAt, occupantsOfCentre, type Occupancy } from '../roll/index.ts';
import { openNonAssociationsOf } from './non-associations.ts';
import {
  dominantGroup,
  type NonAssociationFacts,
  type PersonFacts,
  type PlacementFacts,
  type Surroundings,
  type TargetFacts,
} from './placement-rules.ts';

/** Where a location sits in its centre's tree: its wing and pavilion, if any. */
interface Placement {
  wing: string | null;
  pavilion: string | null;
}

/** Wing and pavilion of every location in `tree` (any set of locations with their ancestors). */
export function placeInTree(tree: readonly Location[]): Map<string, Placement> {
  const kindOf = new Map(tree.map((l) => [l.code, l.kind]));
  const result = new Map<string, Placement>();
  for (const l of tree) {
    const chain = l.path.split('/');
    result.set(l.code, {
      wing: chain.find((c) => kindOf.get(c) === 'wing') ?? null,
      pavilion: chain.find((c) => kindOf.get(c) === 'pavilion') ?? null,
    });
  }
  return result;
}

/** The people around the cells: per cell, wing and pavilion, their number, risks and groups. */
export class Neighbourhood {
  private readonly cells = new Map<string, { occupants: number; risks: RiskLevel[]; groups: Map<string, number> }>();
  private readonly wings = new Map<string, Map<string, number>>();
  private readonly pavilions = new Map<string, { groups: Map<string, number>; affiliated: number }>();

  constructor(
    occupants: readonly Occupancy[],
    places: ReadonlyMap<string, Placement>,
    profiles: ReadonlyMap<string, Pick<CustodyProfile, 'risk'>>,
    groupsOf: ReadonlyMap<string, readonly string[]>,
    /** The person being placed: not counted among the people around. */
    exclude: string | null,
  ) {
    for (const o of occupants) {
      if (o.location === null || o.person === exclude) continue;
      const groups = groupsOf.get(o.person) ?? [];
      const cell = this.cells.get(o.location) ?? { occupants: 0, risks: [] as RiskLevel[], groups: new Map<string, number>() };
      cell.occupants += 1;
      const risk = profiles.get(o.person)?.risk;
      if (risk) cell.risks.push(risk);
      add(cell.groups, groups);
      this.cells.set(o.location, cell);
      const place = places.get(o.location);
      const wingKey = place?.wing ?? place?.pavilion ?? o.location;
      const wing = this.wings.get(wingKey) ?? new Map<string, number>();
      add(wing, groups);
      this.wings.set(wingKey, wing);
      const pavilionKey = place?.pavilion ?? o.location;
      const pavilion = this.pavilions.get(pavilionKey) ?? { groups: new Map<string, number>(), affiliated: 0 };
      add(pavilion.groups, groups);
      if (groups.length > 0) pavilion.affiliated += 1;
      this.pavilions.set(pavilionKey, pavilion);
    }
  }

  occupantsOf(cell: string): number {
    return this.cells.get(cell)?.occupants ?? 0;
  }

  around(target: Pick<TargetFacts, 'code' | 'wing' | 'pavilion'>): Surroundings {
    const cell = this.cells.get(target.code);
    const pavilion = this.pavilions.get(target.pavilion ?? target.code);
    return {
      cell: { occupants: cell?.occupants ?? 0, risks: cell?.risks ?? [], groups: cell?.groups ?? new Map() },
      wing: { groups: this.wings.get(target.wing ?? target.pavilion ?? target.code) ?? new Map() },
      pavilion: {
        groups: pavilion?.groups ?? new Map(),
        dominant: pavilion ? dominantGroup(pavilion.groups, pavilion.affiliated) : null,
      },
    };
  }

  /** Per pavilion: its group members and dominant group (the power map). */
  pavilionGroups(code: string) {
    const p = this.pavilions.get(code);
    return { groups: p?.groups ?? new Map<string, number>(), affiliated: p?.affiliated ?? 0, dominant: p ? dominantGroup(p.groups, p.affiliated) : null };
  }
}

function add(counts: Map<string, number>, groups: readonly string[]) {
  for (const g of groups) counts.set(g, (counts.get(g) ?? 0) + 1);
}

/** The facts of a target location from it and its ancestors (top first) and its centre's sex. */
export function targetFacts(location: Location, ancestors: readonly Location[], centreSex: TargetFacts['centreSex']): TargetFacts {
  const chain = [...ancestors, location];
  const inactive = [...chain].reverse().find((l) => l.status !== 'active');
  const nearest = <T>(pick: (l: Location) => T, neutral: T): T => {
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const value = pick(chain[i] as Location);
      if (value !== neutral) return value;
    }
    return neutral;
  };
  return {
    code: location.code,
    name: location.name,
    centre: location.centre,
    kind: location.kind,
    inactive: inactive ? { code: inactive.code, status: inactive.status } : null,
    sex: nearest((l) => l.sex, 'any'),
    centreSex,
    regime: nearest((l) => l.regime, 'mixed'),
    security: location.security,
    workingCapacity: location.workingCapacity,
    maxCapacity: location.maxCapacity,
    path: location.path.split('/'),
    wing: chain.find((l) => l.kind === 'wing')?.code ?? null,
    pavilion: chain.find((l) => l.kind === 'pavilion')?.code ?? null,
  };
}

export const today = (at: Date) => at.toISOString().slice(0, 10);

/** The groups of the people and what their relations are, on a day. */
export async function groupContext(db: Queryable, people: readonly string[], day: string) {
  const [groups, relations, memberships] = await Promise.all([listGroups(db), relationsOn(db, day), membershipsOn(db, people, day)]);
  const names = new Map(groups.map((g: Group) => [g.code, g.name]));
  const rivalry = new GroupRelations(groups, relations);
  const groupsOf = new Map<string, string[]>();
  const rolesOf = new Map<string, PersonFacts['groups'][number][]>();
  for (const m of memberships) {
    groupsOf.set(m.person, [...(groupsOf.get(m.person) ?? []), m.group]);
    rolesOf.set(m.person, [...(rolesOf.get(m.person) ?? []), { group: m.group, role: m.role }]);
  }
  return {
    groups,
    groupsOf,
    rolesOf,
    areRivals: (a: string, b: string) => rivalry.areRivals(a, b),
    groupName: (code: string) => names.get(code) ?? code,
  };
}

/** The person's facts: identity, custody, groups. */
function personFacts(
  profile: CustodyProfile,
  where: { location: string | null; state: 'in' | 'out' | 'en_route' | 'unaccounted' } | null,
  roles: PersonFacts['groups'],
): PersonFacts {
  return {
    id: profile.id,
    sex: profile.sex,
    custody:
      profile.centre && profile.legalStatus && profile.risk
        ? { centre: profile.centre, location: where?.location ?? null, state: where?.state ?? null, legalStatus: profile.legalStatus, risk: profile.risk, vulnerabilities: profile.vulnerabilities }
        : null,
    groups: roles,
  };
}

/** The person's open non-associations, with where the other person is now. */
async function nonAssociationFacts(db: Queryable, person: string): Promise<NonAssociationFacts[]> {
  const records = await openNonAssociationsOf(db, person);
  if (records.length === 0) return [];
  const others = records.map((r) => (r.personA === person ? r.personB : r.personA));
  const [states, profiles] = await Promise.all([loadStates(db, others), custodyProfiles(db, others)]);
  const locationCodes = [...states.values()].map((s) => s.state.location).filter((c): c is string => c !== null);
  const paths = new Map((await findLocations(db, locationCodes)).map((l) => [l.code, l.path.split('/')]));
  return records.map((r, i) => {
    const other = others[i] as string;
    const state = states.get(other)?.state;
    return {
      id: r.id,
      other,
      otherName: profiles.get(other)?.name ?? other,
      level: r.level,
      reason: r.reason,
      otherCentre: state?.centre ?? null,
      otherLocation: state?.location ?? null,
      otherPath: state?.location ? (paths.get(state.location) ?? null) : null,
    };
  });
}

/** Everything the check of one move needs, read in a handful of queries. */
export async function loadPlacementFacts(db: Queryable, person: string, cell: string, at: Date): Promise<PlacementFacts> {
  const [location] = await findLocations(db, [cell]);
  if (!location) throw new AppError('LOCATION_NOT_FOUND', { code: cell }, 'cell');
  if (!BED_KINDS.includes(location.kind)) throw new AppError('PLACEMENT_NOT_A_CELL', { code: cell, kind: location.kind }, 'cell');
  const [profile] = (await custodyProfiles(db, [person])).values();
  if (!profile) throw new AppError('PERSON_NOT_FOUND', { id: person }, 'person');
  const ancestorCodes = location.path.split('/').slice(0, -1);
  const [ancestors, [centre], states, nonAssociations] = await Promise.all([
    findLocations(db, ancestorCodes),
    findCentres(db, [location.centre]),
    loadStates(db, [person]),
    nonAssociationFacts(db, person),
  ]);
  ancestors.sort((a, b) => a.depth - b.depth);
  const target = targetFacts(location, ancestors, centre?.sex ?? 'mixed');
  // The people who matter are in the same pavilion (or unit, for one directly under the centre).
  const area = target.pavilion ? await listSubtree(db, target.pavilion) : [location];
  const occupants = await occupantsAt(db, location.centre, area.map((l) => l.code));
  const cellmates = occupants.filter((o) => o.location === cell).map((o) => o.person);
  const [profiles, groups] = await Promise.all([custodyProfiles(db, cellmates), groupContext(db, [person, ...occupants.map((o) => o.person)], today(at))]);
  const neighbourhood = new Neighbourhood(occupants, placeInTree(area), profiles, groups.groupsOf, person);
  const state = states.get(person)?.state;
  return {
    person: personFacts(profile, state?.centre === profile.centre ? state : null, groups.rolesOf.get(person) ?? []),
    target,
    surroundings: neighbourhood.around(target),
    nonAssociations,
    areRivals: groups.areRivals,
    groupName: groups.groupName,
  };
}

/** A whole centre, read once: for suggesting cells and drawing its power map. */
export async function loadCentreSnapshot(db: Queryable, centre: string, at: Date, exclude: string | null) {
  const [tree, occupants, profiles, [centreRow]] = await Promise.all([
    listCentreLocations(db, centre),
    occupantsOfCentre(db, centre),
    custodyProfilesAtCentre(db, centre),
    findCentres(db, [centre]),
  ]);
  if (!centreRow) throw new AppError('CENTRE_NOT_FOUND', { code: centre });
  const groups = await groupContext(db, occupants.map((o) => o.person), today(at));
  const places = placeInTree(tree);
  return { centre: centreRow, tree, occupants, profiles, groups, places, neighbourhood: new Neighbourhood(occupants, places, profiles, groups.groupsOf, exclude) };
}

export { nonAssociationFacts, personFacts };
