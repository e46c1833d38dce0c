import type { z } from 'zod';
import { EARLIEST_DATE, isoDate, isoInstant, LATEST_DATE, line, type FieldReason } from '../../kernel/fields.ts';
import { isOneOf } from '../../kernel/vocabulary.ts';
import { splitAliases, unguardFormula } from './csv-text.ts';
import { detail, type ImportIssueCode, type IssueParams } from './import-issues.ts';

/**
 * The cells of one CSV row, read by field readers that check each value with the kernel's shared
 * field rules (src/kernel/fields.ts) — the same rules the API's request schemas use — and word
 * a refusal as an import issue naming the file, line and column.
 */

export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** Where a file's issues go. */
export type Sink = <C extends ImportIssueCode>(line: number, column: string | null, code: C, params: IssueParams<C>) => void;

export interface FieldContext {
  column: string;
  /** Dates and times after this are in the future. */
  now: Date;
  report<C extends ImportIssueCode>(code: C, params: IssueParams<C>): Invalid;
}

/** Reads one trimmed cell (possibly empty); reports its own issue and returns INVALID after one. */
export type Field<T> = (value: string, context: FieldContext) => T | Invalid;
type Values<S> = { [K in keyof S]: S[K] extends Field<infer T> ? Exclude<T, Invalid> : never };

export class RowReader {
  failed = false;

  constructor(
    readonly line: number,
    private readonly fields: Record<string, string>,
    /** Dates and times after this are in the future. */
    readonly now: Date,
    private readonly sink: Sink,
  ) {}

  /** The trimmed cell of `column`, unchecked. */
  raw(column: string): string {
    return (this.fields[column] ?? '').trim();
  }

  /** Reports a problem of the row, which leaves it out of the bundle unless `keep` says otherwise. */
  report<C extends ImportIssueCode>(column: string | null, code: C, params: IssueParams<C>, options: { keep?: boolean } = {}): Invalid {
    if (!options.keep) this.failed = true;
    this.sink(this.line, column, code, params);
    return INVALID;
  }

  /** The columns' values; a column whose value has an issue is missing. */
  read<S extends Record<string, Field<unknown>>>(fields: S): Partial<Values<S>> {
    const values: Record<string, unknown> = {};
    for (const [column, field] of Object.entries(fields)) {
      const context: FieldContext = { column, now: this.now, report: (code, params) => this.report(column, code, params) };
      const value = field(this.raw(column), context);
      if (value !== INVALID) values[column] = value;
    }
    return values as Partial<Values<S>>;
  }

  /** True when no column of the row had an issue, so every value is there. */
  isComplete<V extends object>(_values: Partial<V>): _values is V {
    return !this.failed;
  }
}

export function required<T>(field: Field<T>): Field<T> {
  return (value, context) =>
    value === '' ? context.report('IMPORT_REQUIRED', { column: context.column, why: detail('required_always') }) : field(value, context);
}

export function optional<T>(field: Field<T>): Field<T | null> {
  return (value, context) => (value === '' ? null : field(value, context));
}

type Refusal = (value: string, context: FieldContext) => Invalid;

const outOfRange: Refusal = (value, context) => context.report('IMPORT_DATE_OUT_OF_RANGE', { value, min: EARLIEST_DATE, max: LATEST_DATE });

/** How each refusal of a shared field rule reads in an import (every reason worded). */
const REFUSALS: Record<FieldReason, Refusal> = {
  control_character: (_value, context) => context.report('IMPORT_INVALID_TEXT', { problem: detail('text_control_character') }),
  invalid_unicode: (_value, context) => context.report('IMPORT_INVALID_TEXT', { problem: detail('text_invalid_unicode') }),
  code_format: (value, context) => context.report('IMPORT_INVALID_CODE', { value, problem: detail('centre_code_format') }),
  location_code_format: (value, context) => context.report('IMPORT_INVALID_CODE', { value, problem: detail('code_format') }),
  group_code_format: (value, context) => context.report('IMPORT_INVALID_CODE', { value, problem: detail('group_code_format') }),
  register_number_format: (value, context) => context.report('IMPORT_INVALID_CODE', { value, problem: detail('register_number_format') }),
  national_id_format: (value, context) => context.report('IMPORT_INVALID_NATIONAL_ID', { value }),
  date_format: (value, context) => context.report('IMPORT_INVALID_DATE', { value, what: detail('date_malformed') }),
  date_impossible: (value, context) => context.report('IMPORT_INVALID_DATE', { value, what: detail('date_impossible') }),
  date_out_of_range: outOfRange,
  time_format: (value, context) => context.report('IMPORT_INVALID_TIME', { value }),
  time_out_of_range: outOfRange,
  time_zone_unknown: (value, context) => context.report('IMPORT_INVALID_TIMEZONE', { value }),
  country_format: (value, context) => context.report('IMPORT_INVALID_COUNTRY', { value }),
};

function isFieldReason(reason: unknown): reason is FieldReason {
  return typeof reason === 'string' && reason in REFUSALS;
}

/**
 * A cell checked by a zod schema of the shared field rules (or a module's request schema built
 * from them), so the importer accepts exactly what the API accepts.
 */
export function checked<T>(schema: z.ZodType<T>): Field<T> {
  return (value, context) => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const problem = result.error.issues[0];
    if (problem?.code === 'too_big') return context.report('IMPORT_TEXT_TOO_LONG', { length: value.length, max: Number(problem.maximum) });
    if (problem?.code === 'too_small') return context.report('IMPORT_REQUIRED', { column: context.column, why: detail('required_always') });
    const reason: unknown = problem?.code === 'custom' ? problem.params?.reason : undefined;
    if (isFieldReason(reason)) return REFUSALS[reason](value, context);
    // Every schema used here refuses with a FieldReason or a length: anything else is a bug.
    throw new Error(`no import wording for the refusal of ${context.column}: ${problem?.code ?? 'unknown'}`);
  };
}

/**
 * One-line or free text: at most `max` characters, no control characters or lone surrogates;
 * a `'` the export put in front of a formula-like text is taken off (csv-text.ts).
 */
export function text(max: number): Field<string> {
  const check = checked(line(max));
  return (value, context) => check(unguardFormula(value), context);
}

/** Aliases separated by `;` (csv-text.ts), at most `count` of them, each at most `max` characters. */
export function aliases(max: number, count: number): Field<string[]> {
  const alias = checked(line(max));
  return (value, context) => {
    const list = splitAliases(unguardFormula(value));
    if (list.length > count) return context.report('IMPORT_TOO_MANY_ALIASES', { found: list.length, max: count });
    for (const item of list) if (alias(item, context) === INVALID) return INVALID;
    return list;
  };
}

/**
 * Free text of `min` to `max` characters (a reason, charges: the API's `note` rule), taken off
 * its formula guard like `text`; shorter than `min` is refused as too short.
 */
export function longText(min: number, max: number): Field<string> {
  const check = text(max);
  return (value, context) => {
    const checkedText = check(value, context);
    if (checkedText === INVALID || checkedText.length >= min) return checkedText;
    return context.report('IMPORT_TEXT_TOO_SHORT', { length: checkedText.length, min });
  };
}

/** `true` or `false` (empty: not given). */
export const yesNo: Field<boolean> = (value, context) =>
  value === 'true' ? true : value === 'false' ? false : context.report('IMPORT_INVALID_VALUE', { value, allowed: ['true', 'false'] });

/** Values of a closed list separated by `;` (each trimmed, empty ones left out), without repeats, in alphabetical order. */
export function listOf<T extends string>(list: readonly T[]): Field<T[]> {
  const item = oneOf(list);
  return (value, context) => {
    const values: T[] = [];
    for (const part of splitAliases(value)) {
      const checkedItem = item(part, context);
      if (checkedItem === INVALID) return INVALID;
      values.push(checkedItem);
    }
    return [...new Set(values)].sort();
  };
}

export function oneOf<T extends string>(list: readonly T[], issueCode: 'IMPORT_INVALID_VALUE' | 'IMPORT_UNKNOWN_OFFENCE' = 'IMPORT_INVALID_VALUE'): Field<T> {
  return (value, context) => (isOneOf(list, value) ? value : context.report(issueCode, { value, allowed: list }));
}

const calendarDate = checked(isoDate());

/** YYYY-MM-DD within the plausible range; `notFuture`: not after today (UTC). */
export function date(options: { notFuture: boolean }): Field<string> {
  return (value, context) => {
    const day = calendarDate(value, context);
    if (day === INVALID) return INVALID;
    if (options.notFuture && day > context.now.toISOString().slice(0, 10)) return context.report('IMPORT_FUTURE_DATE', { value });
    return day;
  };
}

const anInstant = checked(isoInstant());

/** How far ahead of "now" a time may be, as the API allows a movement or admission (a clock running fast). */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** ISO 8601 with `Z` or an offset, returned in UTC with milliseconds; `notFuture`: not after now (give or take CLOCK_SKEW_MS). */
export function instant(options: { notFuture: boolean }): Field<string> {
  return (value, context) => {
    const at = anInstant(value, context);
    if (at === INVALID) return INVALID;
    if (options.notFuture && at.getTime() > context.now.getTime() + CLOCK_SKEW_MS) return context.report('IMPORT_FUTURE_DATE', { value });
    return at.toISOString();
  };
}

/** A whole number from 0 to `max`. */
export function wholeNumber(max: number): Field<number> {
  return (value, context) =>
    /^\d+$/.test(value) && Number(value) <= max
      ? Number(value)
      : context.report('IMPORT_INVALID_NUMBER', { value, expected: detail('number_integer', { max }) });
}

/** A number from 0 to `max` with a decimal point (never a comma). */
export function decimal(max: number): Field<number> {
  return (value, context) =>
    /^\d+(\.\d+)?$/.test(value) && Number(value) <= max
      ? Number(value)
      : context.report('IMPORT_INVALID_NUMBER', { value, expected: detail('number_decimal', { max }) });
}
