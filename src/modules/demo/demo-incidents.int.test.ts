import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing/index.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { exportBundle, importBundle, type ImportOutcome } from '../interchange/index.ts';
import { generateDemoEstate } from './generate-demo-estate.ts';

// The demo's year (to 15 January 2026) holds riots, deaths, escapes still at large and recaptures.
const NOW = new Date('2026-01-15T12:00:00Z');

describe('a year of incidents, deaths and finds loaded through the importer', () => {
  let db: TestDatabase;
  let outcome: ImportOutcome;
  const { bundle, estimatedCapacity } = generateDemoEstate({ seed: 12, people: 3000, now: NOW });

  beforeAll(async () => {
    db = await createTestDatabase();
    outcome = await importBundle(db.db, { actor: SYSTEM_ACTOR }, bundle, { counts: {}, issues: [] }, { dryRun: false, language: 'es', estimatedCapacity });
  });
  afterAll(() => db.close());

  it('imports without a single error', () => {
    expect(outcome.errors).toEqual([]);
    expect(outcome.ok).toBe(true);
  });

  it('keeps every report, person involved, death and find, and takes the dead off the roll', async () => {
    const exported = await exportBundle(db.db);
    const strip = <T extends { line: number }>(rows: readonly T[], key: (row: Omit<T, 'line'>) => string) =>
      rows.map(({ line: _line, ...row }) => row).sort((a, b) => key(a).localeCompare(key(b)));
    expect(strip(exported.incidents, (i) => i.id)).toEqual(strip(bundle.incidents, (i) => i.id));
    expect(exported.incidentPeople).toHaveLength(bundle.incidentPeople.length);
    expect(strip(exported.deaths, (d) => d.person)).toEqual(strip(bundle.deaths, (d) => d.person));
    expect(strip(exported.seizures, (s) => s.id)).toEqual(strip(bundle.seizures, (s) => s.id));
    const onRoll = new Set(exported.custody.map((c) => c.person));
    for (const death of bundle.deaths) expect(onRoll.has(death.person)).toBe(false);
  });
});
