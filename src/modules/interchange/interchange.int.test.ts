import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing/index.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { computeRoll } from '../roll/index.ts';
import { bundleToCsvTexts, exportBundle, importBundle, readBundle, type ImportOutcome } from './index.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'estate-small');
const NATIONAL = { caseload: { all: true, centres: [] } };
const context = { actor: SYSTEM_ACTOR };

async function importDir(db: TestDatabase, dir: string, dryRun = false): Promise<ImportOutcome> {
  const parsed = readBundle(dir, { language: 'en', now: new Date('2026-01-01T00:00:00Z') });
  return importBundle(db.db, context, parsed.bundle, parsed, { dryRun, language: 'en' });
}

/** The fixture with some files replaced, in a folder of its own. */
function variant(changes: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'custodia-import-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) writeFileSync(path.join(dir, file), text);
  return dir;
}

const fixture = (file: string) => readFileSync(path.join(FIXTURE, file), 'utf8');

async function tableCounts(db: TestDatabase) {
  const counts: Record<string, number> = {};
  for (const table of ['centres', 'locations', 'persons', 'custody_episodes', 'movements', 'stays', 'audit_log']) {
    counts[table] = Number((await db.raw(`select count(*)::int as n from ${table}`))[0]?.n);
  }
  return counts;
}

describe('import and export (interchange format v1)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('reports every error with file, line, column and code, and writes nothing', async () => {
    const dir = variant({
      'persons.csv': `${fixture('persons.csv')}P0000002,,Duplicado,Repetido,,1990-01-01,M,ECU\n`,
      'custody.csv':
        fixture('custody.csv') +
        'P0000005,LIT,2025-02-30T10:00:00Z,pretrial,robbery,5,2025-02-01,low,\n' +
        'P0000005,LIT,2025-05-01T10:00:00Z,pretrial,shoplifting,5,2025-05-01,low,\n' +
        'P0000001,LIT,2025-05-01T10:00:00Z,sentenced,robbery,5,,low,\n' +
        'P0000002,LIT,2025-05-01T10:00:00Z,sentenced,robbery,5,,low,LIT-P9-Z-999\n',
    });
    const before = await tableCounts(db);
    const outcome = await importDir(db, dir);
    expect(outcome.ok).toBe(false);
    const found = outcome.errors.map((e) => [e.file, e.line, e.column, e.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['persons.csv', 7, 'id', 'IMPORT_DUPLICATE_ID'],
        ['custody.csv', 6, 'admitted_at', 'IMPORT_INVALID_TIME'],
        ['custody.csv', 7, 'offence', 'IMPORT_UNKNOWN_OFFENCE'],
        ['custody.csv', 8, 'person', 'IMPORT_ALREADY_IN_CUSTODY'],
        ['custody.csv', 9, 'person', 'IMPORT_ALREADY_IN_CUSTODY'],
        ['custody.csv', 9, 'location', 'IMPORT_UNKNOWN_LOCATION'],
      ]),
    );
    for (const e of outcome.errors) expect(e.message.length).toBeGreaterThan(10);
    expect(await tableCounts(db)).toEqual(before);
    rmSync(dir, { recursive: true });
  });

  it('refuses a movement impossible in the person\'s state, naming its line', async () => {
    const dir = variant({
      'movements.csv': `${fixture('movements.csv')}2025-10-05T09:00:00Z,P0000005,court_out,,Audiencia\n2025-06-01T09:00:00Z,P0000002,internal_move,LIT-P1-A,Reubicación\n`,
    });
    const outcome = await importDir(db, dir, true);
    expect(outcome.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [6, 'type', 'IMPORT_NOT_IN_CUSTODY'],
      [7, 'to', 'IMPORT_LOCATION_NOT_CELL'],
    ]);
    rmSync(dir, { recursive: true });
  });

  it('checks a valid folder in a dry run without writing', async () => {
    const before = await tableCounts(db);
    const outcome = await importDir(db, FIXTURE, true);
    expect(outcome).toEqual({ ok: true, errors: [], counts: { 'centres.csv': 2, 'locations.csv': 13, 'persons.csv': 5, 'custody.csv': 4, 'movements.csv': 4 } });
    expect(await tableCounts(db)).toEqual(before);
  });

  it('imports, applying movements as if recorded live', async () => {
    const outcome = await importDir(db, FIXTURE);
    expect(outcome.ok).toBe(true);
    const roll = await computeRoll(db.db, NATIONAL);
    const lit = roll.centres.find((c) => c.code === 'LIT');
    const mac = roll.centres.find((c) => c.code === 'MAC');
    // P1, P2 stay at LIT; P3 transferred to MAC; P4 at MAC; P5 admitted and released.
    expect(lit).toMatchObject({ on_roll: 2, in: 2, pretrial: 1, design_capacity: 18 });
    expect(mac).toMatchObject({ on_roll: 2, pretrial: 2, design_capacity: 4, occupancy: 0.5 });
    expect(roll.totals).toMatchObject({ on_roll: 4, pretrial: 3 });
    const [p2] = await db.raw(`select location from stays where person = 'P0000002' and valid_to is null`);
    expect(p2?.location).toBe('LIT-P1-A-002');
    const [p5] = await db.raw(`select released_at, release_reason from custody_episodes where person = 'P0000005'`);
    expect(p5?.release_reason).toBe('alternative_measure');
    const audit = await db.raw(`select subject_id from audit_log where action = 'import.applied' order by seq`);
    expect(audit.map((a) => a.subject_id)).toEqual(['centres.csv', 'locations.csv', 'persons.csv', 'custody.csv', 'movements.csv']);
  });

  it('refuses to import the same folder twice, writing nothing', async () => {
    const before = await tableCounts(db);
    const outcome = await importDir(db, FIXTURE);
    expect(outcome.ok).toBe(false);
    expect(outcome.errors.filter((e) => e.code === 'IMPORT_EXISTS')).toHaveLength(2 + 13 + 5);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('gives the national figures a direct SQL count gives', async () => {
    const roll = await computeRoll(db.db, NATIONAL);
    const [direct] = await db.raw(`
      select (select count(*) from custody_episodes where released_at is null)::int as on_roll,
             (select count(*) from custody_episodes where released_at is null and legal_status = 'pretrial')::int as pretrial,
             (select sum(design_capacity) from locations where status = 'active' and kind in ('cell','reception','isolation','health'))::int as design`);
    expect(roll.totals.on_roll).toBe(direct?.on_roll);
    expect(roll.totals.pretrial).toBe(direct?.pretrial);
    expect(roll.totals.design_capacity).toBe(direct?.design);
  });

  it('exports what imports into an empty database as the same estate, people and roll', async () => {
    const exported = await exportBundle(db.db);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'custodia-export-'));
    for (const [file, text] of Object.entries(bundleToCsvTexts(exported))) writeFileSync(path.join(dir, file), text);

    const fresh = await createTestDatabase();
    try {
      const outcome = await importDir(fresh, dir);
      expect(outcome.errors).toEqual([]);
      const again = await exportBundle(fresh.db);
      expect(bundleToCsvTexts(again)).toEqual(bundleToCsvTexts(exported));
      const [a, b] = await Promise.all([computeRoll(db.db, NATIONAL), computeRoll(fresh.db, NATIONAL)]);
      expect(b.centres).toEqual(a.centres);
      const where = `select person, centre, location, state from stays where valid_to is null order by person`;
      expect(await fresh.raw(where)).toEqual(await db.raw(where));
    } finally {
      await fresh.close();
      rmSync(dir, { recursive: true });
    }
  });
});
