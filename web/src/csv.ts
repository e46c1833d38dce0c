import { stringify } from 'csv-stringify/browser/esm/sync';
import { PAGE_LIMIT_MAX, type PageOf } from '../../src/kernel/paging.ts';

/**
 * CSV export of what a list shows: its columns as headed on screen, its rows with the filters and
 * sort the user chose, every page (read from the server `PAGE_LIMIT_MAX` rows at a time).
 * RFC 4180 (commas, CRLF, quotes where needed) with a UTF-8 byte-order mark so that spreadsheets
 * read accents; a text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR
 * first) gets a `'` in front (OWASP), as the interchange export does.
 */

export interface CsvColumn<T> {
  /** The column's heading, in the user's language, as the table shows it. */
  header: string;
  /** The cell, as the table shows it (worded values, not codes). */
  value: (row: T) => string | number | null;
}

const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = value.replace(/\r\n?/g, '\n');
  return FORMULA.test(text) ? `'${text}` : text;
}

/** The CSV text of these rows (with the byte-order mark). */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const records = [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => cell(c.value(row))))];
  return `\uFEFF${stringify(records, { record_delimiter: '\r\n' })}`;
}

/**
 * Every row of a paged list: pages of `PAGE_LIMIT_MAX` from the first until `total` is reached
 * (or a page comes back short, if rows left meanwhile). `onProgress` is told after each page.
 */
export async function fetchAllPages<T>(
  fetchPage: (window: { offset: number; limit: number }) => Promise<PageOf<T>>,
  onProgress?: (done: number, total: number) => void,
): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; ; offset += PAGE_LIMIT_MAX) {
    const page = await fetchPage({ offset, limit: PAGE_LIMIT_MAX });
    rows.push(...page.items);
    onProgress?.(rows.length, page.total);
    if (page.items.length < PAGE_LIMIT_MAX || rows.length >= page.total) return rows;
  }
}

/** Offers `text` as a file download named `filename`. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from words and today's date: `personas-pab-a-2026-12-06.csv`. */
export function csvFileName(...words: string[]): string {
  const slug = words
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'lista'}-${new Date().toISOString().slice(0, 10)}.csv`;
}
