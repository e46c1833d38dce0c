import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing/index.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { listRegisterEntries, type RegisterEntry } from '../deaths/index.ts';
import { drawAftermath } from './aftermath.ts';
import { loadDemoEstate, type DemoLoadResult } from './load-demo-estate.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const SEED = 12;

async function rowsOf<T>(db: TestDatabase, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.db.execute(query)) as { rows: T[] }).rows;
}

describe('the demonstration: what its services did after the deaths and where its finds were made', () => {
  let db: TestDatabase;
  let loaded: DemoLoadResult;
  let entries: RegisterEntry[];

  beforeAll(async () => {
    db = await createTestDatabase();
    loaded = await loadDemoEstate(db.db, { actor: SYSTEM_ACTOR }, { seed: SEED, people: 6000, now: NOW, language: 'es' });
    entries = await listRegisterEntries(db.db, { centres: null }, NOW);
  });
  afterAll(() => db.close());

  it('shows almost every death with its notices given, and only a few overdue', () => {
    expect(loaded.outcome.ok).toBe(true);
    expect(entries.length).toBe(loaded.estate.bundle.deaths.length);
    expect(entries.length).toBeGreaterThan(20);
    const overdue = entries.filter((e) => e.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThanOrEqual(Math.max(4, Math.ceil(entries.length * 0.05)));
    // Given: in time, or late (made after the 24 hours, which the register shows as such).
    const given = (state: string) => state === 'done' || state === 'late';
    const notified = entries.filter((e) => given(e.alerts.nextOfKin.state) && given(e.alerts.authority.state));
    expect(notified.length / entries.length).toBeGreaterThan(0.9);
    const inTime = entries.filter((e) => e.alerts.nextOfKin.state === 'done' && e.alerts.authority.state === 'done');
    expect(inTime.length / entries.length).toBeGreaterThan(0.75);
  });

  it('leaves an old death overdue for an auditor to find, not only recent ones', () => {
    const monthAgo = NOW.getTime() - 30 * 24 * 3_600_000;
    expect(entries.some((e) => e.overdue && e.at.getTime() < monthAgo)).toBe(true);
  });

  it('records investigation and autopsy for homicides, each obligation after the death, by whom and audited', async () => {
    const homicides = entries.filter((e) => e.cause === 'homicide' && NOW.getTime() - e.at.getTime() > 3 * 24 * 3_600_000);
    expect(homicides.length).toBeGreaterThan(0);
    for (const e of homicides) {
      const done = new Set(e.obligations.map((o) => o.obligation));
      expect(done.has('investigation_opened') && done.has('autopsy')).toBe(true);
    }
    const all = entries.flatMap((e) => e.obligations.map((o) => ({ o, at: e.at })));
    for (const { o, at } of all) {
      expect(o.doneAt.getTime()).toBeGreaterThanOrEqual(Math.floor(at.getTime() / 60_000) * 60_000);
      expect(o.doneAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(o.doneBy).not.toBe('');
    }
    const [audited] = await rowsOf<{ rows: number }>(db, sql`select (new_values->>'rows')::int as rows from audit_log where action = 'import.applied' and subject_id = 'demo:death_obligations'`);
    expect(Number(audited?.rows)).toBe(all.length);
  });

  it('has searches of every kind of result, with most finds made in one at their place and moment', async () => {
    const searches = await rowsOf<{ result: string; kind: string; n: number }>(db, sql`select result, kind, count(*)::int as n from searches group by 1, 2`);
    const results = new Set(searches.map((s) => s.result));
    expect(results.has('items_found') && results.has('nothing_found')).toBe(true);
    expect(new Set(searches.map((s) => s.kind)).has('intelligence_led')).toBe(true);
    const [finds] = await rowsOf<{ total: number; in_search: number; mismatched: number; empty_found: number }>(
      db,
      sql`select count(*)::int as total, count(z.search)::int as in_search,
                 count(*) filter (where s.id is not null and (s.location is distinct from z.location or s.started_at <> z.at or s.centre <> z.centre))::int as mismatched,
                 (select count(*)::int from searches x where x.result = 'items_found' and not exists (select 1 from seizures y where y.search = x.id)) as empty_found
          from seizures z left join searches s on s.id = z.search`,
    );
    expect(Number(finds?.in_search) / Number(finds?.total)).toBeGreaterThan(0.6);
    expect(Number(finds?.in_search)).toBeLessThan(Number(finds?.total));
    expect(Number(finds?.mismatched)).toBe(0);
    expect(Number(finds?.empty_found)).toBe(0);
  });

  it('draws the same searches from the same seed, the ones the estate holds', async () => {
    const again = drawAftermath(loaded.estate.bundle, SEED, NOW);
    const stored = await rowsOf<{ id: string }>(db, sql`select id::text as id from searches order by id`);
    expect(stored.map((s) => s.id)).toEqual(again.searches.map((s) => s.id).sort());
  });
});
