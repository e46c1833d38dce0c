import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing/index.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { generateDemoEstate } from '../demo/index.ts';
import { importBundle } from '../interchange/index.ts';
import { computeRollAt } from '../roll/index.ts';
import { midnightOf, nextDay } from './calendar.ts';
import { computeStatistics, loadStatistics } from './compute-statistics.ts';
import { buildOpenData, openDataFiles, renderOpenDataFile } from './open-data.ts';
import type { StatsReport } from './schemas.ts';
import { openDataProblems } from './testing.ts';

// The demonstration estate at a small size: a year of history (to 15 January 2026) with
// admissions, releases, transfers, escapes, recaptures, deaths, incidents and finds.
const NOW = new Date('2026-01-15T12:00:00Z');
const NATIONAL = { caseload: { all: true, centres: [] } };

describe('official statistics agree with the roll, the deaths register and the movements (direct SQL)', { timeout: 60_000 }, () => {
  let db: TestDatabase;
  let report: StatsReport;
  let zones: Map<string, string>;
  const { bundle, estimatedCapacity } = generateDemoEstate({ seed: 21, people: 2500, now: NOW });
  const period = { from: '2025-02-01', to: '2025-12-31' };

  beforeAll(async () => {
    db = await createTestDatabase();
    const outcome = await importBundle(db.db, { actor: SYSTEM_ACTOR }, bundle, { counts: {}, issues: [] }, { dryRun: false, language: 'es', estimatedCapacity });
    expect(outcome.errors).toEqual([]);
    report = await computeStatistics(db.db, period);
    zones = new Map((await db.raw('select code, timezone from centres')).map((r) => [String(r.code), String(r.timezone)]));
    // Importing a year of 2,500 people takes a while on a busy machine.
  }, 300_000);
  afterAll(() => db.close());

  /** One figure per centre by SQL, over the centre's days of the period. */
  const perCentre = async (query: string): Promise<Map<string, number>> => {
    const rows = await db.raw(
      `with c as (select code, timezone,
                         ($1::date)::timestamp at time zone timezone as t0,
                         ($2::date + 1)::timestamp at time zone timezone as t1 from centres)
       ${query}`,
      [period.from, period.to],
    );
    return new Map(rows.map((r) => [String(r.code), Number(r.n)]));
  };

  it('has figures for every centre, and some of everything to compare', () => {
    expect(report.centres).toHaveLength(zones.size);
    expect(report.totals.deaths.total).toBeGreaterThan(0);
    expect(report.totals.escapes).toBeGreaterThan(0);
    expect(report.totals.admissions).toBeGreaterThan(0);
    expect(report.totals.releases).toBeGreaterThan(0);
    expect(Object.values(report.totals.incidents).reduce((s, n) => s + n, 0)).toBeGreaterThan(0);
  });

  it('puts on roll at the end exactly whom the roll has on roll at that instant, with the same pretrial count', async () => {
    for (const centre of report.centres) {
      const end = new Date(midnightOf(nextDay(period.to), zones.get(centre.code) as string));
      const roll = await computeRollAt(db.db, NATIONAL, end, { centre: centre.code });
      const line = roll.centres[0];
      expect({ code: centre.code, on_roll: centre.on_roll_end, pretrial: centre.pretrial_end, design: centre.design_capacity }).toEqual({
        code: centre.code,
        on_roll: line?.on_roll,
        pretrial: line?.pretrial,
        design: line?.design_capacity,
      });
    }
    expect(report.totals.on_roll_end).toBe(report.centres.reduce((s, c) => s + c.on_roll_end, 0));
  });

  it('averages the population over the days as SQL counts the stays at each day end', async () => {
    const expected = await perCentre(`
      select c.code, avg((select count(*) from stays s where s.centre = c.code and s.valid_from <= e.t and (s.valid_to is null or s.valid_to > e.t))) as n
      from c cross join lateral (
        select (d::date + 1)::timestamp at time zone c.timezone as t from generate_series($1::date, $2::date, interval '1 day') d
      ) e group by c.code`);
    for (const centre of report.centres) expect([centre.code, centre.average_population]).toEqual([centre.code, Math.round((expected.get(centre.code) ?? 0) * 100) / 100]);
  });

  it('counts the deaths of the register by cause, on the day of death in the centre', async () => {
    const total = await perCentre(`select c.code, count(m.*) as n from c left join movements m on m.type = 'death' and m.from_centre = c.code and m.at >= c.t0 and m.at < c.t1 group by c.code`);
    const homicides = await perCentre(`
      select c.code, count(m.*) as n from c left join movements m on m.type = 'death' and m.from_centre = c.code and m.at >= c.t0 and m.at < c.t1
        and exists (select 1 from death_records r where r.person = m.person and r.cause = 'homicide') group by c.code`);
    for (const centre of report.centres) {
      expect([centre.code, centre.deaths.total, centre.deaths.homicide]).toEqual([centre.code, total.get(centre.code), homicides.get(centre.code)]);
      const sum = Object.entries(centre.deaths).filter(([k]) => k !== 'total').reduce((s, [, n]) => s + n, 0);
      expect(sum).toBe(centre.deaths.total);
    }
    const [register] = await db.raw(`select count(*)::int as n from movements where type = 'death' and at >= '2025-02-01T05:00:00Z' and at < '2026-01-01T05:00:00Z'`);
    expect(report.totals.deaths.total).toBe(register?.n);
  });

  it('counts escapes, recaptures, admissions and releases as the movements have them', async () => {
    const count = (type: string, side: 'from_centre' | 'to_centre') =>
      perCentre(`select c.code, count(m.*) as n from c left join movements m on m.type = '${type}' and m.${side} = c.code and m.at >= c.t0 and m.at < c.t1 group by c.code`);
    const [escapes, recaptures, admissions, releases] = await Promise.all([count('escape', 'from_centre'), count('recapture', 'from_centre'), count('admission', 'to_centre'), count('release', 'from_centre')]);
    for (const c of report.centres) {
      expect([c.code, c.escapes, c.recaptures, c.admissions, c.releases]).toEqual([c.code, escapes.get(c.code), recaptures.get(c.code), admissions.get(c.code), releases.get(c.code)]);
    }
  });

  it('counts incidents by type and seizures by item as the reports and finds have them', async () => {
    const incidents = await db.raw(`
      select i.centre, i.type, count(*)::int as n from incidents i join centres c on c.code = i.centre
      where i.started_at >= ($1::date)::timestamp at time zone c.timezone and i.started_at < ($2::date + 1)::timestamp at time zone c.timezone
        and i.status not in ('duplicate', 'not_reportable') group by i.centre, i.type`, [period.from, period.to]);
    expect(incidents.length).toBeGreaterThan(0);
    for (const row of incidents) {
      const centre = report.centres.find((c) => c.code === row.centre);
      expect([row.centre, row.type, centre?.incidents[row.type as keyof StatsReport['totals']['incidents']]]).toEqual([row.centre, row.type, row.n]);
    }
    const seizures = await db.raw(`
      select s.centre, s.item, sum(s.quantity)::int as n from seizures s join centres c on c.code = s.centre
      where s.at >= ($1::date)::timestamp at time zone c.timezone and s.at < ($2::date + 1)::timestamp at time zone c.timezone group by s.centre, s.item`, [period.from, period.to]);
    for (const row of seizures) {
      const centre = report.centres.find((c) => c.code === row.centre);
      expect([row.centre, row.item, centre?.seizures[row.item as keyof StatsReport['totals']['seizures']]]).toEqual([row.centre, row.item, row.n]);
    }
  });

  it('gives a month by month series whose months add up to the period', async () => {
    const { statisticsSeries } = await import('./compute-statistics.ts');
    const series = await statisticsSeries(db.db, period);
    expect(series.months).toEqual(['2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    const sum = (key: 'admissions' | 'escapes' | 'releases') => series.totals.reduce((s, p) => s + p[key], 0);
    expect([sum('admissions'), sum('escapes'), sum('releases')]).toEqual([report.totals.admissions, report.totals.escapes, report.totals.releases]);
    expect(series.totals.reduce((s, p) => s + p.deaths.total, 0)).toBe(report.totals.deaths.total);
    // The last month ends where the period ends.
    expect(series.totals.at(-1)?.on_roll_end).toBe(report.totals.on_roll_end);
  });

  it('publishes open data of the estate with no personal field or value and no small count shown, in every file', async () => {
    const set = buildOpenData(await loadStatistics(db.db, period, null));
    const files = Object.fromEntries(openDataFiles(set).map((f) => [f.name, renderOpenDataFile(set, f.name)?.body ?? '']));
    expect(Object.keys(files)).toHaveLength(11);
    const people = (await db.raw('select id, national_id, given_names, family_names from persons')).map((p) => ({
      id: String(p.id),
      nationalId: p.national_id === null ? null : String(p.national_id),
      given: String(p.given_names),
      family: String(p.family_names),
    }));
    expect(await openDataProblems(files, people)).toEqual([]);
    // Population figures are published as they are; the year's row is the period's figures.
    expect(set.tables.national_annual.rows[0]).toMatchObject({ period: '2025', average_population: report.totals.average_population, on_roll_end: report.totals.on_roll_end });
    const shown = set.tables.centres_monthly.rows.filter((r) => typeof r.deaths_total === 'number' && r.deaths_total >= 5);
    const hidden = set.tables.centres_monthly.rows.filter((r) => r.deaths_total === '<5');
    expect(hidden.length + shown.length).toBeGreaterThan(0);
  });
});
