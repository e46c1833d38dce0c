/**
 * Days, months and midnights in a centre's time zone, for official statistics. Pure: no I/O.
 * Days are `YYYY-MM-DD` text; instants epoch milliseconds.
 */

const DAY_MS = 86_400_000;

/** The day after `day`. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** How far `timeZone`'s wall clock is ahead of UTC at instant `at` (ms; negative west of Greenwich). */
function offsetAt(at: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatterOf(timeZone).formatToParts(new Date(at))) parts[p.type] = p.value;
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant `day` begins in `timeZone` (its local midnight). */
export function midnightOf(day: string, timeZone: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`);
  const guess = wall - offsetAt(wall, timeZone);
  // A second look covers a change of offset between the guess and the answer.
  return wall - offsetAt(guess, timeZone);
}

/** The months `YYYY-MM` the days `from`–`to` touch, each with its first and last day within them. */
export function monthsOf(from: string, to: string): { month: string; from: string; to: string }[] {
  return spansOf(from, to, (day) => day.slice(0, 7));
}

/** The calendar years the days `from`–`to` touch, each with its first and last day within them. */
export function yearsOf(from: string, to: string): { year: string; from: string; to: string }[] {
  return spansOf(from, to, (day) => day.slice(0, 4)).map(({ month, ...span }) => ({ year: month, ...span }));
}

function spansOf(from: string, to: string, keyOf: (day: string) => string): { month: string; from: string; to: string }[] {
  const spans: { month: string; from: string; to: string }[] = [];
  for (const day of daysOf(from, to)) {
    const last = spans.at(-1);
    if (last && last.month === keyOf(day)) last.to = day;
    else spans.push({ month: keyOf(day), from: day, to: day });
  }
  return spans;
}

/** The index of the first element of ascending `sorted` that is ≥ `value` (sorted.length when none). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
