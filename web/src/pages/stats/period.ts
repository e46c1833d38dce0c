import { todayIn } from '../../time.ts';

/**
 * The period the statistics pages show, as the address says it: `?year=2025`, `?from=…&to=…`
 * (both days included), or nothing: the last twelve full months. Every period is sent to the
 * server as its two days, and has a previous period of the same length (the trend).
 */
export type Period = { kind: 'recent' } | { kind: 'year'; year: number } | { kind: 'range'; from: string; to: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function isDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last day with complete figures: yesterday, on the national clock. */
export function lastCompleteDay(now = new Date()): string {
  return addDays(todayIn(undefined, now), -1);
}

/** The period of the address's query string. */
export function periodFromSearch(search: URLSearchParams): Period {
  const year = Number(search.get('year'));
  if (Number.isInteger(year) && year >= 1900 && year <= 2199) return { kind: 'year', year };
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  if (from || to) return { kind: 'range', from, to };
  return { kind: 'recent' };
}

/** The query string parameters of a period (none for the default). */
export function periodSearch(period: Period): Record<string, string | undefined> {
  if (period.kind === 'year') return { year: String(period.year) };
  if (period.kind === 'range') return { from: period.from, to: period.to };
  return {};
}

/** The two days of a period (a year not over yet ends yesterday); null while a range is incomplete or reversed. */
export function periodDays(period: Period, now = new Date()): { from: string; to: string } | null {
  const last = lastCompleteDay(now);
  if (period.kind === 'year') {
    const to = `${period.year}-12-31` < last ? `${period.year}-12-31` : last;
    return { from: `${period.year}-01-01`, to };
  }
  if (period.kind === 'range') {
    if (!isDay(period.from) || !isDay(period.to) || period.from > period.to) return null;
    return { from: period.from, to: period.to };
  }
  // The last twelve full months.
  const firstOfMonth = `${todayIn(undefined, now).slice(0, 7)}-01`;
  const to = addDays(firstOfMonth, -1);
  const start = new Date(`${firstOfMonth}T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() - 12);
  return { from: start.toISOString().slice(0, 10), to };
}

/** The period of the same length just before (a year, or a year so far: the same days of the year before). */
export function previousDays(days: { from: string; to: string }): { from: string; to: string } {
  const { from, to } = days;
  if (from.endsWith('-01-01') && from.slice(0, 4) === to.slice(0, 4)) {
    const year = Number(from.slice(0, 4)) - 1;
    const end = to.slice(5) === '02-29' ? '02-28' : to.slice(5);
    return { from: `${year}-01-01`, to: `${year}-${end}` };
  }
  const length = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

/** The years a period may be chosen from: this year and the nine before. */
export function recentYears(now = new Date()): number[] {
  const year = Number(todayIn(undefined, now).slice(0, 4));
  return Array.from({ length: 10 }, (_, i) => year - i);
}
