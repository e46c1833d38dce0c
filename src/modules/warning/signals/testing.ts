import type { MembershipRole, NonAssociationLevel } from '../../../kernel/vocabulary.ts';
import type {
  CentreFacts,
  CentreOfFacts,
  CountFacts,
  DepartureFacts,
  GroupFacts,
  IncidentFacts,
  LocationFacts,
  MembershipFacts,
  NonAssociationFacts,
  PavilionFacts,
  PersonFacts,
  RelationFacts,
  SeizureFacts,
} from './facts.ts';

/**
 * Test helpers for signals: a builder of `CentreFacts` and a deterministic shuffle of every list.
 *
 * ```ts
 * const facts = new FactsBuilder()                       // T = TEST_AT, centre LIT
 *   .pavilion('P2', { wings: 2, cellsPerWing: 3 })       // P2, wings P2-A, P2-B, cells P2-A-1 … P2-B-3
 *   .group('G1', 'Los Lobos').rival('G1', 'G2')
 *   .person('p1', { location: 'P2-A-1' })                // state 'in'; wing and pavilion derived
 *   .member('p1', 'G1', 'leader')
 *   .departure('p9', { from: 'P2-A-2', type: 'release', daysAgo: 2 }) // memberships copied from `member`
 *   .build();
 * ```
 * Codes are the names unless given ("Pabellón P2", "Ala P2-A", "Celda P2-A-1", "Grupo G1",
 * "Persona p1"). `build()` returns fresh lists in the stable order `facts-at.ts` promises;
 * `shuffleFacts` reorders every list (nested ones and `unaccounted` too: each entry carries its
 * instant) for order-invariance properties.
 */
export const TEST_AT = '2021-11-13T12:00:00.000Z';

const DAY_MS = 86_400_000;

/** T minus `days` days (fractions allowed), as an ISO instant. */
export function testDaysAgo(days: number, at: string = TEST_AT): string {
  return new Date(Date.parse(at) - days * DAY_MS).toISOString();
}

export interface PavilionSpec {
  name?: string;
  /** Number of wings (A, B, …); 0: cells hang directly from the pavilion. Default 1. */
  wings?: number;
  /** Cells per wing (or per pavilion when wings = 0). Default 4. */
  cellsPerWing?: number;
  designCapacity?: number;
  workingCapacity?: number;
  maxCapacity?: number;
  /** pavilion (default) or a unit directly under the centre: reception, isolation, health. */
  kind?: PavilionFacts['kind'];
}

export interface PersonSpec {
  name?: string;
  /** A cell, wing or pavilion code the builder knows; null = on the roll, not placed. Default null. */
  location?: string | null;
  state?: PersonFacts['state'];
  legalStatus?: PersonFacts['legalStatus'];
  pretrialSince?: string | null;
  pretrialLimit?: string | null;
}

export interface DepartureSpec {
  /** The cell (or pavilion) they left; its pavilion is derived. */
  from: string;
  type?: DepartureFacts['type'];
  /** Days before T (default 2); or `at`. */
  daysAgo?: number;
  at?: string;
  name?: string;
  toPavilion?: string | null;
  toCentre?: string | null;
  backAtT?: boolean;
  /** Default: the person's memberships given with `member`. */
  memberships?: { group: string; role: MembershipRole }[];
}

/** Builds the facts of one centre for a test; every method returns the builder. */
export class FactsBuilder {
  private at: string;
  private centreOf: CentreOfFacts;
  private readonly pavilions: PavilionFacts[] = [];
  private readonly locations = new Map<string, LocationFacts>();
  private readonly roll = new Map<string, PersonFacts>();
  private readonly groups = new Map<string, GroupFacts>();
  private readonly relations = new Map<string, RelationFacts>();
  private readonly memberships: MembershipFacts[] = [];
  private readonly departures: DepartureFacts[] = [];
  private readonly nonAssociations: NonAssociationFacts[] = [];
  private readonly incidents: IncidentFacts[] = [];
  private readonly seizures: SeizureFacts[] = [];
  private readonly counts: CountFacts[] = [];
  private unaccountedList: CentreFacts['unaccounted'] = [];

  constructor(options: { at?: string; centre?: Partial<CentreOfFacts> } = {}) {
    this.at = options.at ?? TEST_AT;
    this.centreOf = {
      code: 'LIT',
      name: 'Penitenciaría del Litoral',
      timezone: 'America/Guayaquil',
      designCapacity: 0,
      workingCapacity: 0,
      maxCapacity: 0,
      ...options.centre,
    };
  }

  /** Moves T (facts already added keep their instants). */
  atTime(at: string): this {
    this.at = at;
    return this;
  }

  centre(partial: Partial<CentreOfFacts>): this {
    this.centreOf = { ...this.centreOf, ...partial };
    return this;
  }

  /** A pavilion with its wings and cells; the centre's capacities grow by the pavilion's. */
  pavilion(code: string, spec: PavilionSpec = {}): this {
    const wings = spec.wings ?? 1;
    const cellsPerWing = spec.cellsPerWing ?? 4;
    const cells = Math.max(1, wings) * cellsPerWing;
    const pavilion: PavilionFacts = {
      code,
      name: spec.name ?? `Pabellón ${code}`,
      kind: spec.kind ?? 'pavilion',
      designCapacity: spec.designCapacity ?? cells * 2,
      workingCapacity: spec.workingCapacity ?? cells * 3,
      maxCapacity: spec.maxCapacity ?? cells * 4,
    };
    this.pavilions.push(pavilion);
    this.centreOf = {
      ...this.centreOf,
      designCapacity: this.centreOf.designCapacity + pavilion.designCapacity,
      workingCapacity: this.centreOf.workingCapacity + pavilion.workingCapacity,
      maxCapacity: this.centreOf.maxCapacity + pavilion.maxCapacity,
    };
    this.locations.set(code, { code, name: pavilion.name, kind: pavilion.kind, pavilion: code, wing: null });
    if (wings === 0) {
      for (let c = 1; c <= cellsPerWing; c++) this.addCell(`${code}-${c}`, code, null);
    }
    for (let w = 0; w < wings; w++) {
      const wing = `${code}-${String.fromCharCode(65 + w)}`;
      this.locations.set(wing, { code: wing, name: `Ala ${wing}`, kind: 'wing', pavilion: code, wing });
      for (let c = 1; c <= cellsPerWing; c++) this.addCell(`${wing}-${c}`, code, wing);
    }
    return this;
  }

  private addCell(code: string, pavilion: string, wing: string | null): void {
    this.locations.set(code, { code, name: `Celda ${code}`, kind: 'cell', pavilion, wing });
  }

  /** A person on the roll (state `in` unless given). */
  person(id: string, spec: PersonSpec = {}): this {
    const location = spec.location ?? null;
    const where = this.where(location);
    this.roll.set(id, {
      id,
      name: spec.name ?? `Persona ${id}`,
      state: spec.state ?? 'in',
      location,
      wing: where.wing,
      pavilion: where.pavilion,
      legalStatus: spec.legalStatus ?? 'sentenced',
      pretrialSince: spec.pretrialSince ?? null,
      pretrialLimit: spec.pretrialLimit ?? null,
    });
    return this;
  }

  /** Several people at once: `people('a', 3, { location: 'P1-A-1' })` adds a1, a2, a3. */
  people(prefix: string, count: number, spec: PersonSpec = {}): this {
    for (let i = 1; i <= count; i++) this.person(`${prefix}${i}`, spec);
    return this;
  }

  group(code: string, name?: string, parent: string | null = null): this {
    this.groups.set(code, { code, name: name ?? this.groups.get(code)?.name ?? `Grupo ${code}`, parent });
    return this;
  }

  rival(a: string, b: string): this {
    return this.relation(a, b, 'rival');
  }

  allied(a: string, b: string): this {
    return this.relation(a, b, 'allied');
  }

  private relation(a: string, b: string, relation: RelationFacts['relation']): this {
    for (const g of [a, b]) if (!this.groups.has(g)) this.group(g);
    const [x, y] = a < b ? [a, b] : [b, a];
    this.relations.set(`${x}|${y}`, { a: x, b: y, relation });
    return this;
  }

  /** A membership in force at T (the group is added if unknown). */
  member(person: string, group: string, role: MembershipRole = 'member', confidence: MembershipFacts['confidence'] = 'confirmed', since: string | null = null): this {
    if (!this.groups.has(group)) this.group(group);
    this.memberships.push({ person, group, role, confidence, since });
    return this;
  }

  /** Several members of a group: `members('a', 3, 'G1', { location: 'P1-A-1' })` adds a1…a3 on the roll as members. */
  members(prefix: string, count: number, group: string, spec: PersonSpec = {}, role: MembershipRole = 'member'): this {
    for (let i = 1; i <= count; i++) this.person(`${prefix}${i}`, spec).member(`${prefix}${i}`, group, role);
    return this;
  }

  /** A movement that took someone out of a pavilion in the lookback (release by default, 2 days before T). */
  departure(person: string, spec: DepartureSpec): this {
    const where = this.where(spec.from);
    this.departures.push({
      person,
      name: spec.name ?? this.roll.get(person)?.name ?? `Persona ${person}`,
      at: spec.at ?? testDaysAgo(spec.daysAgo ?? 2, this.at),
      type: spec.type ?? 'release',
      fromLocation: spec.from,
      fromPavilion: where.pavilion,
      toPavilion: spec.toPavilion ?? null,
      toCentre: spec.toCentre ?? null,
      memberships: spec.memberships ?? this.memberships.filter((m) => m.person === person).map((m) => ({ group: m.group, role: m.role })),
      backAtT: spec.backAtT ?? false,
    });
    return this;
  }

  nonAssociation(id: string, personA: string, personB: string, spec: { level?: NonAssociationLevel; reason?: string; since?: string } = {}): this {
    this.nonAssociations.push({ id, personA, personB, level: spec.level ?? 'pavilion', reason: spec.reason ?? 'threat', since: spec.since ?? testDaysAgo(10, this.at) });
    return this;
  }

  /** An incident; location's pavilion is derived when not given. */
  incident(partial: Partial<IncidentFacts> & { id: string }): this {
    const location = partial.location ?? null;
    this.incidents.push({ type: 'fight', severity: 'moderate', at: testDaysAgo(1, this.at), deaths: 0, injuries: 0, pavilion: this.where(location).pavilion, ...partial, location });
    return this;
  }

  /** A find; location's pavilion is derived when not given. */
  seizure(partial: Partial<SeizureFacts> & { id: string }): this {
    const location = partial.location ?? null;
    this.seizures.push({ at: testDaysAgo(1, this.at), item: 'phone', quantity: 1, person: null, pavilion: this.where(location).pavilion, ...partial, location });
    return this;
  }

  count(partial: Partial<CountFacts> & { id: string }): this {
    this.counts.push({ kind: 'scheduled', closedAt: testDaysAgo(0.1, this.at), shortLines: [], ...partial });
    return this;
  }

  unaccounted(list: CentreFacts['unaccounted']): this {
    this.unaccountedList = list;
    return this;
  }

  /** The pavilion and wing of a known location (unknown codes: both null). */
  private where(code: string | null): { pavilion: string | null; wing: string | null } {
    if (code === null) return { pavilion: null, wing: null };
    const l = this.locations.get(code);
    return { pavilion: l?.pavilion ?? null, wing: l?.wing ?? null };
  }

  /** The facts, with fresh lists in stable order. */
  build(): CentreFacts {
    const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);
    return {
      at: this.at,
      centre: { ...this.centreOf },
      pavilions: [...this.pavilions].sort(byCode).map((p) => ({ ...p })),
      locations: [...this.locations.values()].sort(byCode).map((l) => ({ ...l })),
      people: [...this.roll.values()].sort((a, b) => a.id.localeCompare(b.id)).map((p) => ({ ...p })),
      groups: [...this.groups.values()].sort(byCode).map((g) => ({ ...g })),
      relations: [...this.relations.values()].sort((a, b) => a.a.localeCompare(b.a) || a.b.localeCompare(b.b)).map((r) => ({ ...r })),
      memberships: [...this.memberships].sort((a, b) => a.person.localeCompare(b.person) || a.group.localeCompare(b.group)).map((m) => ({ ...m })),
      departures: [...this.departures].sort((a, b) => a.at.localeCompare(b.at) || a.person.localeCompare(b.person)).map((d) => ({ ...d, memberships: d.memberships.map((m) => ({ ...m })) })),
      nonAssociations: [...this.nonAssociations].sort((a, b) => a.id.localeCompare(b.id)).map((n) => ({ ...n })),
      incidents: [...this.incidents].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)).map((i) => ({ ...i })),
      seizures: [...this.seizures].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)).map((s) => ({ ...s })),
      counts: [...this.counts].sort((a, b) => a.closedAt.localeCompare(b.closedAt) || a.id.localeCompare(b.id)).map((c) => ({ ...c, shortLines: c.shortLines.map((l) => ({ ...l })) })),
      unaccounted: this.unaccountedList.map((u) => ({ ...u, people: [...u.people] })),
    };
  }
}

/** A permutation of a list by a seeded generator (same seed, same order). */
function shuffled<T>(list: readonly T[], next: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The same facts with every list (and nested list) reordered by `seed`: signals must not notice. */
export function shuffleFacts(facts: CentreFacts, seed: number): CentreFacts {
  let state = (seed >>> 0) || 1;
  const next = () => {
    // xorshift32: small, deterministic, good enough to permute test lists.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  return {
    ...facts,
    pavilions: shuffled(facts.pavilions, next),
    locations: shuffled(facts.locations, next),
    people: shuffled(facts.people, next),
    groups: shuffled(facts.groups, next),
    relations: shuffled(facts.relations, next),
    memberships: shuffled(facts.memberships, next),
    departures: shuffled(facts.departures, next).map((d) => ({ ...d, memberships: shuffled(d.memberships, next) })),
    nonAssociations: shuffled(facts.nonAssociations, next),
    incidents: shuffled(facts.incidents, next),
    seizures: shuffled(facts.seizures, next),
    counts: shuffled(facts.counts, next).map((c) => ({ ...c, shortLines: shuffled(c.shortLines, next) })),
    unaccounted: shuffled(facts.unaccounted, next).map((u) => ({ ...u, people: shuffled(u.people, next) })),
  };
}
