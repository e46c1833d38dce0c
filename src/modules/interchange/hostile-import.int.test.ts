import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredColumns, type BUNDLE_COLUMNS } from './bundle.ts';
import { type CliDatabase, type CliResult, createCliDatabase, runCustodia } from '../../cli/testing.ts';

interface JsonIssue {
  file: string;
  line: number;
  column: string | null;
  code: string;
  message: string;
}

/** A v1 header (without the extension columns, which a file may leave out). */
const header = (key: keyof typeof BUNDLE_COLUMNS) => requiredColumns(key).join(',');
const where = (issues: JsonIssue[]) => issues.map(({ file, line, column, code }) => [file, line, column, code]);

/**
 * `custodia import` given files built to break it, as someone would from outside: every problem
 * comes back as JSON naming file, line (and column where one applies) and a code, the command
 * exits 1 and nothing is written. One database for the file; the CLI runs as a separate process.
 */
describe('custodia import on hostile files', { timeout: 180_000 }, () => {
  let work: string;
  let database: CliDatabase;

  const cli = (args: string[]): Promise<CliResult> => runCustodia(args, { db: database.target });

  /** A folder of this test holding `files` (a null content makes a folder of that name). */
  const folder = (name: string, files: Record<string, string | Buffer | null>) => {
    const dir = path.join(work, name);
    mkdirSync(dir);
    for (const [file, content] of Object.entries(files)) {
      if (content === null) mkdirSync(path.join(dir, file));
      else writeFileSync(path.join(dir, file), content);
    }
    return dir;
  };

  /** The JSON the command printed; fails the test if stdout is not JSON. */
  const report = (result: CliResult) => JSON.parse(result.stdout) as { ok: boolean; counts: Record<string, number>; errors: JsonIssue[]; warnings?: JsonIssue[] };

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'custodia-hostile-'));
    database = await createCliDatabase();
  });
  afterAll(async () => {
    await database?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('reports a NUL byte, a 10 MB field, year 0000, a folder for a file, other encodings, binary, an empty file, a huge header and an open quote', async () => {
    const dir = folder('hostile', {
      'centres.csv': `${header('centres')}\nLIT,Litoral\0,Guayaquil,Guayas,CPL,M,snai,America/Guayaquil\n`,
      'locations.csv': `${header('locations')}\nLIT-P1,LIT,,pavilion,${'A'.repeat(10_000_000)},M,pretrial,medium,,,\n`,
      'persons.csv': `${header('persons')}\nP-001,,Ana,Mora,,0000-01-01,F,ECU\n`,
      'custody.csv': null,
      'groups.csv': Buffer.concat([Buffer.from(`${header('groups')}\nLOBOS,Los Lobos,gang,,\nCHONE,Los Ch`), Buffer.from([0xf3, 0x6e]), Buffer.from('eros,gang,,\n')]),
      'group_relations.csv': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]),
      'memberships.csv': '',
      'non_associations.csv': Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(','),
      'movements.csv': `${header('movements')}\n2024-01-01T00:00:00Z,P-001,court_out,,ok\n2024-01-02T00:00:00Z,P-001,"court_return,,never closed\n2024-01-03T00:00:00Z,P-001,court_out,,\n`,
    });
    const result = await cli(['import', dir, '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/unexpected error|inesperado|\bat .*\.ts:\d+/);
    const outcome = report(result);
    expect(outcome.ok).toBe(false);
    expect(where(outcome.errors)).toEqual(
      expect.arrayContaining([
        ['centres.csv', 2, 'name', 'IMPORT_INVALID_TEXT'],
        ['locations.csv', 2, 'name', 'IMPORT_ROW_TOO_LONG'],
        ['persons.csv', 2, 'birth_date', 'IMPORT_DATE_OUT_OF_RANGE'],
        ['custody.csv', 0, null, 'IMPORT_NOT_A_FILE'],
        ['groups.csv', 3, null, 'IMPORT_NOT_UTF8'],
        ['group_relations.csv', 1, null, 'IMPORT_NOT_UTF8'],
        ['memberships.csv', 1, null, 'IMPORT_EMPTY_FILE'],
        ['non_associations.csv', 1, null, 'IMPORT_ROW_TOO_LONG'],
        ['movements.csv', 3, null, 'IMPORT_BAD_CSV'],
      ]),
    );
    for (const item of outcome.errors) expect(item.message).not.toMatch(/[{}]/);

    // Nothing was written: an export of the database holds no rows at all.
    const out = path.join(work, 'out');
    const exported = await cli(['export', out, '--json']);
    expect(exported.code).toBe(0);
    expect(Object.values(report(exported).counts).every((n) => n === 0)).toBe(true);
    expect(readFileSync(path.join(out, 'persons.csv'), 'utf8')).toBe(`${header('persons')}\n`);
  });

  it('answers in JSON even when the database cannot be reached', async () => {
    const dir = folder('fine', { 'centres.csv': `${header('centres')}\n` });
    const result = await runCustodia(['import', dir, '--json'], { db: 'postgres://custodia@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(where(report(result).errors)).toEqual([[dir, 0, null, 'IMPORT_FAILED']]);
    expect(result.stderr).toMatch(/cannot connect to the database/i);
  });

  it('reports a header of thousands of columns once, text that is not CSV, and accepts a header-only file', async () => {
    const dir = folder('odd', {
      'centres.csv': `${header('centres')}\n`,
      'persons.csv': Array.from({ length: 5_000 }, (_, i) => `c${i}`).join(','),
      'locations.csv': '{"locations": [{"code": "LIT-P1"}]}\n',
    });
    const result = await cli(['import', dir, '--dry-run', '--json']);
    expect(result.code).toBe(1);
    const outcome = report(result);
    expect(where(outcome.errors)).toEqual([
      ['locations.csv', 1, null, 'IMPORT_BAD_CSV'],
      ['persons.csv', 1, null, 'IMPORT_TOO_MANY_COLUMNS'],
    ]);
    expect(outcome.counts['centres.csv']).toBe(0);
  });

  it('refuses a folder holding files it does not read, and imports the rest with --ignore-unknown, listing them as warnings', async () => {
    const dir = folder('unknown', {
      'persons.csv': `${header('persons')}\nP-001,,Ana,Mora,,,F,ECU\n`,
      'incidentes.csv': 'id,centre,location,type,started_at,ended_at,deaths,injuries,description\nI-1,LIT,,riot,2024-01-01T00:00:00Z,,2,5,Motín\n',
      'notes.txt': 'remember the incidents\n',
      archive: null,
    });
    const refused = await cli(['import', dir, '--json']);
    expect(refused.code).toBe(1);
    const first = report(refused);
    expect(first.ok).toBe(false);
    expect(where(first.errors)).toEqual([
      ['archive', 0, null, 'IMPORT_UNKNOWN_FILE'],
      ['incidentes.csv', 0, null, 'IMPORT_UNKNOWN_FILE'],
      ['notes.txt', 0, null, 'IMPORT_UNKNOWN_FILE'],
    ]);
    expect(first.errors[1]?.message).toContain('--ignore-unknown');

    const done = await cli(['import', dir, '--ignore-unknown', '--json']);
    expect(done.code).toBe(0);
    const second = report(done);
    expect(second).toMatchObject({ ok: true, errors: [], counts: { 'persons.csv': 1 } });
    expect(where(second.warnings ?? [])).toEqual(where(first.errors));

    const text = await cli(['import', dir, '--dry-run']);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('incidentes.csv:0 IMPORT_UNKNOWN_FILE');
  });
});
