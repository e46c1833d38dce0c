import type { AlertSeverity, MembershipRole } from '../../../kernel/vocabulary.ts';
import type { CentreFacts, LocationFacts, Sentence } from './facts.ts';

/** Severities, mildest first. */
export const SEVERITY_ORDER: readonly AlertSeverity[] = ['low', 'medium', 'high', 'critical'];

/** The severity of a score against ascending thresholds for medium, high and critical (below medium: low). */
export function severityOf(score: number, thresholds: { medium: number; high: number; critical: number }): AlertSeverity {
  if (score >= thresholds.critical) return 'critical';
  if (score >= thresholds.high) return 'high';
  if (score >= thresholds.medium) return 'medium';
  return 'low';
}

/** The worse of two severities. */
export function worse(a: AlertSeverity, b: AlertSeverity): AlertSeverity {
  return SEVERITY_ORDER.indexOf(a) >= SEVERITY_ORDER.indexOf(b) ? a : b;
}

const DAY_MS = 86_400_000;

/** T minus `days` days, as an ISO instant. */
export function daysBefore(at: string, days: number): string {
  return new Date(Date.parse(at) - days * DAY_MS).toISOString();
}

/** Whole and fractional days from `from` to `to` (ISO instants). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS;
}

/** Lookups over one centre's facts, built once per evaluation. */
export class FactIndex {
  readonly locationName: (code: string | null) => string;
  readonly groupName: (code: string) => string;
  readonly personName: (id: string) => string;
  private readonly rivals = new Map<string, Set<string>>();

  constructor(readonly facts: CentreFacts) {
    const locations = new Map(facts.locations.map((l) => [l.code, l.name]));
    for (const p of facts.pavilions) if (!locations.has(p.code)) locations.set(p.code, p.name);
    const groups = new Map(facts.groups.map((g) => [g.code, g.name]));
    const people = new Map(facts.people.map((p) => [p.id, p.name]));
    for (const d of facts.departures) if (!people.has(d.person)) people.set(d.person, d.name);
    this.locationName = (code) => (code === null ? facts.centre.name : (locations.get(code) ?? code));
    this.groupName = (code) => groups.get(code) ?? code;
    this.personName = (id) => people.get(id) ?? id;
    for (const r of facts.relations) {
      if (r.relation !== 'rival') continue;
      this.rivals.set(r.a, (this.rivals.get(r.a) ?? new Set()).add(r.b));
      this.rivals.set(r.b, (this.rivals.get(r.b) ?? new Set()).add(r.a));
    }
  }

  areRivals(a: string, b: string): boolean {
    return this.rivals.get(a)?.has(b) ?? false;
  }

  rivalsOf(group: string): ReadonlySet<string> {
    return this.rivals.get(group) ?? new Set();
  }
}

/** A list of names joined as a sentence does, in each language ("A, B y C" / "A, B and C"). */
export function joinNames(names: readonly string[]): Sentence {
  if (names.length <= 1) return { es: names[0] ?? '', en: names[0] ?? '' };
  const head = names.slice(0, -1).join(', ');
  const last = names[names.length - 1];
  return { es: `${head} y ${last}`, en: `${head} and ${last}` };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayIn(at: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(at));
}

/** The instant (ISO) a calendar day begins in a time zone. */
export function dayStartIn(day: string, timeZone: string): string {
  const wall = Date.parse(`${day}T00:00:00Z`);
  // The zone's offset at a first guess, then at the corrected instant (an offset change near midnight).
  const first = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(first, timeZone)).toISOString();
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in milliseconds (wall clock minus UTC). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    clockFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** Whole days from day `from` to day `to` (YYYY-MM-DD; negative when `to` is earlier). */
export function daysFromTo(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The day after (or `n` days after) a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day in words ("13 de noviembre de 2021" / "13 November 2021"). */
export function dayInWords(day: string): Sentence {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { es: `${date} de ${MONTHS_ES[month - 1]} de ${year}`, en: `${date} ${MONTHS_EN[month - 1]} ${year}` };
}

/** A number as each language writes it (decimal comma in Spanish), with at most `digits` decimals. */
export function numberInWords(value: number, digits = 1): Sentence {
  const rounded = Number(value.toFixed(digits));
  const en = String(rounded);
  return { es: en.replace('.', ','), en };
}

/**
 * Names locations in full for sentences: a cell with its wing and pavilion ("Celda 012, Ala A,
 * Pabellón 2"), a pavilion by its name; null is the centre. The lookup is built on first use, so
 * a signal that names nothing pays nothing.
 */
export function placeNamer(facts: CentreFacts): (code: string | null) => string {
  let byCode: Map<string, LocationFacts> | null = null;
  let names: Map<string, string> | null = null;
  const cache = new Map<string, string>();
  return (code) => {
    if (code === null) return facts.centre.name;
    const known = cache.get(code);
    if (known !== undefined) return known;
    if (!byCode || !names) {
      byCode = new Map(facts.locations.map((l) => [l.code, l]));
      names = new Map(facts.locations.map((l) => [l.code, l.name]));
      for (const p of facts.pavilions) if (!names.has(p.code)) names.set(p.code, p.name);
    }
    const location = byCode.get(code);
    const parts = [names.get(code) ?? code];
    if (location?.wing && location.wing !== code) parts.push(names.get(location.wing) ?? location.wing);
    if (location?.pavilion && location.pavilion !== code) parts.push(names.get(location.pavilion) ?? location.pavilion);
    const name = parts.join(', ');
    cache.set(code, name);
    return name;
  };
}

/**
 * The names of a few people (the roll first, then departures), found in one pass without
 * indexing the whole roll; an unknown id stands for itself.
 */
export function namesOfPeople(facts: CentreFacts, ids: Iterable<string>): (id: string) => string {
  const wanted = new Set(ids);
  const names = new Map<string, string>();
  if (wanted.size > 0) {
    for (const p of facts.people) if (wanted.has(p.id)) names.set(p.id, p.name);
    for (const d of facts.departures) if (wanted.has(d.person) && !names.has(d.person)) names.set(d.person, d.name);
  }
  return (id) => names.get(id) ?? id;
}

/**
 * How surprising `observed` events are when `expected` were expected, under a Poisson law:
 * −log10 P(X ≥ observed). 0 when nothing was observed; 2 means a one-in-a-hundred week.
 */
export function poissonSurprise(observed: number, expected: number): number {
  if (observed <= 0) return 0;
  if (expected <= 0) return Infinity;
  if (observed <= expected) {
    // The tail is not small: 1 − P(X < observed) loses nothing.
    let term = Math.exp(-expected);
    let below = 0;
    for (let i = 0; i < observed; i++) {
      below += term;
      term *= expected / (i + 1);
    }
    return -Math.log10(Math.max(1 - below, Number.MIN_VALUE));
  }
  // The tail is small: sum it from `observed` up, in logarithms so large counts do not overflow.
  let logTerm = -expected + observed * Math.log(expected) - logFactorial(observed);
  let sum = 0;
  const first = logTerm;
  for (let i = observed; i < observed + 1000; i++) {
    const ratio = Math.exp(logTerm - first);
    sum += ratio;
    if (ratio < 1e-12 * sum) break;
    logTerm += Math.log(expected / (i + 1));
  }
  return -(first + Math.log(sum)) / Math.LN10;
}

function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}

/** The day of an instant in a centre's zone, for sentences ("11 de noviembre de 2021" / "11 November 2021"). */
export function formatDay(at: string, timezone: string): Sentence {
  return dayInWords(dayIn(at, timezone));
}

const ROLE_WORDS: Readonly<Record<MembershipRole, Sentence>> = {
  leader: { es: 'líder', en: 'leader' },
  lieutenant: { es: 'lugarteniente', en: 'lieutenant' },
  member: { es: 'miembro', en: 'member' },
  associate: { es: 'asociado', en: 'associate' },
};

/** A group role as a word in each language. */
export function roleWord(role: MembershipRole): Sentence {
  return ROLE_WORDS[role];
}

const INDEXES = new WeakMap<CentreFacts, FactIndex>();

/** The `FactIndex` of a centre's facts, built once and shared by every signal reading the same facts object. */
export function factIndexOf(facts: CentreFacts): FactIndex {
  let index = INDEXES.get(facts);
  if (!index) INDEXES.set(facts, (index = new FactIndex(facts)));
  return index;
}
