/**
 * Dates and times as people type and read them: day, month, year (DD/MM/AAAA in Spanish,
 * DD/MM/YYYY in English, the en-GB order) and a 24-hour clock, whatever the browser's locale — a
 * browser's own date input would follow its locale (MM/DD/YYYY on an American machine). The form
 * and the API keep ISO values (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` on the centre's clock).
 *
 * Reading is lenient in the separators (`/`, `-`, `.`, spaces) and in leading zeros, strict in the
 * order. A text with the shape of a date but no such day (31/02/2024, year 0000) still becomes an
 * ISO value, so that the form's schema refuses it with the reason (no such day, out of range); a
 * text without that shape is kept as typed and refused as badly written.
 */

export type DateTextKind = 'date' | 'datetime';

const DAY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const DAY_TIME = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s*,\s*|\s+|T)(\d{1,2})[:.h](\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DAY_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

const pad = (part: string, width = 2) => part.padStart(width, '0');

/** The ISO day of a typed date (DD/MM/YYYY); '' for a blank text; the text itself when it is no date. */
export function dayFromText(text: string): string {
  const typed = text.trim();
  if (typed === '') return '';
  if (ISO_DAY.test(typed)) return typed;
  const match = DAY.exec(typed);
  if (!match) return typed;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The ISO local date and time (`YYYY-MM-DDTHH:mm`) of a typed DD/MM/YYYY HH:MM; '' when blank; else the text. */
export function dateTimeFromText(text: string): string {
  const typed = text.trim();
  if (typed === '') return '';
  const iso = ISO_DAY_TIME.exec(typed);
  if (iso) return `${iso[1]}T${iso[2]}`;
  const match = DAY_TIME.exec(typed);
  if (!match) return typed;
  const [, day = '', month = '', year = '', hour = '', minute = ''] = match;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}`;
}

/** An ISO day as DD/MM/YYYY; anything else as it is (a text being typed). */
export function dayText(value: string): string {
  if (!ISO_DAY.test(value)) return value;
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}

/** An ISO local date and time as DD/MM/YYYY HH:MM; anything else as it is. */
export function dateTimeText(value: string): string {
  const match = ISO_DAY_TIME.exec(value);
  if (!match) return value;
  return `${dayText(match[1] ?? '')} ${match[2]}`;
}

/** The value of a typed text for an input of `kind`. */
export function valueFromText(kind: DateTextKind, text: string): string {
  return kind === 'date' ? dayFromText(text) : dateTimeFromText(text);
}

/** What an input of `kind` shows for a value. */
export function textFromValue(kind: DateTextKind, value: string): string {
  return kind === 'date' ? dayText(value) : dateTimeText(value);
}

/** The pattern shown to the user: the letters of their language. */
export function datePattern(kind: DateTextKind, language: 'es' | 'en'): string {
  const day = language === 'es' ? 'DD/MM/AAAA' : 'DD/MM/YYYY';
  return kind === 'date' ? day : `${day} HH:MM`;
}

/** Whether a date or time input of the browser asked for: `type="date"` or `type="datetime-local"`. */
export function dateKindOf(type: string | undefined): DateTextKind | null {
  return type === 'date' ? 'date' : type === 'datetime-local' ? 'datetime' : null;
}
