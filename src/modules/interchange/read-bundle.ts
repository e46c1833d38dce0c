import { createHash } from 'node:crypto';
import { fixedClock, systemClock, type Clock } from '../../kernel/clock.ts';
import type { Language } from '../../kernel/language.ts';
import { BUNDLE_COLUMNS, BUNDLE_FILES, emptyBundle, EXTENSION_COLUMNS, type Bundle, type ImportIssue } from './bundle.ts';
import { RowReader, type Sink } from './csv-fields.ts';
import { firstLineNotUtf8, MAX_COLUMNS, MAX_RECORD_BYTES, parseRecords } from './csv-records.ts';
import { issue } from './import-issues.ts';
import { CASE_READER, CLASSIFICATION_READER, LEGAL_STATUS_CHANGE_READER, NEXT_OF_KIN_READER } from './read-custody-details.ts';
import { listFolder, readFileBytes } from './read-folder.ts';
import { DEATH_READER, INCIDENT_PERSON_READER, INCIDENT_READER, SEIZURE_READER } from './read-incident-rows.ts';
import { GROUP_READER, GROUP_RELATION_READER, MEMBERSHIP_READER, NON_ASSOCIATION_READER } from './read-group-rows.ts';
import { CENTRE_READER, CUSTODY_READER, LOCATION_READER, MOVEMENT_READER, PERSON_READER, type FileReader } from './read-rows.ts';

type BundleKey = keyof Bundle;
export type BundleFileName = (typeof BUNDLE_FILES)[BundleKey];
type KeyOfFile<F extends BundleFileName> = {
  [K in BundleKey]: (typeof BUNDLE_FILES)[K] extends F ? K : never;
}[BundleKey];
/** The typed row a file of the bundle holds, e.g. `RowOfFile<'persons.csv'>` is `PersonRow`. */
export type RowOfFile<F extends BundleFileName> = Bundle[KeyOfFile<F>][number];

export interface ReadOptions {
  /** Dates after its "now" are in the future (default: the system clock). */
  clock?: Clock;
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
  /**
   * Everything else in the folder (files of format v1 not read yet, any other file or folder):
   * errors of the import unless it is told to ignore them, then warnings.
   */
  unread: ImportIssue[];
  /** False when `dir` is not a readable folder: `issues` says why, nothing was read. */
  isFolder: boolean;
  /** SHA-256 of each file read, by file name (for the import's audit entries). */
  sources: Record<string, string>;
}

const READERS: { [K in BundleKey]: FileReader<Bundle[K][number]> } = {
  centres: CENTRE_READER,
  locations: LOCATION_READER,
  persons: PERSON_READER,
  custody: CUSTODY_READER,
  classifications: CLASSIFICATION_READER,
  legalStatusChanges: LEGAL_STATUS_CHANGE_READER,
  nextOfKin: NEXT_OF_KIN_READER,
  cases: CASE_READER,
  groups: GROUP_READER,
  groupRelations: GROUP_RELATION_READER,
  memberships: MEMBERSHIP_READER,
  nonAssociations: NON_ASSOCIATION_READER,
  movements: MOVEMENT_READER,
  incidents: INCIDENT_READER,
  incidentPeople: INCIDENT_PERSON_READER,
  deaths: DEATH_READER,
  seizures: SEIZURE_READER,
};

/**
 * Reads the interchange files in `dir` (DESIGN.md, format v1) and checks every row on its own:
 * columns, types, closed lists, dates, codes and text by the kernel's shared field rules, and
 * repeats within a file. Every file is optional; anything else in the folder is listed in
 * `unread`. Rows with issues are left out of the bundle; every issue is reported. References
 * between files are the importer's to check. Each file is read once, as bytes.
 */
export function readBundle(dir: string, options: ReadOptions): ReadBundleResult {
  // One "now" for every file of the bundle.
  const fileOptions: ReadOptions = { clock: fixedClock((options.clock ?? systemClock).now()), language: options.language };
  const counts: Record<string, number> = {};
  const sources: Record<string, string> = {};
  const bundle = emptyBundle();
  const folder = listFolder(dir, options.language);
  const issues: ImportIssue[] = [...folder.issues];
  if (!folder.isFolder) return { bundle, counts, issues, unread: [], isFolder: false, sources };

  function readFile<F extends BundleFileName>(fileName: F): RowOfFile<F>[] {
    const read = readFileBytes(dir, fileName, options.language);
    if ('missing' in read) return [];
    if ('issue' in read) {
      issues.push(read.issue);
      return [];
    }
    sources[fileName] = createHash('sha256').update(read.bytes).digest('hex');
    const badLine = firstLineNotUtf8(read.bytes);
    if (badLine !== null) {
      issues.push(issue(fileName, badLine, null, 'IMPORT_NOT_UTF8', {}, options.language));
      return [];
    }
    const parsed = parseCsvText(read.bytes, fileName, fileOptions);
    counts[fileName] = parsed.count;
    for (const item of parsed.issues) issues.push(item);
    return parsed.rows;
  }

  bundle.centres = readFile(BUNDLE_FILES.centres);
  bundle.locations = readFile(BUNDLE_FILES.locations);
  bundle.persons = readFile(BUNDLE_FILES.persons);
  bundle.custody = readFile(BUNDLE_FILES.custody);
  bundle.classifications = readFile(BUNDLE_FILES.classifications);
  bundle.legalStatusChanges = readFile(BUNDLE_FILES.legalStatusChanges);
  bundle.nextOfKin = readFile(BUNDLE_FILES.nextOfKin);
  bundle.cases = readFile(BUNDLE_FILES.cases);
  bundle.groups = readFile(BUNDLE_FILES.groups);
  bundle.groupRelations = readFile(BUNDLE_FILES.groupRelations);
  bundle.memberships = readFile(BUNDLE_FILES.memberships);
  bundle.nonAssociations = readFile(BUNDLE_FILES.nonAssociations);
  bundle.movements = readFile(BUNDLE_FILES.movements);
  bundle.incidents = readFile(BUNDLE_FILES.incidents);
  bundle.incidentPeople = readFile(BUNDLE_FILES.incidentPeople);
  bundle.deaths = readFile(BUNDLE_FILES.deaths);
  bundle.seizures = readFile(BUNDLE_FILES.seizures);
  return { bundle, counts, issues, unread: folder.unread, isFolder: true, sources };
}

/**
 * Parses and checks the text of one file of the bundle, named as in BUNDLE_FILES (bytes are
 * UTF-8, already checked, and may be rewritten in place). The header is line 1; a row's line is
 * the line it starts on, even after quoted fields holding line breaks.
 */
export function parseCsvText<F extends BundleFileName>(
  text: string | Buffer,
  fileName: F,
  options: ReadOptions = { language: 'es' },
): ParsedFile<RowOfFile<F>> {
  const key = keyOfFile(fileName);
  const reader: FileReader<Bundle[BundleKey][number]> = READERS[key];
  const expected: readonly string[] = BUNDLE_COLUMNS[key];
  const optionalColumns: readonly string[] = EXTENSION_COLUMNS[key] ?? [];
  const now = (options.clock ?? systemClock).now();
  const issues: ImportIssue[] = [];
  const report: Sink = (line, column, code, params) => {
    issues.push(issue(fileName, line, column, code, params, options.language));
  };

  const { records, failure } = parseRecords(text);
  const [headerRecord, ...data] = records;
  if (!headerRecord && !failure) report(1, null, 'IMPORT_EMPTY_FILE', { expected });
  const header = headerRecord?.fields.map((name) => name.trim()) ?? [];
  const isHeaderValid = headerRecord !== undefined && checkHeader(header, expected, optionalColumns, headerRecord.line, report);

  const rows: Bundle[BundleKey][number][] = [];
  const earlierRows = new Map<string, { firstLine: number; isAnyKept: boolean }>();
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
    const unique = reader.unique;
    const key = unique?.key(row) ?? null;
    const earlier = key === null ? undefined : earlierRows.get(key);
    if (unique && earlier && !(unique.checkedAcrossRows && earlier.isAnyKept)) unique.report(row, earlier.firstLine);
    const isKept = parsed !== null && !row.failed;
    if (key !== null) earlierRows.set(key, { firstLine: earlier?.firstLine ?? record.line, isAnyKept: isKept || (earlier?.isAnyKept ?? false) });
    if (parsed && isKept) rows.push(parsed);
  }
  if (failure?.kind === 'syntax') report(failure.line, null, 'IMPORT_BAD_CSV', { problem: failure.problem });
  if (failure?.kind === 'too_long') {
    const column = isHeaderValid && failure.line > (headerRecord?.line ?? 1) && failure.columnIndex !== null ? (header[failure.columnIndex] ?? null) : null;
    report(failure.line, column, 'IMPORT_ROW_TOO_LONG', { max: MAX_RECORD_BYTES });
  }

  issues.sort((a, b) => a.line - b.line);
  // READERS[key] reads the rows of exactly this file.
  return { rows: rows as RowOfFile<F>[], count, issues };
}

function keyOfFile(fileName: BundleFileName): BundleKey {
  const key = (Object.keys(BUNDLE_FILES) as BundleKey[]).find((k) => BUNDLE_FILES[k] === fileName);
  if (!key) throw new Error(`not a file of the interchange bundle: ${fileName}`);
  return key;
}

/**
 * Whether the rows can be read: every expected column once, nothing else; the extension columns
 * (`optionalColumns`) may be left out, a missing one reading as empty cells.
 */
function checkHeader(header: readonly string[], expected: readonly string[], optionalColumns: readonly string[], line: number, report: Sink): boolean {
  if (header.length > MAX_COLUMNS) {
    report(line, null, 'IMPORT_TOO_MANY_COLUMNS', { found: header.length, expected });
    return false;
  }
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
    if (!before.has(column) && !optionalColumns.includes(column)) {
      report(line, column, 'IMPORT_MISSING_COLUMN', { column });
      isValid = false;
    }
  }
  return isValid;
}
