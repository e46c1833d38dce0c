import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing/index.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { assembleEntries, recordDeath } from '../deaths/index.ts';
import { listDeaths } from '../roll/index.ts';
import type { ImportIssue } from './bundle.ts';
import { exportBundle, importBundle, readBundle, writeBundle } from './index.ts';
import { filesOf, SMALL_ESTATE, SMALL_INCIDENTS } from './testing.ts';

const NOW = new Date('2026-01-10T12:00:00Z');
const DIRECTOR = { roles: ['director' as const], caseload: { all: true, centres: [] } };

/** The small estate with its incidents, and a death recorded as a movement only (P0000003, at Machala). */
function sourceFiles(): Record<string, string> {
  const files = filesOf(SMALL_ESTATE, SMALL_INCIDENTS);
  return { ...files, 'movements.csv': `${files['movements.csv']}2025-10-15T09:00:00Z,P0000003,death,,Hallado sin vida en la celda\n` };
}

let work: string;
let runs = 0;
function folderOf(files: Record<string, string>): string {
  runs += 1;
  const dir = path.join(work, `folder-${runs}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
const readFolder = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));

async function importFolder(db: TestDatabase, dir: string) {
  const parsed = readBundle(dir, { language: 'en' });
  return importBundle(db.db, { actor: SYSTEM_ACTOR }, parsed.bundle, parsed, { dryRun: false, language: 'en' });
}

/** The register as its readers see it, less when and by whom each entry's details were written. */
async function registerOf(db: TestDatabase) {
  const entries = await assembleEntries(db.db, await listDeaths(db.db, { centres: null }), NOW);
  return entries.map(({ record, ...entry }) => ({ ...entry, record: record && { ...record, recordedAt: null, recordedBy: null } }));
}

const TABLES = ['incidents', 'incident_people', 'death_records', 'seizures', 'movements', 'persons', 'audit_log'];
async function counts(db: TestDatabase) {
  const found: Record<string, number> = {};
  for (const table of TABLES) {
    const result = (await db.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as { rows: { n: number }[] };
    found[table] = result.rows[0]?.n ?? -1;
  }
  return found;
}

const where = (issues: readonly ImportIssue[]) => issues.map((i) => [i.file, i.line, i.column, i.code]);

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'custodia-incidents-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * incidents.csv, incident_people.csv, deaths.csv and seizures.csv: an estate with incidents,
 * people involved, deaths (one from deaths.csv, one a movement only, one recorded in the
 * register) and finds, exported, imported into an empty database and exported again gives
 * byte-identical folders and the same register.
 */
describe('export and import of incidents, deaths and seizures', { timeout: 240_000 }, () => {
  let source: TestDatabase;
  let target: TestDatabase;
  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('gives back the same folder and the same register after a round trip through an empty database', async () => {
    expect((await importFolder(source, folderOf(sourceFiles()))).errors).toEqual([]);
    await recordDeath(source.db, DIRECTOR, { actor: SYSTEM_ACTOR, clock: fixedClock(NOW) }, {
      person: 'P0000004',
      at: new Date('2025-11-01T06:00:00Z'),
      location: 'MAC-P2-A-001',
      cause: 'natural',
      circumstances: 'Paro cardíaco, "según el parte médico"',
      foundBy: null,
      incident: null,
    });
    // Casualties recorded on the report (as the incident module records them) count in its totals:
    // a person in two roles once, at their worst injury; staff too.
    await source.db.execute(sql`update incident_people set injury = 'fatal' where person = 'P0000002'`);
    await source.db.execute(sql`update incident_people set injury = case role when 'injured' then 'serious' else 'minor' end where person = 'P0000001'`);
    await source.db.execute(sql`insert into incident_staff (incident, name, role, injury, added_at, added_by)
      values ('LIT-INC-2025-000001', 'Guía Pérez', 'responder', 'fatal', now(), 'system')`);

    const first = path.join(work, 'first');
    const second = path.join(work, 'second');
    writeBundle(first, await exportBundle(source.db));
    const exported = readFolder(first);
    expect(exported['deaths.csv']).toBe(
      'person,at,location,cause,incident,description\n' +
        'P0000002,2025-09-02T12:00:00.000Z,LIT-P1-A-002,homicide,LIT-INC-2025-000001,Herida de arma blanca en el patio\n' +
        'P0000003,2025-10-15T09:00:00.000Z,MAC-P1-A-001,pending,,\n' +
        'P0000004,2025-11-01T06:00:00.000Z,MAC-P2-A-001,natural,,"Paro cardíaco, ""según el parte médico"""\n',
    );
    // Every death is on the roll as a movement too, once.
    expect(exported['movements.csv']?.match(/,death,/g)).toHaveLength(3);
    expect(exported['incidents.csv']).toContain('LIT-INC-2025-000001,LIT,LIT-P2,riot,2025-09-02T10:00:00.000Z,2025-09-02T19:30:00.000Z,3,4,');
    expect(exported['incident_people.csv']?.split('\n')).toHaveLength(6);
    expect(exported['seizures.csv']).toContain('MAC-SZ-2025-0001,2025-09-20T08:30:00.000Z,MAC,MAC-P1-A-001,phone,12,P0000003,MAC-INC-2025-000001\n');

    expect((await importFolder(target, first)).errors).toEqual([]);
    writeBundle(second, await exportBundle(target.db));
    expect(readFolder(second)).toEqual(exported);
    expect(await registerOf(target)).toEqual(await registerOf(source));
    const statuses = (await target.db.execute(sql`select distinct status from incidents`)) as { rows: { status: string }[] };
    expect(statuses.rows).toEqual([{ status: 'closed' }]);
  });
});

describe('refused incidents, deaths and seizures', { timeout: 240_000 }, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.close());

  it('names file, line and column of each bad row and writes nothing', async () => {
    const files = filesOf(SMALL_ESTATE, SMALL_INCIDENTS);
    const bad = {
      ...files,
      // line 5: ends before it starts
      'incidents.csv': `${files['incidents.csv']}LIT-INC-2025-000002,LIT,,fight,2025-09-03T10:00:00Z,2025-09-03T09:00:00Z,0,1,Pelea\n`,
      // line 6: P0000004 was at Machala, not the Litoral
      'incident_people.csv': `${files['incident_people.csv']}LIT-INC-2025-000001,P0000004,witness\n`,
      // line 3: before P0000001's admission (2024-06-01)
      'deaths.csv': `${files['deaths.csv']}P0000001,2024-01-01T00:00:00Z,LIT-P2-A-001,natural,,\n`,
      // line 4: a negative quantity
      'seizures.csv': `${files['seizures.csv']}LIT-SZ-2025-0002,2025-09-04T10:00:00Z,LIT,,drugs,-2,,\n`,
    };
    const before = await counts(db);
    const outcome = await importFolder(db, folderOf(bad));
    expect(where(outcome.errors)).toEqual([
      ['incidents.csv', 5, 'ended_at', 'IMPORT_ENDS_BEFORE_START'],
      ['incident_people.csv', 6, 'person', 'IMPORT_NOT_IN_CENTRE'],
      ['deaths.csv', 3, 'at', 'IMPORT_DEATH_BEFORE_ADMISSION'],
      ['seizures.csv', 4, 'quantity', 'IMPORT_INVALID_NUMBER'],
    ]);
    expect(outcome.errors.map((e) => e.message)).toEqual([
      'The end (2025-09-03T09:00:00.000Z) is earlier than the start (2025-09-03T10:00:00.000Z).',
      'The person "P0000004" was not in custody at the centre "LIT" at 2025-09-02T10:00:00.000Z.',
      "The death (2024-01-01T00:00:00.000Z) is earlier than the person's admission (2024-06-01T15:00:00.000Z).",
      'Invalid number "-2": expected a whole number from 1 to 1000000.',
    ]);
    expect(await counts(db)).toEqual(before);
  });

  it('takes a death in both deaths.csv and movements.csv at the same time as one death, and refuses two times', async () => {
    const files = filesOf(SMALL_ESTATE, SMALL_INCIDENTS);
    const movement = (at: string) => ({ ...files, 'movements.csv': `${files['movements.csv']}${at},P0000002,death,,\n` });
    const same = readBundle(folderOf(movement('2025-09-02T07:00:00-05:00')), { language: 'en' });
    const dryRun = await importBundle(db.db, { actor: SYSTEM_ACTOR }, same.bundle, same, { dryRun: true, language: 'en' });
    expect(dryRun.errors).toEqual([]);
    const before = await counts(db);
    const outcome = await importFolder(db, folderOf(movement('2025-09-02T13:00:00Z')));
    expect(where(outcome.errors)).toEqual([['deaths.csv', 2, 'at', 'IMPORT_DEATH_TIME_MISMATCH']]);
    expect(await counts(db)).toEqual(before);
  });

  it('checks people involved against the roll the database already holds', async () => {
    expect((await importFolder(db, SMALL_ESTATE)).errors).toEqual([]);
    const later = {
      'incidents.csv': 'id,centre,location,type,started_at,ended_at,deaths,injuries,description\nMAC-INC-2025-000009,MAC,,protest,2025-09-10T10:00:00Z,,0,0,Protesta\n',
      'incident_people.csv': 'incident,person,role\nMAC-INC-2025-000009,P0000003,present\nMAC-INC-2025-000009,P0000001,present\n',
    };
    const before = await counts(db);
    const outcome = await importFolder(db, folderOf(later));
    expect(where(outcome.errors)).toEqual([['incident_people.csv', 3, 'person', 'IMPORT_NOT_IN_CENTRE']]);
    expect(await counts(db)).toEqual(before);
    const fixed = { ...later, 'incident_people.csv': 'incident,person,role\nMAC-INC-2025-000009,P0000003,present\n' };
    expect((await importFolder(db, folderOf(fixed))).errors).toEqual([]);
  });
});
