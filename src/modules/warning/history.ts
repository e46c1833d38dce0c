import type { Queryable } from '../../db/engine.ts';
import type { LegalStatus, LocationKind, MovementType, NonAssociationLevel, SeizureItem } from '../../kernel/vocabulary.ts';
import { readClosedCounts, type ClosedCountRow } from '../counts/index.ts';
import { readWarningEstate, type WarningEstateRows } from '../estate/index.ts';
import { GroupRelations, readGroupHistory, type GroupHistoryRows } from '../groups/index.ts';
import { readNonAssociationHistory, type NonAssociationHistoryRow } from '../housing/index.ts';
import { readIncidentEvents, type IncidentEventRow } from '../incidents/index.ts';
import { seizuresInPeriod } from '../intelligence/index.ts';
import { addMonths, pretrialLimitMonths, readLegalHistory, type LegalHistoryRows } from '../register/index.ts';
import { readRollHistory, type MovementEvent, type StayInterval } from '../roll/index.ts';
import { localDay } from './facts-at.ts';
import { peopleFactsOf, type PeopleFacts, type PeopleSubjects } from './people-facts-cache.ts';
import { LOOKBACK_DAYS, type GroupFacts, type LocationFacts, type MembershipFacts } from './signals/facts.ts';

/**
 * The history of some centres over a window, read once and indexed so that `factsAt`
 * (facts-at.ts) projects a centre's facts at any instant of the window in memory. Facts are
 * valid time: what held at T (stays, memberships, relations, legal status as of T), whatever
 * day they were recorded, so an imported history projects exactly like the one recorded live.
 */

const DAY_MS = 86_400_000;

/** Everything `buildWarningHistory` indexes: the rows read from the modules, times in epoch milliseconds. */
export interface HistoryRecords {
  /** The window the facts will be projected in (ISO instants). */
  from: string;
  to: string;
  estate: WarningEstateRows;
  stays: StayInterval[];
  movements: MovementEvent[];
  persons: LegalHistoryRows['persons'];
  legal: LegalHistoryRows['changes'];
  groups: GroupHistoryRows;
  nonAssociations: NonAssociationHistoryRow[];
  incidents: IncidentEventRow[];
  seizures: { id: string; centre: string; at: number; item: SeizureItem; quantity: number; location: string | null; person: string | null }[];
  counts: ClosedCountRow[];
}

/** A location placed in its centre's tree. */
interface PlacedLocation extends LocationFacts {
  centre: string;
}

/** A place holding beds, with its current capacities and status (a change after T gives the values it had at T). */
export interface BedHistory {
  code: string;
  pavilion: string;
  design: number;
  working: number;
  max: number;
  active: boolean;
}

/** A movement out of a pavilion of a centre, ready to be projected. */
export interface DepartureHistory {
  person: string;
  at: number;
  /** The local day of the movement in the centre's zone (memberships at the time are those of that day). */
  day: string;
  type: MovementType;
  fromLocation: string | null;
  fromPavilion: string;
  toPavilion: string | null;
  toCentre: string | null;
}

/** A stay with what the facts say of its person, resolved once: name, place, legal history, memberships. */
export interface StayRecord extends StayInterval {
  name: string;
  wing: string | null;
  pavilion: string | null;
  /** The episode's legal status history (null: none recorded). */
  legal: LegalEntry[] | null;
  /** The person's memberships overlapping the window (shared with `WarningHistory.persons`). */
  memberships: PersonHistory['memberships'];
}

/** One centre's history, indexed. */
export interface CentreHistory {
  code: string;
  name: string;
  timezone: string;
  /** Every location of the centre, by code order. */
  locations: LocationFacts[];
  /** The same, by code. */
  locationIndex: Map<string, LocationFacts>;
  /** The pavilions and units directly under the centre, by code order. */
  topLevel: { code: string; name: string; kind: LocationKind }[];
  beds: BedHistory[];
  /** Capacity and status changes after the window opened, in time order: the value before each is its `oldValue`. */
  bedChanges: { at: number; location: string; kind: 'capacity' | 'status'; oldValue: string }[];
  /** Stays overlapping the window (and the week before it), by person then start. */
  stays: StayRecord[];
  /** The stays in state `unaccounted`, by person then start. */
  unaccounted: StayRecord[];
  /** Non-associations of which at least one person stayed at the centre in the window, by id. */
  nonAssociations: NonAssociationHistory[];
  departures: DepartureHistory[];
  incidents: (IncidentEventRow & { pavilion: string | null })[];
  seizures: (HistoryRecords['seizures'][number] & { pavilion: string | null })[];
  counts: ClosedCountRow[];
  /** Projections of the capacities, by the number of bed changes at or before T (filled by `factsAt`). */
  readonly capacityCache: Map<number, unknown>;
}

export interface PersonHistory {
  /** "Family names, given names". */
  name: string;
  /** Memberships overlapping the window, by group. */
  memberships: (MembershipFacts & { until: string | null })[];
}

/** A legal status from a day on, with the pretrial limit it sets. */
export interface LegalEntry {
  since: string;
  status: LegalStatus;
  pretrialLimit: string | null;
}

/** The group relations in force through a stretch of days, factions inheriting their parent's. */
export interface RelationEpoch {
  /** The relation between two groups (null: none). */
  relation(a: string, b: string): 'rival' | 'allied' | null;
  /** Every group that is a rival of `group`, by code. */
  rivalsOf(group: string): readonly string[];
}

export interface NonAssociationHistory {
  id: string;
  personA: string;
  personB: string;
  level: NonAssociationLevel;
  reason: string;
  /** Open periods [from, to) in epoch milliseconds, `to` null while open. */
  open: { from: number; to: number | null }[];
}

/** The history of some centres over [from, to], indexed for `factsAt`. */
export interface WarningHistory {
  /** The centres covered, by code. */
  centres: string[];
  /** The window (ISO instants): `factsAt` is complete for any T in it. */
  from: string;
  to: string;
  readonly centreData: ReadonlyMap<string, CentreHistory>;
  readonly persons: ReadonlyMap<string, PersonHistory>;
  /** Legal status history by custody episode, oldest first. */
  readonly legal: ReadonlyMap<string, LegalEntry[]>;
  readonly groups: ReadonlyMap<string, GroupFacts>;
  readonly nonAssociations: ReadonlyMap<string, NonAssociationHistory[]>;
  /** The relations in force on a day (YYYY-MM-DD). */
  relationsOn(day: string): RelationEpoch;
}

/** How far before `from` each kind of fact is read so that facts at `from` are complete. */
const READ_BEFORE_MS = {
  stays: 7 * DAY_MS,
  movements: LOOKBACK_DAYS.departures * DAY_MS,
  incidents: LOOKBACK_DAYS.incidents * DAY_MS,
  seizures: LOOKBACK_DAYS.seizures * DAY_MS,
  counts: LOOKBACK_DAYS.counts * DAY_MS,
};

/**
 * Everything needed to project the facts of `centres` (default: every centre) at any instant of
 * [from, to]: the location tree with its capacities, stays, movements, memberships and group
 * relations, legal status history, non-associations, incidents, finds and closed counts, read in
 * a few set-based queries through the owning modules.
 */
export async function loadWarningHistory(db: Queryable, options: { centres?: readonly string[]; from: Date; to: Date }): Promise<WarningHistory> {
  const { from, to } = options;
  const centres = options.centres ? [...new Set(options.centres)].sort() : undefined;
  const before = (ms: number) => new Date(from.getTime() - ms);
  const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  // Incidents, finds and counts are read by centre: they start with the roll, not after it.
  const byCentre = Promise.all([
    readWarningEstate(db, { centres, since: from }),
    readIncidentEvents(db, { centres, from: before(READ_BEFORE_MS.incidents), to }),
    seizuresInPeriod(db, { centres, from: before(READ_BEFORE_MS.seizures), to: new Date(to.getTime() + 1) }),
    readClosedCounts(db, { centres, from: before(READ_BEFORE_MS.counts), to }),
  ]);
  // A day either side: local days in any zone fall within these UTC days.
  const days = { from: utcDay(from.getTime() - READ_BEFORE_MS.movements - DAY_MS), to: utcDay(to.getTime() + DAY_MS) };
  const readPeople = async (subjects: PeopleSubjects | null): Promise<PeopleFacts> => {
    const [legal, groups, nonAssociations] = await Promise.all([
      readLegalHistory(db, subjects ?? { activeSince: before(READ_BEFORE_MS.stays + READ_BEFORE_MS.movements) }),
      readGroupHistory(db, { people: subjects?.people, ...days }),
      readNonAssociationHistory(db, subjects?.people),
    ]);
    return { legal, groups, nonAssociations };
  };
  // The whole estate reads everyone's names, memberships and non-associations at once, alongside
  // the roll; some centres, those of the people the roll names once it is read, or the ones kept
  // from their last evaluation if nothing since has changed them (people-facts-cache.ts).
  const rollRead = readRollHistory(db, { centres, from: before(Math.max(READ_BEFORE_MS.stays, READ_BEFORE_MS.movements)), to });
  const rollAndPeople = centres
    ? peopleFactsOf(db, { centres, days: `${days.from}|${days.to}` }, rollRead, peopleOf, readPeople)
    : Promise.all([rollRead, readPeople(null)]).then(([roll, facts]) => ({ roll, facts }));
  const [{ roll, facts }, [estate, incidents, seizures, counts]] = await Promise.all([rollAndPeople, byCentre]);
  const { legal, groups, nonAssociations } = facts;
  return buildWarningHistory({
    from: from.toISOString(),
    to: to.toISOString(),
    estate,
    stays: roll.stays,
    movements: roll.movements,
    persons: legal.persons,
    legal: legal.changes,
    groups,
    nonAssociations,
    incidents,
    seizures: seizures.map((s) => ({ id: s.id, centre: s.centre, at: s.at.getTime(), item: s.item, quantity: s.quantity, location: s.location, person: s.person })),
    counts,
  });
}

/** The people and custody episodes a roll history names. */
function peopleOf(roll: { stays: readonly StayInterval[]; movements: readonly MovementEvent[] }): PeopleSubjects {
  const people = new Set<string>();
  const episodes = new Set<string>();
  for (const s of roll.stays) {
    people.add(s.person);
    episodes.add(s.episode);
  }
  for (const m of roll.movements) people.add(m.person);
  return { people: [...people], episodes: [...episodes] };
}

/** The movements that take a person out of their pavilion. */
const DEPARTURE_TYPES: ReadonlySet<string> = new Set(['release', 'transfer', 'transfer_out', 'death', 'escape', 'internal_move', 'court_out', 'hospital_out']);

const BED_KINDS: ReadonlySet<string> = new Set(['cell', 'reception', 'isolation', 'health']);

const byNumber = <T>(key: (x: T) => number) => (a: T, b: T) => key(a) - key(b);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Indexes the rows read for a window (it takes them over: stays are completed in place). Pure: the unit tests build histories with it. */
export function buildWarningHistory(records: HistoryRecords): WarningHistory {
  const placed = placeLocations(records.estate.locations);
  const pavilionOf = (code: string | null) => (code === null ? null : (placed.get(code)?.pavilion ?? null));
  const centreData = new Map<string, CentreHistory>();
  for (const c of records.estate.centres) {
    centreData.set(c.code, {
      code: c.code,
      name: c.name,
      timezone: c.timezone,
      locations: [],
      locationIndex: new Map(),
      topLevel: [],
      beds: [],
      bedChanges: [],
      stays: [],
      unaccounted: [],
      nonAssociations: [],
      departures: [],
      incidents: [],
      seizures: [],
      counts: [],
      capacityCache: new Map(),
    });
  }
  for (const l of records.estate.locations) {
    const centre = centreData.get(l.centre);
    const where = placed.get(l.code);
    if (!centre || !where) continue;
    centre.locations.push({ code: where.code, name: where.name, kind: where.kind, pavilion: where.pavilion, wing: where.wing });
    if (l.parent === null) centre.topLevel.push({ code: l.code, name: l.name, kind: l.kind });
    if (BED_KINDS.has(l.kind) && where.pavilion !== null) {
      centre.beds.push({ code: l.code, pavilion: where.pavilion, design: l.design ?? 0, working: l.working ?? 0, max: l.max ?? 0, active: l.status === 'active' });
    }
  }
  for (const x of records.estate.changes) {
    const centre = centreData.get(placed.get(x.location)?.centre ?? '');
    centre?.bedChanges.push({ at: x.at, location: x.location, kind: x.kind, oldValue: x.oldValue });
  }
  for (const m of records.movements) {
    if (!DEPARTURE_TYPES.has(m.type) || m.fromCentre === null) continue;
    const centre = centreData.get(m.fromCentre);
    const fromPavilion = pavilionOf(m.fromLocation);
    if (!centre || fromPavilion === null) continue;
    const internal = m.type === 'internal_move' || m.type === 'court_out' || m.type === 'hospital_out';
    const toPavilion = m.toCentre === m.fromCentre || m.toCentre === null ? pavilionOf(m.toLocation) : null;
    if (m.type === 'internal_move' && toPavilion === fromPavilion) continue;
    centre.departures.push({
      person: m.person,
      at: m.at,
      day: localDay(m.at, centre.timezone),
      type: m.type as MovementType,
      fromLocation: m.fromLocation,
      fromPavilion,
      toPavilion: m.type === 'internal_move' ? toPavilion : null,
      toCentre: internal || m.toCentre === m.fromCentre ? null : m.toCentre,
    });
  }
  for (const i of records.incidents) centreData.get(i.centre)?.incidents.push({ ...i, pavilion: pavilionOf(i.location) });
  for (const z of records.seizures) centreData.get(z.centre)?.seizures.push({ ...z, pavilion: pavilionOf(z.location) });
  for (const k of records.counts) centreData.get(k.centre)?.counts.push(k);
  for (const c of centreData.values()) {
    c.locations.sort((a, b) => byText(a.code, b.code));
    for (const l of c.locations) c.locationIndex.set(l.code, l);
    c.topLevel.sort((a, b) => byText(a.code, b.code));
    c.beds.sort((a, b) => byText(a.code, b.code));
    c.bedChanges.sort(byNumber((x) => x.at));
    c.departures.sort((a, b) => a.at - b.at || byText(a.person, b.person));
    c.incidents.sort((a, b) => a.at - b.at || byText(a.id, b.id));
    c.seizures.sort((a, b) => a.at - b.at || byText(a.id, b.id));
    c.counts.sort((a, b) => a.closedAt - b.closedAt || byText(a.id, b.id));
  }

  const { persons, legal, groups, nonAssociations, relationsOn } = indexPeople(records);

  const NONE: PersonHistory['memberships'] = [];
  for (const s of records.stays) {
    const centre = centreData.get(s.centre);
    if (!centre) continue;
    const place = s.location === null ? undefined : placed.get(s.location);
    const person = persons.get(s.person);
    // The rows are the history's own: completed in place rather than copied (35,000 of them nationally).
    const record = s as StayRecord;
    record.name = person?.name ?? s.person;
    record.wing = place?.wing ?? null;
    record.pavilion = place?.pavilion ?? null;
    record.legal = legal.get(s.episode) ?? null;
    record.memberships = person && person.memberships.length > 0 ? person.memberships : NONE;
    centre.stays.push(record);
    if (s.state === 'unaccounted') centre.unaccounted.push(record);
  }
  for (const c of centreData.values()) {
    const byPerson = (a: StayRecord, b: StayRecord) => byText(a.person, b.person) || a.from - b.from;
    c.stays.sort(byPerson);
    c.unaccounted.sort(byPerson);
    const seen = new Set<string>();
    for (const s of c.stays) {
      for (const n of nonAssociations.get(s.person) ?? []) {
        if (seen.has(n.id)) continue;
        seen.add(n.id);
        c.nonAssociations.push(n);
      }
    }
    c.nonAssociations.sort((a, b) => byText(a.id, b.id));
  }

  return {
    centres: [...centreData.keys()].sort(byText),
    from: records.from,
    to: records.to,
    centreData,
    persons,
    legal,
    groups,
    nonAssociations,
    relationsOn,
  };
}

interface PeopleIndex {
  persons: Map<string, PersonHistory>;
  legal: Map<string, LegalEntry[]>;
  groups: Map<string, GroupFacts>;
  nonAssociations: Map<string, NonAssociationHistory[]>;
  relationsOn: (day: string) => RelationEpoch;
}

/** The index of each set of people rows, kept while the rows are (people-facts-cache.ts keeps them between evaluations). */
const peopleIndexes = new WeakMap<object, { rows: Pick<HistoryRecords, 'legal' | 'groups' | 'nonAssociations'>; index: PeopleIndex }>();

/**
 * Names, memberships, legal status with its pretrial limits, groups and their relations, and
 * non-associations, indexed; worked out once for the same rows, and read-only from then on.
 */
function indexPeople(records: HistoryRecords): PeopleIndex {
  const memo = peopleIndexes.get(records.persons);
  if (memo && memo.rows.legal === records.legal && memo.rows.groups === records.groups && memo.rows.nonAssociations === records.nonAssociations) return memo.index;
  const persons = new Map<string, PersonHistory>();
  for (const p of records.persons) persons.set(p.id, { name: `${p.familyNames}, ${p.givenNames}`, memberships: [] });
  for (const m of records.groups.memberships) {
    let person = persons.get(m.person);
    if (!person) {
      person = { name: m.person, memberships: [] };
      persons.set(m.person, person);
    }
    person.memberships.push({ person: m.person, group: m.group, role: m.role, confidence: m.confidence, since: m.since, until: m.until });
  }
  for (const p of persons.values()) p.memberships.sort((a, b) => byText(a.group, b.group) || byText(a.since ?? '', b.since ?? ''));

  const legal = new Map<string, LegalEntry[]>();
  // Tens of thousands of people held pretrial share a few hundred first days: each limit is worked out once.
  const limits = new Map<string, string>();
  const limitOf = (since: string, months: number) => {
    const key = `${since}|${months}`;
    let limit = limits.get(key);
    if (limit === undefined) {
      limit = addMonths(since, months);
      limits.set(key, limit);
    }
    return limit;
  };
  for (const l of records.legal) {
    let entries = legal.get(l.episode);
    if (!entries) {
      entries = [];
      legal.set(l.episode, entries);
    }
    // The pretrial clock's rule (register/pretrial-clock.ts): 12 or 18 months from the first day.
    const pretrialLimit = l.legalStatus === 'pretrial' ? limitOf(l.since, pretrialLimitMonths(l.maxPenaltyYears)) : null;
    entries.push({ since: l.since, status: l.legalStatus, pretrialLimit });
  }
  for (const entries of legal.values()) entries.sort((a, b) => byText(a.since, b.since));

  const groups = new Map(records.groups.groups.map((g) => [g.code, { code: g.code, name: g.name, parent: g.parent }]));

  const nonAssociations = new Map<string, NonAssociationHistory[]>();
  for (const n of records.nonAssociations) {
    const record: NonAssociationHistory = {
      id: n.id,
      personA: n.personA,
      personB: n.personB,
      level: n.level as NonAssociationLevel,
      reason: n.reason,
      open: openPeriods(n),
    };
    for (const p of [n.personA, n.personB]) nonAssociations.set(p, [...(nonAssociations.get(p) ?? []), record]);
  }

  const index = { persons, legal, groups, nonAssociations, relationsOn: relationEpochs(records.groups) };
  peopleIndexes.set(records.persons, { rows: { legal: records.legal, groups: records.groups, nonAssociations: records.nonAssociations }, index });
  return index;
}

/** Each location with its pavilion (or unit directly under the centre) and wing. */
function placeLocations(rows: WarningEstateRows['locations']): Map<string, PlacedLocation> {
  const byCode = new Map(rows.map((l) => [l.code, l]));
  const placed = new Map<string, PlacedLocation>();
  const place = (code: string, seen: Set<string>): PlacedLocation | null => {
    const done = placed.get(code);
    if (done) return done;
    const row = byCode.get(code);
    if (!row || seen.has(code)) return null;
    seen.add(code);
    const parent = row.parent === null ? null : place(row.parent, seen);
    const result: PlacedLocation = {
      code: row.code,
      name: row.name,
      kind: row.kind,
      centre: row.centre,
      pavilion: parent ? parent.pavilion : row.code,
      wing: row.kind === 'wing' ? row.code : (parent?.wing ?? null),
    };
    placed.set(code, result);
    return result;
  };
  for (const row of rows) place(row.code, new Set());
  return placed;
}

/** The periods a non-association was open, from its events (or its creation, without events). */
function openPeriods(n: NonAssociationHistoryRow): { from: number; to: number | null }[] {
  if (n.events.length === 0) return n.status === 'open' ? [{ from: n.createdAt, to: null }] : [];
  const periods: { from: number; to: number | null }[] = [];
  for (const e of [...n.events].sort(byNumber((x) => x.at))) {
    const last = periods[periods.length - 1];
    if (e.action === 'closed') {
      if (last && last.to === null) last.to = e.at;
    } else if (!last || last.to !== null) {
      periods.push({ from: e.at, to: null });
    }
  }
  return periods;
}

/** The relations in force on each day, computed once per stretch of days in which none starts or ends. */
function relationEpochs(rows: GroupHistoryRows): (day: string) => RelationEpoch {
  const boundaries = [...new Set(rows.relations.flatMap((r) => [r.since, r.until]).filter((d): d is string => d !== null))].sort(byText);
  const cache = new Map<number, RelationEpoch>();
  const groups = rows.groups.map((g) => ({ code: g.code, parent: g.parent }));
  return (day) => {
    // The number of boundaries on or before `day`: days with the same number share their relations.
    let lo = 0;
    let hi = boundaries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((boundaries[mid] as string) <= day) lo = mid + 1;
      else hi = mid;
    }
    const cached = cache.get(lo);
    if (cached) return cached;
    const inForce = rows.relations
      .filter((r) => (r.since === null || r.since <= day) && (r.until === null || r.until > day))
      .map((r) => ({ groupA: r.a, groupB: r.b, relation: r.relation }));
    const graph = new GroupRelations(groups, inForce);
    const pairs = new Map<string, 'rival' | 'allied' | null>();
    const rivals = new Map<string, string[]>();
    const epoch: RelationEpoch = {
      relation(a, b) {
        const key = a < b ? `${a}|${b}` : `${b}|${a}`;
        let found = pairs.get(key);
        if (found === undefined) {
          found = graph.relation(a, b);
          pairs.set(key, found);
        }
        return found;
      },
      rivalsOf(group) {
        let found = rivals.get(group);
        if (!found) {
          found = groups.filter((g) => epoch.relation(group, g.code) === 'rival').map((g) => g.code).sort(byText);
          rivals.set(group, found);
        }
        return found;
      },
    };
    cache.set(lo, epoch);
    return epoch;
  };
}
