import { CENTRE_TIME_ZONE } from './i18n/index.ts';

/**
 * Wall-clock times in the centres' time zone, for date and time inputs: what the officer reads
 * on the centre's clock, whatever the browser's own zone.
 */

function parts(at: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
}

/** The zone's offset from UTC at an instant, as ±HH:MM. */
export function zoneOffset(at: Date, timeZone = CENTRE_TIME_ZONE): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')
      ?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return '+00:00';
  return `${match[1]}${(match[2] ?? '0').padStart(2, '0')}:${match[3] ?? '00'}`;
}

/** YYYY-MM-DDTHH:mm on the zone's clock: the value of a datetime-local input. */
export function localDateTimeValue(at: Date, timeZone = CENTRE_TIME_ZONE): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The zone's date today, YYYY-MM-DD. */
export function todayIn(timeZone = CENTRE_TIME_ZONE, now = new Date()): string {
  return localDateTimeValue(now, timeZone).slice(0, 10);
}

/** A datetime-local value read on the zone's clock, as an ISO instant with its offset; null when empty. */
export function instantFromLocal(value: string, timeZone = CENTRE_TIME_ZONE): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const minutes = value.slice(0, 16);
  // The offset at (about) that time: exact for zones without daylight saving, as Ecuador's.
  return `${minutes}:00${zoneOffset(new Date(`${minutes}:00Z`), timeZone)}`;
}

/** Full years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
