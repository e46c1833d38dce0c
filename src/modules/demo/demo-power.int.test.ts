import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing/index.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { powerMap, type PavilionPower } from '../housing/index.ts';
import { bundleToCsvTexts, exportBundle, importBundle } from '../interchange/index.ts';
import { generateDemoEstate } from './generate-demo-estate.ts';
import { LARGE_PAVILION } from './memberships.ts';

// The demonstration's own "now": every date in the estate is drawn before it, and the power map is read at it.
const NOW = new Date('2026-01-15T12:00:00Z');

describe('the demonstration estate loaded through the importer', () => {
  let db: TestDatabase;
  const { bundle, estimatedCapacity } = generateDemoEstate({ seed: 2021, people: 4000, now: NOW });
  const pavilions: (PavilionPower & { centre: string })[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const outcome = await importBundle(db.db, { actor: SYSTEM_ACTOR }, bundle, { counts: {}, issues: [] }, { dryRun: false, language: 'es', estimatedCapacity });
    expect(outcome.errors).toEqual([]);
    for (const centre of bundle.centres) {
      const map = await powerMap(db.db, centre.code, NOW);
      pavilions.push(...map.pavilions.map((p) => ({ ...p, centre: centre.code })));
    }
  });
  afterAll(() => db.close());

  it('shows on the power map a dominant group and its leader in every large pavilion', () => {
    const large = pavilions.filter((p) => p.onRoll >= LARGE_PAVILION);
    expect(large.length).toBeGreaterThan(5);
    for (const p of large) {
      expect(p.dominant, p.code).not.toBeNull();
      expect(p.leaders.filter((l) => l.role === 'leader').map((l) => l.group), p.code).toEqual([p.dominant?.code]);
    }
  });

  it('shows rivals of the dominant group inside some pavilions', () => {
    expect(pavilions.some((p) => p.dominant !== null && p.rivals.length > 0)).toBe(true);
  });

  it('holds the groups, relations, memberships and non-associations it was given, and exports them as given', async () => {
    const exported = await exportBundle(db.db);
    const texts = bundleToCsvTexts(exported);
    const given = bundleToCsvTexts(bundle);
    // Groups come back in code order; the rest in the order the demo writes them.
    expect(exported.groups.map((g) => g.code)).toEqual(bundle.groups.map((g) => g.code).sort());
    expect(exported.groupRelations).toHaveLength(bundle.groupRelations.length);
    for (const file of ['memberships.csv', 'non_associations.csv'] as const) expect(texts[file]).toBe(given[file]);
  });
});
