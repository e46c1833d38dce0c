import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import { BUNDLE_COLUMNS, requiredColumns, type ImportIssue } from './bundle.ts';
import { MAX_COLUMNS, MAX_RECORD_BYTES } from './csv-records.ts';
import { parseCsvText, readBundle } from './read-bundle.ts';
import { LIMITS } from './read-rows.ts';

/** What readBundle makes of a folder holding more, or other, than the files it reads. */

const es = { language: 'es', clock: fixedClock('2025-01-01T00:00:00Z') } as const;
const where = (issues: ImportIssue[]) => issues.map(({ file, line, column, code }) => [file, line, column, code]);
/** A v1 header (without the extension columns, which a file may leave out). */
const header = (key: keyof typeof BUNDLE_COLUMNS) => requiredColumns(key).join(',');
const PERSON = 'P01,,Ana,Mora,,,F,ECU';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
const folder = (files: Record<string, string | Buffer | null>) => {
  dir = mkdtempSync(join(tmpdir(), 'custodia-folder-'));
  for (const [name, content] of Object.entries(files)) {
    if (content === null) mkdirSync(join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  return dir;
};

describe('readBundle on what is in the folder', () => {
  it('lists every file and folder it does not read, and reads every file of format v1', () => {
    const result = readBundle(
      folder({ 'persons.csv': `${header('persons')}\n${PERSON}\n`, 'deaths.csv': `${header('deaths')}\n`, 'seizures.csv': '', 'Persons.CSV': '', '.DS_Store': 'x', old: null }),
      es,
    );
    expect(where(result.issues)).toEqual([['seizures.csv', 1, null, 'IMPORT_EMPTY_FILE']]);
    expect(result.bundle.persons).toHaveLength(1);
    expect(result.counts['deaths.csv']).toBe(0);
    expect(where(result.unread)).toEqual([
      ['.DS_Store', 0, null, 'IMPORT_UNKNOWN_FILE'],
      ['Persons.CSV', 0, null, 'IMPORT_UNKNOWN_FILE'],
      ['old', 0, null, 'IMPORT_UNKNOWN_FILE'],
    ]);
    expect(result.unread[0]?.message).toContain('centres.csv, locations.csv, persons.csv');
  });

  it('refuses a folder where a file is expected, and reads the other files', () => {
    const result = readBundle(folder({ 'persons.csv': null, 'centres.csv': `${header('centres')}\n` }), es);
    expect(where(result.issues)).toEqual([['persons.csv', 0, null, 'IMPORT_NOT_A_FILE']]);
    expect(result.counts).toEqual({ 'centres.csv': 0 });
  });

  it('says when the folder does not exist, reading nothing', () => {
    const result = readBundle(join(tmpdir(), 'custodia-no-such-folder-here'), es);
    expect(result.isFolder).toBe(false);
    expect(result.issues.map((i) => [i.line, i.code])).toEqual([[0, 'IMPORT_NO_FOLDER']]);
  });

  it('keeps the SHA-256 of each file as read, before its line endings are normalised', () => {
    const text = `${header('persons')}\r\n${PERSON}\r\n`;
    const result = readBundle(folder({ 'persons.csv': text }), es);
    expect(result.sources).toEqual({ 'persons.csv': createHash('sha256').update(text).digest('hex') });
  });
});

describe('parseCsvText on rows too long or too wide', () => {
  it('refuses a 10 MB field at the row it is on, naming its column, keeping the rows before and reading nothing after', () => {
    const text = `${header('persons')}\n${PERSON}\nP02,,${'A'.repeat(10_000_000)},Vera,,,M,ECU\nP03,,Rosa,Tapia,,,F,ECU\n`;
    const parsed = parseCsvText(text, 'persons.csv', es);
    expect(where(parsed.issues)).toEqual([['persons.csv', 3, 'given_names', 'IMPORT_ROW_TOO_LONG']]);
    expect(parsed.issues[0]?.message).toBe(
      `La fila que empieza en esta línea ocupa más de ${MAX_RECORD_BYTES} bytes, más de lo que admite cualquier registro (¿falta cerrar una comilla?). No se ha leído nada desde esta línea.`,
    );
    expect(parsed.rows.map((r) => r.id)).toEqual(['P01']);
  });

  it('names the line a quote opened on when the quoted text runs on past the longest row', () => {
    const rest = Array.from({ length: 5_000 }, (_, i) => `P${i + 10},,Luis,Vera,,,M,ECU`).join('\n');
    const parsed = parseCsvText(`${header('persons')}\n${PERSON}\n\nP02,,"Rosa,Tapia,,,F,ECU\n${rest}\n`, 'persons.csv', es);
    expect(where(parsed.issues)).toEqual([['persons.csv', 4, 'given_names', 'IMPORT_ROW_TOO_LONG']]);
  });

  it('reports a header of too many columns once', () => {
    const columns = Array.from({ length: 30_000 }, () => 'x').join(',');
    const parsed = parseCsvText(`${columns}\n${columns}\n`, 'persons.csv', es);
    expect(where(parsed.issues)).toEqual([['persons.csv', 1, null, 'IMPORT_TOO_MANY_COLUMNS']]);
    expect(parsed.issues[0]?.message).toContain('30000');
    expect(MAX_COLUMNS).toBeGreaterThan(Math.max(...Object.values(BUNDLE_COLUMNS).map((c) => c.length)));
  });

  it('takes the longest rows the API accepts: every text at its limit in three-byte characters and quotes', () => {
    const longest = (max: number) => `"${'€"'.repeat(max / 2).replaceAll('"', '""')}"`;
    const aliases = `"${Array.from({ length: 30 }, () => '€'.repeat(LIMITS.groupName)).join(';')}"`;
    const groups = parseCsvText(`${header('groups')}\nLOBOS,${longest(LIMITS.groupName)},gang,,${aliases}\n`, 'groups.csv', es);
    expect(groups.issues).toEqual([]);
    const comment = parseCsvText(`${header('nonAssociations')}\nP01,P02,threat,cell,${longest(LIMITS.comment)}\n`, 'non_associations.csv', es);
    expect(comment.issues).toEqual([]);
  });
});
