import { daysOf, lowerBound, midnightOf, nextDay } from './calendar.ts';
import {
  DEATH_CAUSES,
  INCIDENT_TYPES,
  SEIZURE_ITEMS,
  type DeathCause,
  type IncidentType,
  type SeizureItem,
  type StatsLine,
} from './schemas.ts';

/**
 * The arithmetic of official statistics: from the facts of a period (stays, counted movements,
 * deaths, incidents, finds, legal status history) to the figures of any run of its days, per
 * centre and summed. Pure: facts in, figures out (compute-statistics.ts reads the facts).
 *
 * Definitions (DESIGN.md `stats --json`, and the data dictionary):
 * - a day runs from midnight to midnight in the centre's time zone; "the end of day d" is the
 *   instant the next day begins;
 * - on roll at an instant = the stays of the centre containing it (the roll's `on_roll`: in,
 *   out at court or hospital, en route from it, escaped and not recaptured);
 * - pretrial at an instant = those on roll whose custody's legal status was pretrial on the UTC
 *   date of that instant (the roll's `pretrial` as of a past time reads it the same way);
 * - an event (movement, death, incident, find) counts on the centre's day it happened.
 */

export interface CentreFacts {
  code: string;
  name: string;
  timezone: string;
  designCapacity: number;
}

export interface StayFact {
  episode: string;
  centre: string;
  from: number;
  /** null while open. */
  to: number | null;
}

export interface MovementFact {
  type: string;
  fromCentre: string | null;
  toCentre: string | null;
  at: number;
}

export interface DeathFact {
  centre: string;
  at: number;
  cause: DeathCause;
}

export interface IncidentFact {
  centre: string;
  at: number;
  type: IncidentType;
}

export interface SeizureFact {
  centre: string;
  at: number;
  item: SeizureItem;
  quantity: number;
}

/** A change in the number on a centre's roll from the end of day `day` on (counted by the roll's SQL). */
export interface RollDeltaFact {
  centre: string;
  day: number;
  n: number;
}

/** A stretch of preventive detention: from `since` (included) to `until` (excluded; null: still). */
export interface PretrialSpanFact {
  episode: string;
  since: string;
  until: string | null;
}

export interface StatsFacts {
  /** The period's first and last day (both included). */
  from: string;
  to: string;
  centres: readonly CentreFacts[];
  /** The number on roll at each day's end, as changes (a prefix sum gives the count). */
  rollDeltas: readonly RollDeltaFact[];
  /** The stays of the episodes that were pretrial at some time of the period. */
  pretrialStays: readonly StayFact[];
  pretrialSpans: readonly PretrialSpanFact[];
  movements: readonly MovementFact[];
  deaths: readonly DeathFact[];
  incidents: readonly IncidentFact[];
  seizures: readonly SeizureFact[];
}

/** A centre's days: their boundaries, the number on roll at the end of each, the pretrial count at the ends asked for, and the events of each day. */
export interface CentreTable {
  centre: CentreFacts;
  /** boundaries[i] = the instant day i begins; boundaries[days] = the instant after the last ends. */
  boundaries: Float64Array;
  onRoll: Int32Array;
  /** Pretrial at the end of day i, for the checkpoints (month ends and the last day). */
  pretrial: Map<number, number>;
  /** Per kind of event (`admissions`, `death:homicide`, `incident:riot`, `seizure:phone`…), the amount per day. */
  events: Map<string, Float64Array>;
}

export interface StatsTable {
  days: readonly string[];
  centres: readonly CentreTable[];
}

/** The instants the days of the period begin in a time zone, and the instant after the last ends. */
function boundariesOf(days: readonly string[], timeZone: string): Float64Array {
  const boundaries = new Float64Array(days.length + 1);
  days.forEach((day, i) => (boundaries[i] = midnightOf(day, timeZone)));
  boundaries[days.length] = midnightOf(nextDay(days[days.length - 1] as string), timeZone);
  return boundaries;
}

/** The index of the day holding instant `at` in these boundaries, or -1 outside the period. */
function dayIndex(boundaries: Float64Array, at: number): number {
  const last = boundaries.length - 1;
  if (at < (boundaries[0] as number) || at >= (boundaries[last] as number)) return -1;
  return lowerBound(boundaries, at + 1) - 1;
}

/** Where each counted movement is counted, and as what. */
function movementCounts(m: MovementFact): [string, string | null][] {
  switch (m.type) {
    case 'admission':
      return [['admissions', m.toCentre]];
    case 'release':
      return [['releases', m.fromCentre]];
    case 'escape':
      return [['escapes', m.fromCentre]];
    // A recapture counts at the centre the person escaped from (the pair of its escape).
    case 'recapture':
      return [['recaptures', m.fromCentre]];
    case 'transfer':
      return m.fromCentre === m.toCentre ? [] : [['transfers_out', m.fromCentre], ['transfers_in', m.toCentre]];
    case 'transfer_out':
      return [['transfers_out', m.fromCentre]];
    case 'transfer_arrival':
      return [['transfers_in', m.toCentre]];
    default:
      return [];
  }
}

/** Whether an episode was pretrial on `date`, from its stretches of preventive detention. */
function isPretrialOn(spans: readonly PretrialSpanFact[] | undefined, date: string): boolean {
  return spans?.some((s) => s.since <= date && (s.until === null || date < s.until)) ?? false;
}

/** Lays the facts out per centre and day: the roll's changes summed, the pretrial stays swept over the checkpoints, the events put on their days. */
export function tabulate(facts: StatsFacts, checkpoints: readonly number[]): StatsTable {
  const days = daysOf(facts.from, facts.to);
  const n = days.length;
  const byZone = new Map<string, Float64Array>();
  const tables = new Map<string, CentreTable>();
  for (const centre of facts.centres) {
    let boundaries = byZone.get(centre.timezone);
    if (!boundaries) byZone.set(centre.timezone, (boundaries = boundariesOf(days, centre.timezone)));
    tables.set(centre.code, { centre, boundaries, onRoll: new Int32Array(n), pretrial: new Map(checkpoints.map((k) => [k, 0])), events: new Map() });
  }

  const spans = new Map<string, PretrialSpanFact[]>();
  for (const span of facts.pretrialSpans) {
    const list = spans.get(span.episode);
    if (list) list.push(span);
    else spans.set(span.episode, [span]);
  }
  // The date each checkpoint's legal status is read on: the UTC date of the instant the day ends
  // (as the roll reads it for a past time).
  const checkpointDates = new Map<string, Map<number, string>>();
  for (const [zone, boundaries] of byZone) checkpointDates.set(zone, new Map(checkpoints.map((k) => [k, new Date(boundaries[k + 1] as number).toISOString().slice(0, 10)])));
  const ordered = [...new Set(checkpoints)].sort((a, b) => a - b);

  // Pretrial at the end of checkpoint day k: the pretrial stays with from ≤ end(k) < to whose episode was pretrial then.
  for (const stay of facts.pretrialStays) {
    const table = tables.get(stay.centre);
    if (!table) continue;
    const ends = table.boundaries.subarray(1);
    const lo = lowerBound(ends, stay.from);
    const hi = stay.to === null ? n : lowerBound(ends, stay.to);
    const dates = checkpointDates.get(table.centre.timezone) as Map<number, string>;
    for (let j = lowerBound(ordered, lo); j < ordered.length && (ordered[j] as number) < hi; j += 1) {
      const k = ordered[j] as number;
      if (isPretrialOn(spans.get(stay.episode), dates.get(k) as string)) table.pretrial.set(k, (table.pretrial.get(k) ?? 0) + 1);
    }
  }
  // On roll at the end of day i: the prefix sum of the changes.
  const diff = new Map<string, Int32Array>();
  for (const delta of facts.rollDeltas) {
    if (!tables.has(delta.centre) || delta.day < 0 || delta.day >= n) continue;
    let d = diff.get(delta.centre);
    if (!d) diff.set(delta.centre, (d = new Int32Array(n)));
    (d[delta.day] as number) += delta.n;
  }
  for (const [code, d] of diff) {
    const table = tables.get(code) as CentreTable;
    let running = 0;
    for (let i = 0; i < n; i += 1) table.onRoll[i] = running += d[i] as number;
  }

  const add = (centre: string | null, at: number, key: string, amount: number) => {
    const table = centre === null ? undefined : tables.get(centre);
    if (!table) return;
    const i = dayIndex(table.boundaries, at);
    if (i < 0) return;
    let series = table.events.get(key);
    if (!series) table.events.set(key, (series = new Float64Array(n)));
    (series[i] as number) += amount;
  };
  for (const m of facts.movements) for (const [key, centre] of movementCounts(m)) add(centre, m.at, key, 1);
  for (const d of facts.deaths) add(d.centre, d.at, `death:${d.cause}`, 1);
  for (const i of facts.incidents) add(i.centre, i.at, `incident:${i.type}`, 1);
  for (const s of facts.seizures) add(s.centre, s.at, `seizure:${s.item}`, s.quantity);

  return { days, centres: facts.centres.map((c) => tables.get(c.code) as CentreTable) };
}

/** The figures before rounding: what is summed across centres. */
export interface RawLine {
  days: number;
  /** Σ over the days of the number on roll at the day's end. */
  populationDays: number;
  onRollEnd: number;
  designCapacity: number;
  pretrialEnd: number;
  events: Map<string, number>;
}

/** A centre's figures over days `first`–`last` (indexes; `last` must be a checkpoint of `tabulate`). */
export function centreLine(table: CentreTable, first: number, last: number): RawLine {
  let populationDays = 0;
  for (let i = first; i <= last; i += 1) populationDays += table.onRoll[i] as number;
  const events = new Map<string, number>();
  for (const [key, series] of table.events) {
    let total = 0;
    for (let i = first; i <= last; i += 1) total += series[i] as number;
    if (total !== 0) events.set(key, total);
  }
  return {
    days: last - first + 1,
    populationDays,
    onRollEnd: table.onRoll[last] ?? 0,
    designCapacity: table.centre.designCapacity,
    pretrialEnd: table.pretrial.get(last) ?? 0,
    events,
  };
}

/** Several centres' figures over the same days, summed (the average population is the sum of the averages). */
export function sumLines(lines: readonly RawLine[], days: number): RawLine {
  const events = new Map<string, number>();
  for (const line of lines) for (const [key, value] of line.events) events.set(key, (events.get(key) ?? 0) + value);
  return {
    days,
    populationDays: lines.reduce((s, l) => s + l.populationDays, 0),
    onRollEnd: lines.reduce((s, l) => s + l.onRollEnd, 0),
    designCapacity: lines.reduce((s, l) => s + l.designCapacity, 0),
    pretrialEnd: lines.reduce((s, l) => s + l.pretrialEnd, 0),
    events,
  };
}

const round = (value: number, places: number) => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};
/** A ratio to 4 decimals (0 when the denominator is 0). */
export const ratio = (part: number, whole: number) => (whole > 0 ? round(part / whole, 4) : 0);
/** A rate per 10,000 of the average population, to 2 decimals (0 when there is no population). */
export const per10000 = (count: number, population: number) => (population > 0 ? round((count / population) * 10_000, 2) : 0);

/** The figures as published: rounded, every death cause, incident type and seizure item present. */
export function presentLine(raw: RawLine): StatsLine {
  const count = (key: string) => raw.events.get(key) ?? 0;
  const deathsBy = Object.fromEntries(DEATH_CAUSES.map((cause) => [cause, count(`death:${cause}`)])) as Record<DeathCause, number>;
  const deathsTotal = DEATH_CAUSES.reduce((s, cause) => s + deathsBy[cause], 0);
  const average = raw.days > 0 ? raw.populationDays / raw.days : 0;
  return {
    average_population: round(average, 2),
    on_roll_end: raw.onRollEnd,
    design_capacity: raw.designCapacity,
    occupancy_end: ratio(raw.onRollEnd, raw.designCapacity),
    pretrial_end: raw.pretrialEnd,
    pretrial_share_end: ratio(raw.pretrialEnd, raw.onRollEnd),
    admissions: count('admissions'),
    transfers_in: count('transfers_in'),
    transfers_out: count('transfers_out'),
    releases: count('releases'),
    escapes: count('escapes'),
    recaptures: count('recaptures'),
    deaths: { total: deathsTotal, ...deathsBy },
    mortality_per_10000: per10000(deathsTotal, average),
    homicide_per_10000: per10000(deathsBy.homicide, average),
    self_inflicted_per_10000: per10000(deathsBy.self_inflicted, average),
    incidents: Object.fromEntries(INCIDENT_TYPES.map((type) => [type, count(`incident:${type}`)])) as Record<IncidentType, number>,
    seizures: Object.fromEntries(SEIZURE_ITEMS.map((item) => [item, count(`seizure:${item}`)])) as Record<SeizureItem, number>,
  };
}
