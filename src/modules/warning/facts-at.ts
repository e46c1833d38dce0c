import type { CentreHistory, LegalEntry, WarningHistory } from './history.ts';
import { LOOKBACK_DAYS } from './signals/facts.ts';
import type {
  CentreFacts,
  CountFacts,
  DepartureFacts,
  GroupFacts,
  IncidentFacts,
  MembershipFacts,
  NonAssociationFacts,
  PavilionFacts,
  PersonFacts,
  RelationFacts,
  SeizureFacts,
} from './signals/facts.ts';

/*
 * The facts of one centre at an instant, projected from an indexed history in memory. Pure: no
 * database, no clock. A backtest calls it once per centre per day of a year, so every list is
 * read from arrays sorted by time, and what does not change from day to day (capacities,
 * relations between groups) is computed once and reused.
 */

const DAY_MS = 86_400_000;

type StayInterval = CentreHistory['stays'][number];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(ms: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(ms);
}

/** The index of the first element whose time is after `ms` (the number at or before it). */
function countAtOrBefore<T>(list: readonly T[], ms: number, time: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (time(list[mid] as T) <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The elements whose time is in (after, upTo], in order. */
function within<T>(list: readonly T[], after: number, upTo: number, time: (x: T) => number): T[] {
  const start = countAtOrBefore(list, after, time);
  const end = countAtOrBefore(list, upTo, time);
  return list.slice(start, end);
}

/** The stays in force at `ms` (valid_from <= T < valid_to), in person order (the list is by person, then start). */
function staysAt(stays: readonly StayInterval[], ms: number): StayInterval[] {
  const found: StayInterval[] = [];
  for (const s of stays) if (s.from <= ms && (s.to === null || s.to > ms)) found.push(s);
  return found;
}

/** A person's stay at the centre in force at `ms`, found by halving the list (by person, then start). */
function stayOf(stays: readonly StayInterval[], person: string, ms: number): StayInterval | undefined {
  let lo = 0;
  let hi = stays.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((stays[mid] as StayInterval).person < person) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < stays.length; i++) {
    const s = stays[i] as StayInterval;
    if (s.person !== person) break;
    if (s.from <= ms && (s.to === null || s.to > ms)) return s;
  }
  return undefined;
}

const NO_MEMBERSHIPS: readonly MembershipFacts[] = [];

interface Capacities {
  pavilions: PavilionFacts[];
  design: number;
  working: number;
  max: number;
}

/** Capacities at T: the current ones, except where a later change says what they were before it. */
function capacitiesAt(c: CentreHistory, ms: number): Capacities {
  const epoch = countAtOrBefore(c.bedChanges, ms, (x) => x.at);
  const cached = c.capacityCache.get(epoch) as Capacities | undefined;
  if (cached) return cached;
  const before = new Map<string, string>();
  for (let i = epoch; i < c.bedChanges.length; i++) {
    const change = c.bedChanges[i] as CentreHistory['bedChanges'][number];
    const key = `${change.kind}|${change.location}`;
    if (!before.has(key)) before.set(key, change.oldValue);
  }
  const sums = new Map<string, { design: number; working: number; max: number }>();
  for (const bed of c.beds) {
    const status = before.get(`status|${bed.code}`);
    if (status !== undefined ? status !== 'active' : !bed.active) continue;
    const old = before.get(`capacity|${bed.code}`)?.split('/');
    const value = (i: 0 | 1 | 2, current: number) => {
      if (!old) return current;
      const n = Number(old[i]);
      return Number.isFinite(n) ? n : 0;
    };
    const sum = sums.get(bed.pavilion) ?? { design: 0, working: 0, max: 0 };
    sum.design += value(0, bed.design);
    sum.working += value(1, bed.working);
    sum.max += value(2, bed.max);
    sums.set(bed.pavilion, sum);
  }
  const result: Capacities = { pavilions: [], design: 0, working: 0, max: 0 };
  for (const top of c.topLevel) {
    const sum = sums.get(top.code) ?? { design: 0, working: 0, max: 0 };
    result.pavilions.push({ code: top.code, name: top.name, kind: top.kind, designCapacity: sum.design, workingCapacity: sum.working, maxCapacity: sum.max });
    result.design += sum.design;
    result.working += sum.working;
    result.max += sum.max;
  }
  c.capacityCache.set(epoch, result);
  return result;
}

/**
 * The facts of `centre` as they stood at `at` (see facts.ts), projected from `history`. `at`
 * must lie in the history's window for the facts to be complete.
 */
export function factsAt(history: WarningHistory, centre: string, at: Date): CentreFacts {
  const c = history.centreData.get(centre);
  if (!c) throw new Error(`The history does not cover centre ${centre}`);
  const ms = at.getTime();
  const iso = at.toISOString();
  const day = localDay(ms, c.timezone);
  const capacities = capacitiesAt(c, ms);

  // Who is on the roll, and where.
  const current = staysAt(c.stays, ms);
  const people: PersonFacts[] = [];
  for (const s of current) {
    const legal = legalAt(s.legal, day);
    const pretrial = legal !== null && legal.status === 'pretrial';
    people.push({
      id: s.person,
      name: s.name,
      state: s.state,
      location: s.location,
      wing: s.wing,
      pavilion: s.pavilion,
      legalStatus: legal?.status ?? null,
      pretrialSince: pretrial ? legal.since : null,
      pretrialLimit: pretrial ? legal.pretrialLimit : null,
    });
  }

  // Who left a pavilion in the last days, with what they belonged to then.
  const departures: DepartureFacts[] = [];
  for (const d of within(c.departures, ms - LOOKBACK_DAYS.departures * DAY_MS, ms, (x) => x.at)) {
    const stay = stayOf(c.stays, d.person, ms);
    const back = stay !== undefined && stay.state === 'in' && stay.pavilion === d.fromPavilion;
    departures.push({
      person: d.person,
      name: history.persons.get(d.person)?.name ?? d.person,
      at: new Date(d.at).toISOString(),
      type: d.type,
      fromLocation: d.fromLocation,
      fromPavilion: d.fromPavilion,
      toPavilion: d.toPavilion,
      toCentre: d.toCentre,
      memberships: membershipsOn(history.persons.get(d.person)?.memberships ?? NO_MEMBERSHIPS, d.day).map((m) => ({ group: m.group, role: m.role })),
      backAtT: back,
    });
  }

  // Memberships at T of everyone on the roll or gone, and the groups they name with their rivals.
  const memberships: MembershipFacts[] = [];
  const left = new Map<string, readonly MembershipFacts[]>();
  for (const d of departures) left.set(d.person, history.persons.get(d.person)?.memberships ?? NO_MEMBERSHIPS);
  for (const s of current) left.delete(s.person);
  const take = (list: readonly MembershipFacts[]) => {
    for (const m of membershipsOn(list, day)) memberships.push({ person: m.person, group: m.group, role: m.role, confidence: m.confidence, since: m.since });
  };
  for (const s of current) if (s.memberships.length > 0) take(s.memberships);
  for (const list of left.values()) take(list);
  memberships.sort((a, b) => byText(a.person, b.person) || byText(a.group, b.group));
  const relationsNow = history.relationsOn(day);
  const memberGroups = new Set(memberships.map((m) => m.group));
  for (const d of departures) for (const m of d.memberships) memberGroups.add(m.group);
  const groupCodes = new Set(memberGroups);
  for (const g of memberGroups) for (const r of relationsNow.rivalsOf(g)) groupCodes.add(r);
  const codes = [...groupCodes].sort(byText);
  const groups: GroupFacts[] = codes.map((code) => history.groups.get(code) ?? { code, name: code, parent: null });
  const relations: RelationFacts[] = [];
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const relation = relationsNow.relation(codes[i] as string, codes[j] as string);
      if (relation) relations.push({ a: codes[i] as string, b: codes[j] as string, relation });
    }
  }

  // Open non-associations between two people on the roll.
  const nonAssociations: NonAssociationFacts[] = [];
  for (const n of c.nonAssociations) {
    const period = n.open.find((o) => o.from <= ms && (o.to === null || o.to > ms));
    if (!period || !stayOf(c.stays, n.personA, ms) || !stayOf(c.stays, n.personB, ms)) continue;
    nonAssociations.push({ id: n.id, personA: n.personA, personB: n.personB, level: n.level, reason: n.reason, since: new Date(period.from).toISOString() });
  }

  const incidents: IncidentFacts[] = within(c.incidents, ms - LOOKBACK_DAYS.incidents * DAY_MS, ms, (x) => x.at).map((i) => ({
    id: i.id,
    type: i.type,
    severity: i.severity,
    at: new Date(i.at).toISOString(),
    location: i.location,
    pavilion: i.pavilion,
    deaths: i.deaths,
    injuries: i.injuries,
  }));
  const seizures: SeizureFacts[] = within(c.seizures, ms - LOOKBACK_DAYS.seizures * DAY_MS, ms, (x) => x.at).map((z) => ({
    id: z.id,
    at: new Date(z.at).toISOString(),
    item: z.item,
    quantity: z.quantity,
    location: z.location,
    pavilion: z.pavilion,
    person: z.person,
  }));
  const counts: CountFacts[] = within(c.counts, ms - LOOKBACK_DAYS.counts * DAY_MS, ms, (x) => x.closedAt).map((k) => ({
    id: k.id,
    kind: k.kind,
    closedAt: new Date(k.closedAt).toISOString(),
    shortLines: k.shortLines.map((l) => ({ location: l.location === '' ? null : l.location, expected: l.expected, counted: l.counted })),
  }));

  const unaccounted = [0, 1, 3, 7].map((days) => {
    const when = ms - days * DAY_MS;
    const missing = staysAt(c.unaccounted, when)
      .map((s) => s.person)
      .sort(byText);
    return { at: new Date(when).toISOString(), count: missing.length, people: missing };
  });

  return {
    at: iso,
    centre: { code: c.code, name: c.name, timezone: c.timezone, designCapacity: capacities.design, workingCapacity: capacities.working, maxCapacity: capacities.max },
    pavilions: capacities.pavilions.slice(),
    locations: c.locations.slice(),
    people,
    groups,
    relations,
    memberships,
    departures,
    nonAssociations,
    incidents,
    seizures,
    counts,
    unaccounted,
  };
}

/** The memberships of a list in force on a day (since on or before it, until after it). */
function membershipsOn(all: readonly (MembershipFacts & { until?: string | null })[], day: string): readonly (MembershipFacts & { until?: string | null })[] {
  if (all.length === 0) return all;
  return all.filter((m) => (m.since === null || m.since <= day) && (m.until === undefined || m.until === null || m.until > day));
}

/** The legal status on a day: the latest change on or before it (before the first, the first). */
function legalAt(entries: readonly LegalEntry[] | null, day: string): LegalEntry | null {
  if (!entries || entries.length === 0) return null;
  let found = entries[0] as LegalEntry;
  for (const e of entries) {
    if (e.since <= day) found = e;
    else break;
  }
  return found;
}
