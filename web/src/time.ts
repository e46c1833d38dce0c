/**
 * Times of the centres, on each centre's own clock: a record of Galápagos (UTC−6) reads in
 * Galápagos time, one of the mainland (UTC−5) in mainland time, whatever the browser's zone.
 * A centre's zone is its `timezone` (the centres list, `useCentreZone` in queries.ts); times of
 * no centre (the audit log's national entries, the national roll) are in the national zone.
 *
 * For display use `formatInstant` (or the I18n formatters, which take the zone); for date and
 * time inputs, `localDateTimeValue`, `todayIn` and `instantFromLocal`, with the centre's zone.
 */

/** The zone of the service's headquarters (mainland Ecuador): times that belong to no centre. */
export const NATIONAL_TIME_ZONE = 'America/Guayaquil';

/** Locales for dates: Ecuadorian Spanish; English with day-month order and a 24-hour clock. */
const LOCALES = { es: 'es-EC', en: 'en-GB' } as const;

/** How much of an instant to show: with seconds (audit records), to the minute, its day, its time. */
export type InstantStyle = 'seconds' | 'minutes' | 'day' | 'time';

const dayParts = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
const clockParts = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const STYLES: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  seconds: { ...dayParts, ...clockParts, second: '2-digit' },
  minutes: { ...dayParts, ...clockParts },
  day: dayParts,
  time: clockParts,
};
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as people read it on a centre's clock: full year and a 24-hour clock, so that
 * records are never ambiguous. `timeZone` is the centre's (`Centre.timezone`).
 */
export function formatInstant(
  at: string | Date,
  { timeZone = NATIONAL_TIME_ZONE, language, style = 'minutes' }: { timeZone?: string | undefined; language: keyof typeof LOCALES; style?: InstantStyle },
): string {
  const id = `${language}|${timeZone}|${style}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { timeZone, ...STYLES[style] });
    formats.set(id, format);
  }
  return format.format(typeof at === 'string' ? new Date(at) : at);
}

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
export function zoneOffset(at: Date, timeZone = NATIONAL_TIME_ZONE): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')
      ?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return '+00:00';
  return `${match[1]}${(match[2] ?? '0').padStart(2, '0')}:${match[3] ?? '00'}`;
}

/** YYYY-MM-DDTHH:mm on the zone's clock: the value of a datetime-local input. */
export function localDateTimeValue(at: Date, timeZone = NATIONAL_TIME_ZONE): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The zone's date today, YYYY-MM-DD. */
export function todayIn(timeZone = NATIONAL_TIME_ZONE, now = new Date()): string {
  return localDateTimeValue(now, timeZone).slice(0, 10);
}

/** A datetime-local value read on the zone's clock, as an ISO instant with its offset; null when empty. */
export function instantFromLocal(value: string, timeZone = NATIONAL_TIME_ZONE): string | null {
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
