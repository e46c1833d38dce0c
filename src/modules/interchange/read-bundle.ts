import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import type { Language } from '../../kernel/language.ts';
import {
  AUTHORITIES,
  CENTRE_SEXES,
  CENTRE_TYPES,
  CONFIDENCES,
  GROUP_KINDS,
  GROUP_RELATIONS,
  isOneOf,
  LEGAL_STATUSES,
  LOCATION_KINDS,
  LOCATION_SEXES,
  MEMBERSHIP_ROLES,
  MOVEMENT_TYPES,
  NON_ASSOCIATION_LEVELS,
  NON_ASSOCIATION_REASONS,
  OFFENCES,
  PERSON_SEXES,
  REGIMES,
  RISK_LEVELS,
  SECURITY_LEVELS,
} from '../../kernel/vocabulary.ts';
import {
  BUNDLE_COLUMNS,
  BUNDLE_FILES,
  emptyBundle,
  type Bundle,
  type CentreRow,
  type CustodyRow,
  type GroupRelationRow,
  type GroupRow,
  type ImportIssue,
  type LocationRow,
  type MembershipRow,
  type MovementRow,
  type NonAssociationRow,
  type PersonRow,
} from './bundle.ts';
import { detail, issue, type ImportIssueCode, type IssueDetail, type IssueParams } from './import-issues.ts';

/** What an empty `timezone` in centres.csv means. */
export const DEFAULT_TIMEZONE = 'America/Guayaquil';
/** Centre and location codes: upper-case letters, digits and dashes. */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]*$/;
/** Group codes, as the groups module's API accepts them: up to 30 characters, underscores too. */
export const GROUP_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,29}$/;
/** The largest capacity a location may declare (as the estate module accepts). */
export const MAX_CAPACITY = 100_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

type BundleKey = keyof Bundle;
export type BundleFileName = (typeof BUNDLE_FILES)[BundleKey];
type KeyOfFile<F extends BundleFileName> = {
  [K in BundleKey]: (typeof BUNDLE_FILES)[K] extends F ? K : never;
}[BundleKey];
/** The typed row a file of the bundle holds, e.g. `RowOfFile<'persons.csv'>` is `PersonRow`. */
export type RowOfFile<F extends BundleFileName> = Bundle[KeyOfFile<F>][number];

export interface ReadOptions {
  /** Dates after this are "in the future" (default: the time of the call). */
  now?: Date;
  language: Language;
}

export interface ParsedFile<R> {
  /** The rows without issues, in file order. */
  rows: R[];
  /** The data rows in the file (blank lines not counted), with or without issues. */
  count: number;
  issues: ImportIssue[];
}

export interface ReadBundleResult {
  bundle: Bundle;
  /** Data rows per file name, for the files present. */
  counts: Record<string, number>;
  issues: ImportIssue[];
}

/**
 * Reads the interchange files in `dir` (DESIGN.md, format v1) and checks every row on its own:
 * columns, types, closed lists, dates, codes and duplicates within a file. Every file is optional.
 * Rows with issues are left out of the bundle; every issue is reported. References between files
 * are the importer's to check.
 */
export function readBundle(dir: string, options: ReadOptions): ReadBundleResult {
  const fileOptions = { now: options.now ?? new Date(), language: options.language };
  const counts: Record<string, number> = {};
  const issues: ImportIssue[] = [];

  function readFile<F extends BundleFileName>(fileName: F): RowOfFile<F>[] {
    const path = join(dir, fileName);
    if (!existsSync(path)) return [];
    const bytes = readFileSync(path);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      issues.push(issue(fileName, firstLineNotUtf8(bytes), null, 'IMPORT_NOT_UTF8', {}, options.language));
      return [];
    }
    const parsed = parseCsvText(text, fileName, fileOptions);
    counts[fileName] = parsed.count;
    issues.push(...parsed.issues);
    return parsed.rows;
  }

  const bundle = emptyBundle();
  bundle.centres = readFile(BUNDLE_FILES.centres);
  bundle.locations = readFile(BUNDLE_FILES.locations);
  bundle.persons = readFile(BUNDLE_FILES.persons);
  bundle.custody = readFile(BUNDLE_FILES.custody);
  bundle.groups = readFile(BUNDLE_FILES.groups);
  bundle.groupRelations = readFile(BUNDLE_FILES.groupRelations);
  bundle.memberships = readFile(BUNDLE_FILES.memberships);
  bundle.nonAssociations = readFile(BUNDLE_FILES.nonAssociations);
  bundle.movements = readFile(BUNDLE_FILES.movements);
  return { bundle, counts, issues };
}

/**
 * Parses and checks the text of one file of the bundle, named as in BUNDLE_FILES. The header is
 * line 1; a row's line is the line it starts on, even after quoted fields holding line breaks.
 */
export function parseCsvText<F extends BundleFileName>(
  text: string,
  fileName: F,
  options: ReadOptions = { language: 'es' },
): ParsedFile<RowOfFile<F>> {
  const key = keyOfFile(fileName);
  const reader: FileReader<Bundle[BundleKey][number]> = READERS[key];
  const expected: readonly string[] = BUNDLE_COLUMNS[key];
  const now = options.now ?? new Date();
  const issues: ImportIssue[] = [];
  const report: Sink = (line, column, code, params) => {
    issues.push(issue(fileName, line, column, code, params, options.language));
  };

  const { records, failure } = parseRecords(text);
  const [headerRecord, ...data] = records;
  if (!headerRecord && !failure) report(1, null, 'IMPORT_EMPTY_FILE', { expected });
  const header = headerRecord?.fields.map((name) => name.trim()) ?? [];
  const isHeaderValid = headerRecord !== undefined && checkHeader(header, expected, headerRecord.line, report);

  const rows: Bundle[BundleKey][number][] = [];
  const firstLineOfId = new Map<string, number>();
  let count = 0;
  for (const record of data) {
    if (record.fields.every((field) => field.trim() === '')) continue;
    count += 1;
    if (!isHeaderValid) continue;
    if (record.fields.length !== header.length) {
      report(record.line, null, 'IMPORT_FIELD_COUNT', { found: record.fields.length, expected: header.length });
      continue;
    }
    const fields = Object.fromEntries(header.map((name, i) => [name, record.fields[i] ?? '']));
    const row = new RowReader(record.line, fields, now, report);
    const parsed = reader.read(row);
    if (reader.idColumn !== null) {
      const id = row.raw(reader.idColumn);
      const firstLine = firstLineOfId.get(id);
      if (firstLine !== undefined) row.report(reader.idColumn, 'IMPORT_DUPLICATE_ID', { value: id, firstLine });
      else if (id !== '') firstLineOfId.set(id, record.line);
    }
    if (parsed && !row.failed) rows.push(parsed);
  }
  if (failure) report(failure.line, null, 'IMPORT_BAD_CSV', { problem: failure.problem });

  issues.sort((a, b) => a.line - b.line);
  // READERS[key] reads the rows of exactly this file.
  return { rows: rows as RowOfFile<F>[], count, issues };
}

// ---------------------------------------------------------------------------------------------
// CSV records with their line numbers

interface RawRecord {
  /** the line the record starts on */
  line: number;
  endLine: number;
  fields: string[];
}

interface RawParse {
  records: RawRecord[];
  /** the first syntax error: nothing after it is read */
  failure: { line: number; problem: IssueDetail } | null;
}

function parseRecords(text: string): RawParse {
  // One kind of line ending everywhere: csv-parse counts a CRLF inside quotes as two lines.
  const normalised = text.replace(/\r\n?/g, '\n');
  const records: RawRecord[] = [];
  try {
    parse(normalised, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (fields, context) => {
        // `lines` is the line the record ends on; its own line breaks are all inside fields.
        const breaks = fields.reduce((sum, field) => sum + countLineBreaks(field), 0);
        records.push({ line: context.lines - breaks, endLine: context.lines, fields });
        return null;
      },
    });
    return { records, failure: null };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { records, failure: describeCsvError(error, records, normalised) };
  }
}

function describeCsvError(error: CsvError, records: RawRecord[], text: string): NonNullable<RawParse['failure']> {
  const reported = typeof error.lines === 'number' ? error.lines : 1;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      // csv-parse reports the end of the file; the clerk needs the line where the quote opened.
      const lines = text.split('\n');
      let index = records.at(-1)?.endLine ?? 0;
      while (index < lines.length && lines[index] === '') index += 1;
      return { line: index + 1, problem: detail('csv_quote_not_closed') };
    }
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { line: reported, problem: detail('csv_invalid_closing_quote') };
    case 'INVALID_OPENING_QUOTE':
      return { line: reported, problem: detail('csv_invalid_opening_quote') };
    default:
      return { line: reported, problem: detail('csv_other', { reason: error.message }) };
  }
}

function countLineBreaks(value: string): number {
  let count = 0;
  for (const char of value) if (char === '\n') count += 1;
  return count;
}

function firstLineNotUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line += 1) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return 1;
}

function keyOfFile(fileName: BundleFileName): BundleKey {
  const key = (Object.keys(BUNDLE_FILES) as BundleKey[]).find((k) => BUNDLE_FILES[k] === fileName);
  if (!key) throw new Error(`not a file of the interchange bundle: ${fileName}`);
  return key;
}

type Sink = <C extends ImportIssueCode>(line: number, column: string | null, code: C, params: IssueParams<C>) => void;

/** Whether the rows can be read: every expected column once, nothing else. */
function checkHeader(header: readonly string[], expected: readonly string[], line: number, report: Sink): boolean {
  const before = new Set<string>();
  let isValid = true;
  for (const column of header) {
    if (before.has(column)) {
      report(line, column, 'IMPORT_DUPLICATE_COLUMN', { column });
      isValid = false;
    } else if (!expected.includes(column)) {
      report(line, column, 'IMPORT_UNKNOWN_COLUMN', { column, expected });
      isValid = false;
    }
    before.add(column);
  }
  for (const column of expected) {
    if (!before.has(column)) {
      report(line, column, 'IMPORT_MISSING_COLUMN', { column });
      isValid = false;
    }
  }
  return isValid;
}

// ---------------------------------------------------------------------------------------------
// Fields: each column's parser reports its own issues and returns INVALID after one.

const INVALID: unique symbol = Symbol('invalid');
type Invalid = typeof INVALID;

interface FieldContext {
  column: string;
  now: Date;
  report<C extends ImportIssueCode>(code: C, params: IssueParams<C>): Invalid;
}

/** Reads one trimmed cell (possibly empty). */
type Field<T> = (value: string, context: FieldContext) => T | Invalid;
type Values<S> = { [K in keyof S]: S[K] extends Field<infer T> ? Exclude<T, Invalid> : never };
type FieldsOf<K extends BundleKey> = Record<(typeof BUNDLE_COLUMNS)[K][number], Field<unknown>>;

class RowReader {
  failed = false;

  constructor(
    readonly line: number,
    private readonly fields: Record<string, string>,
    private readonly now: Date,
    private readonly sink: Sink,
  ) {}

  raw(column: string): string {
    return (this.fields[column] ?? '').trim();
  }

  report<C extends ImportIssueCode>(column: string | null, code: C, params: IssueParams<C>): Invalid {
    this.failed = true;
    this.sink(this.line, column, code, params);
    return INVALID;
  }

  /** The columns' values; a column whose value has an issue is missing. */
  read<S extends Record<string, Field<unknown>>>(fields: S): Partial<Values<S>> {
    const values: Record<string, unknown> = {};
    for (const [column, field] of Object.entries(fields)) {
      const context: FieldContext = {
        column,
        now: this.now,
        report: (code, params) => this.report(column, code, params),
      };
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

function required<T>(field: Field<T>): Field<T> {
  return (value, context) =>
    value === '' ? context.report('IMPORT_REQUIRED', { column: context.column, why: detail('required_always') }) : field(value, context);
}

function optional<T>(field: Field<T>): Field<T | null> {
  return (value, context) => (value === '' ? null : field(value, context));
}

const text: Field<string> = (value) => value;

const code: Field<string> = (value, context) =>
  CODE_PATTERN.test(value) ? value : context.report('IMPORT_INVALID_CODE', { value, problem: detail('code_format') });

const groupCode: Field<string> = (value, context) =>
  GROUP_CODE_PATTERN.test(value) ? value : context.report('IMPORT_INVALID_CODE', { value, problem: detail('group_code_format') });

function oneOf<T extends string>(list: readonly T[], issueCode: 'IMPORT_INVALID_VALUE' | 'IMPORT_UNKNOWN_OFFENCE' = 'IMPORT_INVALID_VALUE'): Field<T> {
  return (value, context) => (isOneOf(list, value) ? value : context.report(issueCode, { value, allowed: list }));
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** YYYY-MM-DD. */
function date(options: { notFuture: boolean }): Field<string> {
  return (value, context) => {
    const match = DATE_PATTERN.exec(value);
    if (!match) return context.report('IMPORT_INVALID_DATE', { value, what: detail('date_malformed') });
    if (!isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
      return context.report('IMPORT_INVALID_DATE', { value, what: detail('date_impossible') });
    }
    if (options.notFuture && value > context.now.toISOString().slice(0, 10)) {
      return context.report('IMPORT_FUTURE_DATE', { value });
    }
    return value;
  };
}

/** ISO 8601 with `Z` or an offset, returned in UTC with milliseconds. */
function instant(options: { notFuture: boolean }): Field<string> {
  return (value, context) => {
    const match = INSTANT_PATTERN.exec(value);
    const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = (match?.slice(1) ?? []).map(Number);
    const isValid =
      match !== null &&
      isCalendarDate(year ?? 0, month ?? 0, day ?? 0) &&
      (hour ?? 0) <= 23 &&
      (minute ?? 0) <= 59 &&
      (match[6] === undefined || (second ?? 0) <= 59) &&
      (match[7] === undefined || ((offsetHour ?? 0) <= 23 && (offsetMinute ?? 0) <= 59));
    const at = new Date(value);
    if (!isValid || Number.isNaN(at.getTime())) return context.report('IMPORT_INVALID_TIME', { value });
    if (options.notFuture && at > context.now) return context.report('IMPORT_FUTURE_DATE', { value });
    return at.toISOString();
  };
}

const capacity: Field<number> = (value, context) =>
  /^\d+$/.test(value) && Number(value) <= MAX_CAPACITY
    ? Number(value)
    : context.report('IMPORT_INVALID_NUMBER', { value, expected: detail('number_integer', { max: MAX_CAPACITY }) });

const years: Field<number> = (value, context) =>
  /^\d+(\.\d+)?$/.test(value) ? Number(value) : context.report('IMPORT_INVALID_NUMBER', { value, expected: detail('number_decimal') });

const timezone: Field<string> = (value, context) => {
  if (value === '') return DEFAULT_TIMEZONE;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return context.report('IMPORT_INVALID_TIMEZONE', { value });
  }
};

const nationality: Field<string> = (value, context) => {
  const upper = value.toUpperCase();
  return /^[A-Z]{3}$/.test(upper) ? upper : context.report('IMPORT_INVALID_COUNTRY', { value });
};

const aliases: Field<string[]> = (value) =>
  value
    .split(';')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');

// ---------------------------------------------------------------------------------------------
// Rows of each file

interface FileReader<R> {
  /** the column that must be unique within the file */
  idColumn: string | null;
  read(row: RowReader): R | null;
}

const CENTRE_FIELDS = {
  code: required(code),
  name: required(text),
  city: required(text),
  province: required(text),
  type: required(oneOf(CENTRE_TYPES)),
  sex: required(oneOf(CENTRE_SEXES)),
  authority: required(oneOf(AUTHORITIES)),
  timezone,
} satisfies FieldsOf<'centres'>;

function readCentre(row: RowReader): CentreRow | null {
  const v = row.read(CENTRE_FIELDS);
  if (!row.isComplete(v)) return null;
  const { code, name, city, province, type, sex, authority, timezone } = v;
  return { line: row.line, code, name, city, province, type, sex, authority, timezone };
}

const LOCATION_FIELDS = {
  code: required(code),
  centre: required(code),
  parent: optional(code),
  kind: required(oneOf(LOCATION_KINDS)),
  name: required(text),
  sex: required(oneOf(LOCATION_SEXES)),
  regime: required(oneOf(REGIMES)),
  security: required(oneOf(SECURITY_LEVELS)),
  design_capacity: optional(capacity),
  working_capacity: optional(capacity),
  max_capacity: optional(capacity),
} satisfies FieldsOf<'locations'>;

function readLocation(row: RowReader): LocationRow | null {
  const v = row.read(LOCATION_FIELDS);
  if (v.code !== undefined && v.centre !== undefined && !v.code.startsWith(`${v.centre}-`)) {
    row.report('code', 'IMPORT_INVALID_CODE', { value: v.code, problem: detail('code_prefix', { centre: v.centre }) });
  }
  const max = v.max_capacity;
  if (max !== null && max !== undefined) {
    if (v.design_capacity != null && v.design_capacity > max) {
      row.report('design_capacity', 'IMPORT_CAPACITY_ORDER', { which: detail('capacity_design'), value: v.design_capacity, max });
    }
    if (v.working_capacity != null && v.working_capacity > max) {
      row.report('working_capacity', 'IMPORT_CAPACITY_ORDER', { which: detail('capacity_working'), value: v.working_capacity, max });
    }
  }
  if (!row.isComplete(v)) return null;
  return {
    line: row.line,
    code: v.code,
    centre: v.centre,
    parent: v.parent,
    kind: v.kind,
    name: v.name,
    sex: v.sex,
    regime: v.regime,
    security: v.security,
    designCapacity: v.design_capacity,
    workingCapacity: v.working_capacity,
    maxCapacity: v.max_capacity,
  };
}

const PERSON_FIELDS = {
  id: required(text),
  national_id: optional(text),
  given_names: required(text),
  family_names: required(text),
  aliases,
  birth_date: optional(date({ notFuture: true })),
  sex: required(oneOf(PERSON_SEXES)),
  nationality: required(nationality),
} satisfies FieldsOf<'persons'>;

function readPerson(row: RowReader): PersonRow | null {
  const v = row.read(PERSON_FIELDS);
  if (!row.isComplete(v)) return null;
  return {
    line: row.line,
    id: v.id,
    nationalId: v.national_id,
    givenNames: v.given_names,
    familyNames: v.family_names,
    aliases: v.aliases,
    birthDate: v.birth_date,
    sex: v.sex,
    nationality: v.nationality,
  };
}

const CUSTODY_FIELDS = {
  person: required(text),
  centre: required(code),
  admitted_at: required(instant({ notFuture: true })),
  legal_status: required(oneOf(LEGAL_STATUSES)),
  offence: required(oneOf(OFFENCES, 'IMPORT_UNKNOWN_OFFENCE')),
  max_penalty_years: optional(years),
  pretrial_since: optional(date({ notFuture: true })),
  risk: required(oneOf(RISK_LEVELS)),
  location: optional(code),
} satisfies FieldsOf<'custody'>;

function readCustody(row: RowReader): CustodyRow | null {
  const v = row.read(CUSTODY_FIELDS);
  if (v.legal_status === 'pretrial' && v.pretrial_since === null) {
    row.report('pretrial_since', 'IMPORT_REQUIRED', { column: 'pretrial_since', why: detail('required_pretrial') });
  }
  if (!row.isComplete(v)) return null;
  return {
    line: row.line,
    person: v.person,
    centre: v.centre,
    admittedAt: v.admitted_at,
    legalStatus: v.legal_status,
    offence: v.offence,
    maxPenaltyYears: v.max_penalty_years,
    pretrialSince: v.pretrial_since,
    risk: v.risk,
    location: v.location,
  };
}

const MOVEMENT_FIELDS = {
  at: required(instant({ notFuture: true })),
  person: required(text),
  type: required(oneOf(MOVEMENT_TYPES)),
  to: optional(code),
  reason: optional(text),
} satisfies FieldsOf<'movements'>;

function readMovement(row: RowReader): MovementRow | null {
  const v = row.read(MOVEMENT_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, at: v.at, person: v.person, type: v.type, to: v.to, reason: v.reason };
}

const GROUP_FIELDS = {
  code: required(groupCode),
  name: required(text),
  kind: required(oneOf(GROUP_KINDS)),
  parent: optional(groupCode),
  aliases,
} satisfies FieldsOf<'groups'>;

function readGroup(row: RowReader): GroupRow | null {
  const v = row.read(GROUP_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, code: v.code, name: v.name, kind: v.kind, parent: v.parent, aliases: v.aliases };
}

const GROUP_RELATION_FIELDS = {
  group_a: required(groupCode),
  group_b: required(groupCode),
  relation: required(oneOf(GROUP_RELATIONS)),
  since: optional(date({ notFuture: true })),
} satisfies FieldsOf<'groupRelations'>;

function readGroupRelation(row: RowReader): GroupRelationRow | null {
  const v = row.read(GROUP_RELATION_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, groupA: v.group_a, groupB: v.group_b, relation: v.relation, since: v.since };
}

const MEMBERSHIP_FIELDS = {
  person: required(text),
  group: required(groupCode),
  role: required(oneOf(MEMBERSHIP_ROLES)),
  since: optional(date({ notFuture: true })),
  confidence: required(oneOf(CONFIDENCES)),
} satisfies FieldsOf<'memberships'>;

function readMembership(row: RowReader): MembershipRow | null {
  const v = row.read(MEMBERSHIP_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, person: v.person, group: v.group, role: v.role, since: v.since, confidence: v.confidence };
}

const NON_ASSOCIATION_FIELDS = {
  person_a: required(text),
  person_b: required(text),
  reason: required(oneOf(NON_ASSOCIATION_REASONS)),
  level: required(oneOf(NON_ASSOCIATION_LEVELS)),
  comment: required(text),
} satisfies FieldsOf<'nonAssociations'>;

function readNonAssociation(row: RowReader): NonAssociationRow | null {
  const v = row.read(NON_ASSOCIATION_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, personA: v.person_a, personB: v.person_b, reason: v.reason, level: v.level, comment: v.comment };
}

const READERS: { [K in BundleKey]: FileReader<Bundle[K][number]> } = {
  centres: { idColumn: 'code', read: readCentre },
  locations: { idColumn: 'code', read: readLocation },
  persons: { idColumn: 'id', read: readPerson },
  custody: { idColumn: null, read: readCustody },
  groups: { idColumn: 'code', read: readGroup },
  // Pairs (in either order) and person + group are checked across rows by the importer.
  groupRelations: { idColumn: null, read: readGroupRelation },
  memberships: { idColumn: null, read: readMembership },
  nonAssociations: { idColumn: null, read: readNonAssociation },
  movements: { idColumn: null, read: readMovement },
};
