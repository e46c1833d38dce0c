import { z } from 'zod';

/**
 * The field rules every part of Custodia shares: the API's request schemas, the importer's row
 * checks, the CLI's arguments and the web forms validate codes, dates, time zones, register
 * numbers, national IDs and free text with these, so a value one of them accepts the others
 * accept too. Browser-safe: zod and nothing else.
 *
 * Refusals carry a stable `params.reason` (see FIELD_REASONS) so each caller can word them in
 * the user's language.
 */

/** Why a field was refused, beyond zod's own issue codes. */
export const FIELD_REASONS = [
  'control_character',
  'invalid_unicode',
  'code_format',
  'location_code_format',
  'group_code_format',
  'register_number_format',
  'national_id_format',
  'date_format',
  'date_impossible',
  'date_out_of_range',
  'time_format',
  'time_out_of_range',
  'time_zone_unknown',
  'country_format',
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number];

/** The earliest date Custodia accepts anywhere (birth dates included). */
export const EARLIEST_DATE = '1900-01-01';
/** The latest date Custodia accepts anywhere (sentence ends, legal deadlines). */
export const LATEST_DATE = '2199-12-31';

/** Longest one-line text (names, cities, decrees); longest free text (reasons, comments). */
export const TEXT_LIMITS = { name: 200, line: 500, note: 4000 } as const;

// Control characters other than tab and line breaks (NUL among them), which no record holds.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A UTF-16 surrogate not part of a pair cannot be stored or hashed as the text it claims to be.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function refuse(context: z.core.$RefinementCtx<string>, value: string, reason: FieldReason, message: string) {
  context.addIssue({ code: 'custom', input: value, params: { reason }, message });
}

/** Why a text cannot be stored as given, or null: control characters and lone surrogates. */
export function textProblem(value: string): FieldReason | null {
  if (CONTROL.test(value)) return 'control_character';
  if (LONE_SURROGATE.test(value)) return 'invalid_unicode';
  return null;
}

function storable<T extends z.ZodString>(schema: T) {
  return schema.superRefine((value, context) => {
    const problem = textProblem(value);
    if (problem) refuse(context, value, problem, problem === 'control_character' ? 'contains a control character' : 'contains invalid Unicode');
  });
}

/** Text on one line: trimmed, 1 to `max` characters, no control characters or lone surrogates. */
export function line(max: number = TEXT_LIMITS.name, min = 1) {
  return storable(z.string().trim().min(min).max(max));
}

/** Free text (reasons, comments, narratives): trimmed, `min` to `max` characters. */
export function note(min = 1, max: number = TEXT_LIMITS.note) {
  return storable(z.string().trim().min(min).max(max));
}

/** A reason for a change, as the audit log keeps it. */
export const reason = note(3, TEXT_LIMITS.line);

/** A string matching `pattern`, refused with `reason` otherwise. */
function matching(pattern: RegExp, reason: FieldReason, message: string) {
  return z.string().superRefine((value, context) => {
    if (!pattern.test(value)) refuse(context, value, reason, message);
  });
}

/** A centre code: `LIT`, `CPL-GYE-1`. */
export const centreCode = matching(/^[A-Z][A-Z0-9-]{1,19}$/, 'code_format', 'upper-case letters, digits and dashes');

/** A location code, or any estate code: `LIT-P2-A-012`. */
export const locationCode = matching(/^[A-Z0-9][A-Z0-9-]{0,39}$/, 'location_code_format', 'upper-case letters, digits and dashes');

/** A group's or any other reference code of the interchange format. */
export const code = locationCode;

/** A criminal group's code: `LOBOS`, `LOBOS_BOX` (underscores allowed, up to 30 characters). */
export const groupCode = matching(/^[A-Z0-9][A-Z0-9_-]{0,29}$/, 'group_code_format', 'upper-case letters, digits, dashes and underscores');

/** A person's register number (the system's id of a person): `LIT-2024-000123`, `P-00017`. */
export const registerNumber = matching(/^[A-Z0-9][A-Z0-9-]{2,29}$/, 'register_number_format', 'a register number');

/** A national identity document number: digits, letters and dashes, 5 to 20 characters. */
export const nationalId = matching(/^[A-Za-z0-9][A-Za-z0-9-]{4,19}$/, 'national_id_format', 'a national ID');

/** ISO 3166-1 alpha-3 country code. */
export const country = matching(/^[A-Z]{3}$/, 'country_format', 'three capital letters');

/** Whether `name` is a time zone of the IANA database that this runtime knows. */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name (`America/Guayaquil`, `Pacific/Galapagos`). */
export const timeZone = z.string().superRefine((value, context) => {
  if (!isTimeZone(value)) refuse(context, value, 'time_zone_unknown', 'an IANA time zone');
});

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Why `value` is not a plausible `YYYY-MM-DD` day, or null. */
export function dateProblem(value: string, range: { min?: string; max?: string } = {}): FieldReason | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return 'date_format';
  if (!isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return 'date_impossible';
  if (value < (range.min ?? EARLIEST_DATE) || value > (range.max ?? LATEST_DATE)) return 'date_out_of_range';
  return null;
}

/** A calendar day `YYYY-MM-DD` between EARLIEST_DATE and LATEST_DATE (or a narrower range). */
export function isoDate(range: { min?: string; max?: string } = {}) {
  return z.string().superRefine((value, context) => {
    const problem = dateProblem(value, range);
    if (problem) refuse(context, value, problem, problem === 'date_out_of_range' ? 'a date out of range' : 'a date YYYY-MM-DD');
  });
}

const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))$/;

/** Why `value` is not a plausible ISO 8601 instant with `Z` or an offset, or null. */
export function instantProblem(value: string, range: { min?: string; max?: string } = {}): FieldReason | null {
  const match = INSTANT_PATTERN.exec(value);
  if (!match) return 'time_format';
  const [year, month, day, hour, minute, second, , offsetHour, offsetMinute] = match.slice(1).map((part) => Number(part ?? 0));
  const isValid =
    isCalendarDate(year ?? 0, month ?? 0, day ?? 0) &&
    (hour ?? 0) <= 23 &&
    (minute ?? 0) <= 59 &&
    (second ?? 0) <= 59 &&
    (offsetHour ?? 0) <= 23 &&
    (offsetMinute ?? 0) <= 59;
  if (!isValid || Number.isNaN(new Date(value).getTime())) return 'time_format';
  const utcDay = new Date(value).toISOString().slice(0, 10);
  if (utcDay < (range.min ?? EARLIEST_DATE) || utcDay > (range.max ?? LATEST_DATE)) return 'time_out_of_range';
  return null;
}

/** An instant, ISO 8601 with `Z` or an offset, within the plausible range; parsed to a Date. */
export function isoInstant(range: { min?: string; max?: string } = {}) {
  return z
    .string()
    .superRefine((value, context) => {
      const problem = instantProblem(value, range);
      if (problem) refuse(context, value, problem, problem === 'time_out_of_range' ? 'a time out of range' : 'an ISO 8601 time with offset');
    })
    .transform((value) => new Date(value));
}

/** The same instant as a string (for response shapes, which carry ISO text). */
export const instantText = z.iso.datetime({ offset: true });
