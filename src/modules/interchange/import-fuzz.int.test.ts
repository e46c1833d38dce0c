import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliDatabase, type CliResult, createCliDatabase, runCustodia } from '../../cli/testing.ts';
import { createTestDatabase, type TestDatabase } from '../../db/testing/index.ts';
import { SYSTEM_ACTOR, verifyAuditChain } from '../audit/index.ts';
import type { ImportIssue } from './bundle.ts';
import { importBundle } from './import-bundle.ts';
import { readBundle } from './read-bundle.ts';
import { filesOf, SMALL_ESTATE, SMALL_INCIDENTS } from './testing.ts';

/** The small fixture estate with a row in each extension file, and its incidents, a death and finds: a valid bundle to break. */
function validFolder(): Record<string, string> {
  const files = filesOf(SMALL_ESTATE, SMALL_INCIDENTS);
  return {
    ...files,
    'classifications.csv': 'person,at,risk,vulnerabilities,reason,recorded_by\nP0000002,2025-03-11T10:00:00Z,high,threatened;informant,Amenazas en el patio,clasificacion\n',
    'legal_status_changes.csv': 'person,since,legal_status,sentence_months,note,recorded_at,recorded_by\nP0000002,2025-03-10,pretrial,,admission,2025-03-10T08:30:00Z,registro\n',
    'next_of_kin.csv': 'person,name,relationship,phone,address\nP0000001,María Mera,madre,+593 99 123 4567,"Calle 5, Guayaquil"\n',
    'cases.csv': 'person,case_number,court,charges,offence,max_penalty_years,lawyer,next_hearing\nP0000003,09281-2025-00001,Unidad Penal,Tráfico,drug_trafficking,13,,2199-12-31\n',
  };
}

/** Values built to break a reader: control characters, broken Unicode, huge cells, impossible dates, CSV syntax, wrong types. */
const HOSTILE = [
  '\0',
  'a\0b',
  '\uD800',
  'x\uDC00y',
  'A'.repeat(1_100_000),
  '0000-01-01',
  '9999-12-31',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2024-02-30',
  '"unbalanced',
  'a"b',
  '"a""',
  '\uFEFF',
  '\r',
  '\n',
  ',',
  '',
  ' ',
  '-1',
  '1e309',
  'NaN',
  '3.5',
  'true',
  '=HYPERLINK("http://x")',
  '😀'.repeat(70),
  'P0000001',
  'LIT',
  'LIT-P2-A-001',
  'closed',
  'sentenced',
] as const;

type Mutation =
  | { kind: 'cell'; file: number; row: number; column: number; value: string }
  | { kind: 'bom' | 'crlf' | 'empty' | 'delete' | 'truncate' | 'duplicate_header' | 'rename_header' | 'extra_column' | 'missing_column' | 'duplicate_row'; file: number; row: number; cut: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('cell' as const), file: fc.nat(), row: fc.nat(), column: fc.nat(), value: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 })) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('bom', 'crlf', 'empty', 'delete', 'truncate', 'duplicate_header', 'rename_header', 'extra_column', 'missing_column', 'duplicate_row'),
      file: fc.nat(),
      row: fc.nat(),
      cut: fc.nat(),
    }),
  },
);

/** A cell as CSV writes it (quoted when it must be). */
const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The folder with one mutation applied (line-level: fields split on commas, the fixture's quoted cells are rare enough). */
function mutate(files: Record<string, string>, m: Mutation): Record<string, string> {
  const names = Object.keys(files).sort();
  const name = names[m.file % names.length] as string;
  const text = files[name] as string;
  const lines = text.split('\n');
  const row = m.row % Math.max(lines.length - 1, 1);
  const at = (index: number, change: (line: string) => string) => lines.map((line, i) => (i === index ? change(line) : line)).join('\n');
  const out = { ...files };
  switch (m.kind) {
    case 'cell': {
      const fields = (lines[row + 1] ?? '').split(',');
      fields[m.column % Math.max(fields.length, 1)] = m.column % 3 === 0 ? quote(m.value) : m.value;
      out[name] = at(row + 1, () => fields.join(','));
      break;
    }
    case 'bom':
      out[name] = `\uFEFF${text}`;
      break;
    case 'crlf':
      out[name] = text.replace(/\n/g, '\r\n');
      break;
    case 'empty':
      out[name] = '';
      break;
    case 'delete':
      delete out[name];
      break;
    case 'truncate':
      out[name] = text.slice(0, m.cut % (text.length + 1));
      break;
    case 'duplicate_header':
      out[name] = at(0, (header) => `${header},${header.split(',')[m.cut % header.split(',').length]}`);
      break;
    case 'rename_header':
      out[name] = at(0, (header) => header.split(',').map((c, i) => (i === m.cut % header.split(',').length ? `${c}x` : c)).join(','));
      break;
    case 'extra_column':
      out[name] = at(row + 1, (line) => `${line},extra`);
      break;
    case 'missing_column':
      out[name] = at(row + 1, (line) => line.split(',').slice(0, -1).join(','));
      break;
    case 'duplicate_row':
      out[name] = at(row + 1, (line) => `${line}\n${line}`);
      break;
  }
  return out;
}

/** The lines of a file as a reader counts them (any line ending). */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

const TABLES = [
  'centres', 'locations', 'location_changes', 'persons', 'next_of_kin', 'custody_episodes', 'legal_status_changes', 'classifications', 'cases',
  'movements', 'stays', 'criminal_groups', 'group_relations', 'memberships', 'non_associations', 'non_association_events',
  'incidents', 'incident_people', 'death_records', 'seizures', 'audit_log',
];

/**
 * The importer under fuzzing: folders made from a valid bundle by hostile mutations (NUL, lone
 * surrogates, cells over 1 MB, years 0000 and 9999, unbalanced quotes, BOM, CRLF, extra and
 * missing columns, duplicate headers, empty and missing files, wrong types) in any file and
 * column. It never throws; every problem names a file of the folder and a line within it; a
 * refused import leaves the database as it was (rows and audit entries); an accepted one leaves
 * an audit chain that verifies. A few of the folders also go through the real `custodia import`.
 */
describe('the importer under fuzzing', { timeout: 240_000 }, () => {
  let db: TestDatabase;
  let work: string;
  let runs = 0;
  let cliDatabase: CliDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    work = mkdtempSync(path.join(os.tmpdir(), 'custodia-fuzz-'));
    cliDatabase = await createCliDatabase();
  });
  afterAll(async () => {
    await db?.close();
    await cliDatabase?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const writeFolder = (files: Record<string, string>) => {
    runs += 1;
    const dir = path.join(work, `run-${runs}`);
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  };

  const counts = async () => {
    const found: Record<string, number> = {};
    for (const table of TABLES) {
      const result = (await db.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as { rows: { n: number }[] };
      found[table] = result.rows[0]?.n ?? -1;
    }
    return found;
  };

  /** Every issue names a file of the folder and a line within it. */
  const expectWellPlaced = (issues: readonly ImportIssue[], files: Record<string, string>) => {
    for (const issue of issues) {
      expect(Object.keys(files), JSON.stringify(issue)).toContain(issue.file);
      expect(issue.line, JSON.stringify(issue)).toBeGreaterThanOrEqual(0);
      expect(issue.line, JSON.stringify(issue)).toBeLessThanOrEqual(lineCount(files[issue.file] as string));
      expect(typeof issue.code).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
    }
  };

  const folders = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce(mutate, validFolder()));

  it('never throws, names file and line for every problem, and writes all or nothing', async () => {
    // The folder the mutations start from is itself valid, extension files included.
    const valid = readBundle(writeFolder(validFolder()), { language: 'en' });
    expect((await importBundle(db.db, { actor: SYSTEM_ACTOR }, valid.bundle, valid, { dryRun: true, language: 'en' })).errors).toEqual([]);
    await fc.assert(
      fc.asyncProperty(folders, async (files) => {
        const dir = writeFolder(files);
        const before = await counts();
        const parsed = readBundle(dir, { language: 'en' });
        const outcome = await importBundle(db.db, { actor: SYSTEM_ACTOR }, parsed.bundle, parsed, { dryRun: false, language: 'en', sources: parsed.sources });
        expectWellPlaced([...outcome.errors, ...outcome.warnings], files);
        if (outcome.ok) expect((await verifyAuditChain(db.db)).ok).toBe(true);
        else expect(await counts()).toEqual(before);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 40, seed: 20261206 },
    );
  });

  it('answers in JSON through the real command line, exit code 0 or 1', async () => {
    const samples = fc.sample(folders, { numRuns: 3, seed: 7 });
    for (const files of samples) {
      const dir = writeFolder(files);
      const result: CliResult = await runCustodia(['import', dir, '--json'], { db: cliDatabase.target });
      expect([0, 1], result.stderr).toContain(result.code);
      const outcome = JSON.parse(result.stdout) as { ok: boolean; errors: ImportIssue[] };
      expect(outcome.ok).toBe(result.code === 0);
      expectWellPlaced(outcome.errors, files);
    }
  });
});
