import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { RiskLevel } from '../../kernel/vocabulary.ts';
import { BED_KINDS, findLocations, placementLocations, type Location } from '../estate/index.ts';
import { custodyProfiles, type CustodyProfile } from '../register/index.ts';
import { loadStates, openStaysFor } from '../roll/index.ts';
import { centreSnapshot, currentSnapshot } from './centre-snapshots.ts';
import type { CentreSnapshot } from './neighbourhood.ts';
import { openNonAssociationsOf, type NonAssociation } from './non-associations.ts';
import type { NonAssociationFacts, PersonFacts, PlacementFacts, TargetFacts } from './placement-rules.ts';

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

/** The other person of each record, and the facts the check needs of where they are now. */
function describeNonAssociations(
  person: string,
  records: readonly NonAssociation[],
  where: (other: string) => { centre: string; location: string | null } | undefined,
  nameOf: (other: string) => string | undefined,
  pathOf: (location: string) => string[] | undefined,
): NonAssociationFacts[] {
  return records.map((r) => {
    const other = r.personA === person ? r.personB : r.personA;
    const now = where(other);
    return {
      id: r.id,
      other,
      otherName: nameOf(other) ?? other,
      level: r.level,
      reason: r.reason,
      otherCentre: now?.centre ?? null,
      otherLocation: now?.location ?? null,
      otherPath: now?.location ? (pathOf(now.location) ?? null) : null,
    };
  });
}

/** The person's open non-associations, with where the other person is now (suggestions). */
async function nonAssociationFacts(db: Queryable, person: string): Promise<NonAssociationFacts[]> {
  const records = await openNonAssociationsOf(db, person);
  if (records.length === 0) return [];
  const others = records.map((r) => (r.personA === person ? r.personB : r.personA));
  const [states, profiles] = await Promise.all([loadStates(db, others), custodyProfiles(db, others)]);
  const locationCodes = [...states.values()].map((s) => s.state.location).filter((c): c is string => c !== null);
  const paths = new Map((await findLocations(db, locationCodes)).map((l) => [l.code, l.path.split('/')]));
  return describeNonAssociations(person, records, (o) => states.get(o)?.state, (o) => profiles.get(o)?.name, (l) => paths.get(l));
}

/**
 * Everything the check of one move needs. Always read fresh: the person's open non-associations,
 * and the stays of the person, of the other people and of the cell. The custody profiles and the
 * cell with its ancestors come from the centre's snapshot while nothing has changed there since it
 * was read, else from the register and the estate (and always so inside a move's transaction).
 * The groups around — wing and pavilion — come from the snapshot (see centre-snapshots.ts).
 */
export async function loadPlacementFacts(
  db: Queryable,
  person: string,
  cell: string,
  at: Date,
  /** The database whose snapshots may be used: the root handle, also when `db` is its transaction. */
  options: { cache: object | null; inTransaction?: boolean; surroundings?: boolean },
): Promise<PlacementFacts> {
  const records = await openNonAssociationsOf(db, person);
  const others = records.map((r) => (r.personA === person ? r.personB : r.personA));
  const stays = await openStaysFor(db, [person, ...others], cell);
  const stayOf = new Map(stays.map((s) => [s.person, s]));
  const cellmates = stays.filter((s) => s.location === cell && s.person !== person).map((s) => s.person);
  // Outside a transaction, what the snapshot of the person's centre holds — the custody profiles
  // of its people, the cell and its ancestors — is taken from it if nothing changed there since it
  // was read (every change is audited, and counted); a move, in its transaction, reads it all.
  const ownCentre = stayOf.get(person)?.centre;
  const current = options.inTransaction || !ownCentre ? null : await currentSnapshot(ownCentre, at, options.cache);
  const wanted = [person, ...cellmates, ...others];
  const profiles = new Map<string, CustodyProfile>();
  for (const id of wanted) {
    const known = current?.profiles.get(id);
    if (known) profiles.set(id, known);
  }
  const missing = wanted.filter((id) => !profiles.has(id));
  if (missing.length > 0) for (const [id, found] of await custodyProfiles(db, missing)) profiles.set(id, found);
  const profile = profiles.get(person);
  if (!profile) throw new AppError('PERSON_NOT_FOUND', { id: person }, 'person');
  const otherLocations = others.map((o) => stayOf.get(o)?.location).filter((c): c is string => c != null);
  const places = current ? treeFacts(current, cell, otherLocations) : null;
  const { target: location, ancestors, centreSex, paths } = places ?? (await placementLocations(db, cell, otherLocations));
  if (!location) throw new AppError('LOCATION_NOT_FOUND', { code: cell }, 'cell');
  if (!BED_KINDS.includes(location.kind)) throw new AppError('PLACEMENT_NOT_A_CELL', { code: cell, kind: location.kind }, 'cell');
  const target = targetFacts(location, ancestors, centreSex ?? 'mixed');
  // Without surroundings (the roll's guard: only blocking reasons matter) no snapshot is read.
  const snapshot = options.surroundings === false ? null : await centreSnapshot(db, location.centre, at, options);
  const groupsOf = snapshot?.groups.groupsOf ?? new Map<string, string[]>();
  const cellGroups = new Map<string, number>();
  for (const mate of cellmates) for (const g of groupsOf.get(mate) ?? []) cellGroups.set(g, (cellGroups.get(g) ?? 0) + 1);
  const around = snapshot?.neighbourhood.around(target, person) ?? { wing: { groups: new Map() }, pavilion: { groups: new Map(), dominant: null } };
  const stay = stayOf.get(person);
  return {
    person: personFacts(profile, stay && stay.centre === profile.centre ? stay : null, snapshot?.groups.rolesOf.get(person) ?? []),
    target,
    surroundings: {
      cell: { occupants: cellmates.length, risks: cellmates.map((m) => profiles.get(m)?.risk).filter((r): r is RiskLevel => r != null), groups: cellGroups },
      wing: around.wing,
      pavilion: around.pavilion,
    },
    nonAssociations: describeNonAssociations(person, records, (o) => stayOf.get(o), (o) => profiles.get(o)?.name, (l) => paths.get(l)),
    areRivals: snapshot?.groups.areRivals ?? (() => false),
    groupName: snapshot?.groups.groupName ?? ((code: string) => code),
  };
}

/** The cell, its ancestors and other locations from a centre's snapshot; null if the cell is not in it. */
function treeFacts(snapshot: CentreSnapshot, cell: string, others: readonly string[]) {
  const target = snapshot.byCode.get(cell);
  if (!target) return null;
  const ancestors = target.path
    .split('/')
    .slice(0, -1)
    .map((c) => snapshot.byCode.get(c))
    .filter((l): l is Location => l !== undefined);
  const paths = new Map<string, string[]>();
  for (const code of others) {
    const found = snapshot.byCode.get(code);
    if (found) paths.set(code, found.path.split('/'));
  }
  return { target, ancestors, centreSex: snapshot.centre.sex, paths };
}

export { nonAssociationFacts, personFacts };
