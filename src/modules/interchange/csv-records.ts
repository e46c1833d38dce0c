import { isUtf8 } from 'node:buffer';
import { CsvError, parse } from 'csv-parse/sync';
import { detail, type IssueDetail } from './import-issues.ts';

/**
 * The longest record (row) a file may hold, in bytes. The longest row any API accepts — a
 * non-association's 2,000-character comment, or a person's names and aliases, every character
 * four bytes of UTF-8 — fits many times over; anything longer is refused as soon as the parser
 * reaches it, without reading the rest of the field (a 10 MB cell never becomes a string).
 */
export const MAX_RECORD_BYTES = 65_536;

/** The most columns a header may have: the widest file of format v1 (with its extension columns) has 15. */
export const MAX_COLUMNS = 100;

/** One CSV record with the lines it spans (a quoted field may hold line breaks). */
export interface RawRecord {
  /** the line the record starts on */
  line: number;
  endLine: number;
  fields: string[];
}

export type RawFailure =
  | { kind: 'syntax'; line: number; problem: IssueDetail }
  | { kind: 'too_long'; line: number; columnIndex: number | null };

export interface RawParse {
  records: RawRecord[];
  /** the first syntax error or over-long record: nothing after it is read */
  failure: RawFailure | null;
}

/**
 * The records of a CSV file (header included), up to its first syntax error or over-long record.
 * A Buffer is read in place: its line endings are rewritten to `\n` (one kind of line ending
 * everywhere: csv-parse counts a CRLF inside quotes as two lines), so pass one it may change.
 */
export function parseRecords(input: string | Buffer): RawParse {
  const bytes = normaliseLineEnds(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
  const records: RawRecord[] = [];
  let endByte = 0;
  try {
    parse(bytes, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_BYTES,
      on_record: (fields, context) => {
        // `lines` is the line the record ends on; its own line breaks are all inside fields.
        const breaks = fields.reduce((sum, field) => sum + countLineBreaks(field), 0);
        records.push({ line: context.lines - breaks, endLine: context.lines, fields });
        endByte = context.bytes;
        return null;
      },
    });
    return { records, failure: null };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The record that failed starts on the first line that is not blank after the last one read.
    const start = nextRecordLine(bytes, endByte, records.at(-1)?.endLine ?? 0);
    return { records, failure: describeCsvError(error, start) };
  }
}

function describeCsvError(error: CsvError, start: number): RawFailure {
  const reported = typeof error.lines === 'number' ? error.lines : start;
  switch (error.code) {
    case 'CSV_MAX_RECORD_SIZE':
      return { kind: 'too_long', line: start, columnIndex: typeof error.column === 'number' ? error.column : null };
    case 'CSV_QUOTE_NOT_CLOSED':
      // csv-parse reports the end of the file; the clerk needs the line where the quote opened.
      return { kind: 'syntax', line: start, problem: detail('csv_quote_not_closed') };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { kind: 'syntax', line: reported, problem: detail('csv_invalid_closing_quote') };
    case 'INVALID_OPENING_QUOTE':
      return { kind: 'syntax', line: reported, problem: detail('csv_invalid_opening_quote') };
    default:
      return { kind: 'syntax', line: reported, problem: detail('csv_other', { reason: error.message }) };
  }
}

/** The line after `line` (which ends at byte `offset`), skipping blank lines. */
function nextRecordLine(bytes: Buffer, offset: number, line: number): number {
  let at = offset;
  let next = line + 1;
  while (at < bytes.length && bytes[at] === 0x0a) {
    at += 1;
    next += 1;
  }
  return next;
}

/** CRLF and lone CR as LF, rewritten in place; the part of `bytes` that holds the result. */
function normaliseLineEnds(bytes: Buffer): Buffer {
  let read = bytes.indexOf(0x0d);
  if (read === -1) return bytes;
  let write = read;
  while (read !== -1 && read < bytes.length) {
    bytes[write] = 0x0a;
    write += 1;
    read += bytes[read + 1] === 0x0a ? 2 : 1;
    const next = bytes.indexOf(0x0d, read);
    const end = next === -1 ? bytes.length : next;
    bytes.copyWithin(write, read, end);
    write += end - read;
    read = next;
  }
  return bytes.subarray(0, write);
}

function countLineBreaks(value: string): number {
  let count = 0;
  for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) count += 1;
  return count;
}

/** The line of the first byte sequence of `bytes` that is not UTF-8, or null if all of it is. */
export function firstLineNotUtf8(bytes: Buffer): number | null {
  if (isUtf8(bytes)) return null;
  let start = 0;
  for (let line = 1; start <= bytes.length; line += 1) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    start = end + 1;
  }
  return 1;
}
