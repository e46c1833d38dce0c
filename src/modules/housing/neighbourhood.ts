import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { RiskLevel } from '../../kernel/vocabulary.ts';
import { findCentres, listCentreLocations, type Location } from '../estate/index.ts';
import { GroupRelations, listGroups, rolesOn, relationsOn, type Group } from '../groups/index.ts';
import { custodyProfilesAtCentre, type CustodyProfile } from '../register/index.ts';
import { occupantsOfCentre, type Occupancy } from '../roll/index.ts';
import { dominantGroup, type PersonFacts, type Surroundings, type TargetFacts } from './placement-rules.ts';

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
  /** Where each person counted is, and their groups, to leave one of them out. */
  private readonly people = new Map<string, { cell: string; wing: string; pavilion: string; groups: readonly string[] }>();

  constructor(
    occupants: readonly Occupancy[],
    private readonly places: ReadonlyMap<string, Placement>,
    profiles: ReadonlyMap<string, Pick<CustodyProfile, 'risk'>>,
    groupsOf: ReadonlyMap<string, readonly string[]>,
  ) {
    for (const o of occupants) {
      if (o.location === null) continue;
      const groups = groupsOf.get(o.person) ?? [];
      const cell = this.cells.get(o.location) ?? { occupants: 0, risks: [] as RiskLevel[], groups: new Map<string, number>() };
      cell.occupants += 1;
      const risk = profiles.get(o.person)?.risk;
      if (risk) cell.risks.push(risk);
      add(cell.groups, groups);
      this.cells.set(o.location, cell);
      const keys = this.keysOf(o.location);
      const wing = this.wings.get(keys.wing) ?? new Map<string, number>();
      add(wing, groups);
      this.wings.set(keys.wing, wing);
      const pavilion = this.pavilions.get(keys.pavilion) ?? { groups: new Map<string, number>(), affiliated: 0 };
      add(pavilion.groups, groups);
      if (groups.length > 0) pavilion.affiliated += 1;
      this.pavilions.set(keys.pavilion, pavilion);
      this.people.set(o.person, { cell: o.location, ...keys, groups });
    }
  }

  /** The wing and pavilion keys of a location: a unit directly under the centre is its own. */
  private keysOf(location: string) {
    const place = this.places.get(location);
    return { wing: place?.wing ?? place?.pavilion ?? location, pavilion: place?.pavilion ?? location };
  }

  occupantsOf(cell: string): number {
    return this.cells.get(cell)?.occupants ?? 0;
  }

  /** The surroundings of a location, leaving out `exclude` (the person being moved). */
  around(target: Pick<TargetFacts, 'code' | 'wing' | 'pavilion'>, exclude: string | null): Surroundings {
    const keys = { wing: target.wing ?? target.pavilion ?? target.code, pavilion: target.pavilion ?? target.code };
    const cell = this.cells.get(target.code);
    const pavilion = this.pavilions.get(keys.pavilion);
    const left = exclude ? this.people.get(exclude) : undefined;
    const without = (counts: ReadonlyMap<string, number> | undefined, here: boolean) => {
      if (!counts) return new Map<string, number>();
      if (!here || !left || left.groups.length === 0) return counts;
      const copy = new Map(counts);
      for (const g of left.groups) copy.set(g, (copy.get(g) ?? 1) - 1);
      return copy;
    };
    const inPavilion = left?.pavilion === keys.pavilion;
    const pavilionGroups = without(pavilion?.groups, inPavilion);
    const affiliated = (pavilion?.affiliated ?? 0) - (inPavilion && left && left.groups.length > 0 ? 1 : 0);
    return {
      cell: {
        occupants: (cell?.occupants ?? 0) - (left?.cell === target.code ? 1 : 0),
        risks: cell?.risks ?? [],
        groups: without(cell?.groups, left?.cell === target.code),
      },
      wing: { groups: without(this.wings.get(keys.wing), left?.wing === keys.wing) },
      pavilion: { groups: pavilionGroups, dominant: dominantGroup(pavilionGroups, affiliated) },
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

export const today = (at: Date) => at.toISOString().slice(0, 10);

/** The groups of the people and what their relations are, on a day. */
export async function groupContext(db: Queryable, people: readonly string[], day: string) {
  // One after the other: `db` may be a transaction, which runs one query at a time.
  const groups = await listGroups(db);
  const relations = await relationsOn(db, day);
  const memberships = await rolesOn(db, people, day);
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

export type CentreSnapshot = Awaited<ReturnType<typeof buildCentreSnapshot>>;

/** A whole centre, read at once: who is where, their risk and groups, the tree. */
export async function buildCentreSnapshot(db: Queryable, centre: string, at: Date) {
  // One after the other: inside a move `db` is its transaction, which runs one query at a time.
  const [centreRow] = await findCentres(db, [centre]);
  const tree = await listCentreLocations(db, centre);
  const occupants = await occupantsOfCentre(db, centre);
  const profiles = await custodyProfilesAtCentre(db, centre);
  if (!centreRow) throw new AppError('CENTRE_NOT_FOUND', { code: centre });
  const groups = await groupContext(db, occupants.map((o) => o.person), today(at));
  const places = placeInTree(tree);
  return { centre: centreRow, day: today(at), tree, byCode: new Map(tree.map((l) => [l.code, l])), occupants, profiles, groups, places, neighbourhood: new Neighbourhood(occupants, places, profiles, groups.groupsOf) };
}

