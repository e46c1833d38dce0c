import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, openForTests } from '../../db/testing/index.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import type { TestClient } from '../../server/testing.ts';
import { useTestApp } from '../../server/testing.ts';
import { computeStatistics, loadStatistics, seriesOf } from './compute-statistics.ts';
import { readStatistics } from './read-statistics.ts';
import type { StatsReport } from './schemas.ts';
import { importInventedEstate, INVENTED_PERIOD } from './testing.ts';

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

describe('official statistics of a small invented estate, worked out by hand', () => {
  const db = openForTests('the database', createTestDatabase);
  let report: StatsReport;

  beforeAll(async () => {
    await importInventedEstate(db().db);
    report = await computeStatistics(db().db, INVENTED_PERIOD);
  });

  it('averages the population over the ten days of each centre, in its own time zone', () => {
    // LIT (UTC−5), on roll at the end of each day (midnight in Guayaquil):
    //   1 Mar P1 P2 P3 P7 = 4 · 2 Mar 4 · 3 Mar +P6 admitted = 5 · 4 Mar −P7 transferred = 4
    //   5 Mar P3 escaped, still on roll = 4 · 6 Mar −P1 died at 23:30 = 3 · 7 Mar P3 recaptured = 3
    //   8 Mar 3 · 9 Mar −P6 released = 2 · 10 Mar 2
    //   Σ = 4+4+5+4+4+3+3+3+2+2 = 34 → 34 ÷ 10 = 3.4
    // GAL (UTC−6), at midnight in the Galápagos:
    //   1 Mar P4 P5 = 2 · 2 Mar −P5 died = 1 · 3 Mar 1 · 4 Mar +P7 arrived = 2 · 5–9 Mar 2 each
    //   10 Mar −P4 died at 23:00 (05:00 UTC on the 11th, still the 10th there) = 1
    //   Σ = 2+1+1+2+2+2+2+2+2+1 = 17 → 1.7
    // National: the sum of the centres' averages, 3.4 + 1.7 = 5.1.
    const lit = report.centres.find((c) => c.code === 'LIT');
    const gal = report.centres.find((c) => c.code === 'GAL');
    expect([lit?.average_population, gal?.average_population, report.totals.average_population]).toEqual([3.4, 1.7, 5.1]);
  });

  it('gives the end-of-period population, occupancy and pretrial share (SDG 16.3.2)', () => {
    // LIT at the end: P2 (sentenced since 8 March) and P3 (pretrial) → 2 on roll, 1 pretrial;
    //   occupancy 2 ÷ 5 places = 0.4; pretrial share 1 ÷ 2 = 0.5.
    // GAL at the end: P7 (sentenced) → 1 on roll, 0 pretrial; 1 ÷ 4 = 0.25; share 0.
    // National: 3 on roll, 9 places → 0.3333; 1 pretrial of 3 → 0.3333.
    expect(report.centres.map((c) => [c.code, c.on_roll_end, c.design_capacity, c.occupancy_end, c.pretrial_end, c.pretrial_share_end])).toEqual([
      ['GAL', 1, 4, 0.25, 0, 0],
      ['LIT', 2, 5, 0.4, 1, 0.5],
    ]);
    expect(report.totals).toMatchObject({ on_roll_end: 3, design_capacity: 9, occupancy_end: 0.3333, pretrial_end: 1, pretrial_share_end: 0.3333 });
  });

  it('counts the flows: an admission, a transfer (not an admission), an escape, its recapture, a release', () => {
    const flows = (code: string) => {
      const c = report.centres.find((x) => x.code === code);
      return [c?.admissions, c?.transfers_in, c?.transfers_out, c?.releases, c?.escapes, c?.recaptures];
    };
    expect(flows('LIT')).toEqual([1, 0, 1, 1, 1, 1]);
    expect(flows('GAL')).toEqual([0, 1, 0, 0, 0, 0]);
    expect(report.totals).toMatchObject({ admissions: 1, transfers_in: 1, transfers_out: 1, releases: 1, escapes: 1, recaptures: 1 });
  });

  it('counts deaths by cause on the day of death in the centre, with rates per 10,000 of the average population', () => {
    // LIT: 1 homicide; 1 ÷ 3.4 × 10 000 = 2941.176… → 2941.18.
    // GAL: 1 self-inflicted, 1 natural; 2 ÷ 1.7 × 10 000 = 11764.705… → 11764.71; 1 ÷ 1.7 × 10 000 = 5882.35.
    // National: 3 ÷ 5.1 × 10 000 = 5882.35; 1 ÷ 5.1 × 10 000 = 1960.78 for homicide and for self-inflicted.
    const lit = report.centres.find((c) => c.code === 'LIT');
    const gal = report.centres.find((c) => c.code === 'GAL');
    expect(lit?.deaths).toEqual({ total: 1, homicide: 1, self_inflicted: 0, natural: 0, accident: 0, undetermined: 0, pending: 0 });
    expect([lit?.mortality_per_10000, lit?.homicide_per_10000, lit?.self_inflicted_per_10000]).toEqual([2941.18, 2941.18, 0]);
    expect(gal?.deaths).toEqual({ total: 2, homicide: 0, self_inflicted: 1, natural: 1, accident: 0, undetermined: 0, pending: 0 });
    expect([gal?.mortality_per_10000, gal?.homicide_per_10000, gal?.self_inflicted_per_10000]).toEqual([11764.71, 0, 5882.35]);
    expect(report.totals.deaths).toEqual({ total: 3, homicide: 1, self_inflicted: 1, natural: 1, accident: 0, undetermined: 0, pending: 0 });
    expect([report.totals.mortality_per_10000, report.totals.homicide_per_10000, report.totals.self_inflicted_per_10000]).toEqual([5882.35, 1960.78, 1960.78]);
  });

  it('counts incidents by type and seizures by item within the period only', () => {
    const lit = report.centres.find((c) => c.code === 'LIT');
    // The riot of 6 March counts; the fight of 11 March (00:30 in Guayaquil) is after the period.
    expect(lit?.incidents).toEqual({ ...zeros(Object.keys(lit?.incidents ?? {})), riot: 1 });
    expect(lit?.seizures).toEqual({ ...zeros(Object.keys(lit?.seizures ?? {})), phone: 3, blade: 7 });
    expect(report.totals.incidents).toMatchObject({ riot: 1, other: 1, fight: 0 });
  });

  it('shows one day as that day: the end of 6 March has P1 dead and P3 escaped but on roll', async () => {
    const day = await computeStatistics(db().db, { from: '2025-03-06', to: '2025-03-06' });
    // LIT at the end of 6 March: P2, P3 (escaped, on roll), P6 → 3; the day's average is the same 3.
    expect(day.centres.find((c) => c.code === 'LIT')).toMatchObject({ average_population: 3, on_roll_end: 3, deaths: { total: 1 }, escapes: 0 });
    // A centre asked for alone gives the same figures, and totals of that centre only.
    const lit = await computeStatistics(db().db, { ...INVENTED_PERIOD, centres: ['LIT'] });
    expect(lit.centres.map((c) => c.code)).toEqual(['LIT']);
    expect(lit.totals).toEqual(Object.fromEntries(Object.entries(report.centres.find((c) => c.code === 'LIT') ?? {}).filter(([k]) => k !== 'code' && k !== 'name')));
  });

  it('gives the month as the series point, clipped to the period', async () => {
    const series = seriesOf(await loadStatistics(db().db, INVENTED_PERIOD, null));
    expect(series.months).toEqual(['2025-03']);
    expect(series.totals[0]).toMatchObject({ month: '2025-03', from: '2025-03-01', to: '2025-03-10', average_population: 5.1, on_roll_end: 3 });
    expect(series.centres.find((c) => c.code === 'GAL')?.points[0]).toMatchObject({ average_population: 1.7, deaths: { total: 2 } });
  });

  it('takes the last full calendar year by default, stops a period at today, and refuses periods that make no sense, naming the field', async () => {
    const national = { caseload: { all: true, centres: [] } };
    const clock = fixedClock('2025-03-10T18:00:00Z');
    expect((await readStatistics(db().db, national, {}, clock)).period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect((await readStatistics(db().db, national, { year: 2025 }, clock)).period).toEqual({ from: '2025-01-01', to: '2025-03-10' });
    const refusal = async (query: Parameters<typeof readStatistics>[2]) => {
      const error = await readStatistics(db().db, national, query, clock).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      return [(error as AppError).code, (error as AppError).field];
    };
    expect(await refusal({ year: 2025, from: '2025-01-01', to: '2025-01-31' })).toEqual(['STATS_PERIOD_BOTH', 'year']);
    expect(await refusal({ from: '2025-01-01' })).toEqual(['STATS_PERIOD_INCOMPLETE', 'to']);
    expect(await refusal({ from: '2025-02-01', to: '2025-01-01' })).toEqual(['STATS_PERIOD_ORDER', 'to']);
    expect(await refusal({ from: '2025-04-01', to: '2025-04-30' })).toEqual(['STATS_PERIOD_FUTURE', 'from']);
    expect(await refusal({ from: '0000-01-01', to: '2025-01-01' })).toEqual(['VALIDATION_FAILED', 'from']);
    expect(await refusal({ centre: 'NOPE' })).toEqual(['CENTRE_NOT_FOUND', 'centre']);
    const officer = { caseload: { all: false, centres: ['LIT'] } };
    const outside = await readStatistics(db().db, officer, { centre: 'GAL' }, clock).catch((e: unknown) => e);
    expect((outside as AppError).code).toBe('CENTRE_NOT_FOUND');
  });
});

describe('the statistics API: signed in and caseload-limited; the open data public', () => {
  const t = useTestApp();
  let hq: TestClient;
  let oversight: TestClient;
  let officerLit: TestClient;
  const period = `from=${INVENTED_PERIOD.from}&to=${INVENTED_PERIOD.to}`;

  beforeAll(async () => {
    await importInventedEstate(t.db.db);
    hq = await t.addUser('hq.stats', ['hq'], 'all');
    oversight = await t.addUser('defensoria.stats', ['oversight'], 'all');
    officerLit = await t.addUser('guia.lit', ['officer'], ['LIT']);
  });

  it('gives headquarters and oversight every centre, and an officer their centre only', async () => {
    for (const client of [hq, oversight]) {
      const response = await t.as(client, 'GET', `/api/v1/stats?${period}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().centres.map((c: { code: string }) => c.code)).toEqual(['GAL', 'LIT']);
      expect(response.json().totals).toMatchObject({ average_population: 5.1, deaths: { total: 3 } });
    }
    const own = await t.as(officerLit, 'GET', `/api/v1/stats?${period}`);
    expect(own.json().centres.map((c: { code: string }) => c.code)).toEqual(['LIT']);
    // The officer's totals are their centre's: GAL's deaths are nowhere in the answer.
    expect(own.json().totals).toMatchObject({ average_population: 3.4, deaths: { total: 1, self_inflicted: 0, natural: 0 } });
    const other = await t.as(officerLit, 'GET', `/api/v1/stats?${period}&centre=GAL`);
    expect(other.statusCode).toBe(404);
    const series = await t.as(officerLit, 'GET', `/api/v1/stats/series?${period}`);
    expect(series.json().centres.map((c: { code: string }) => c.code)).toEqual(['LIT']);
    const csv = await t.as(officerLit, 'GET', `/api/v1/stats/export.csv?${period}`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n').filter(Boolean).map((l) => l.split(',')[0])).toEqual(['code', 'LIT', 'TOTAL']);
  });

  it('needs a session for the statistics, and refuses bad periods naming the field', async () => {
    expect((await t.as(null, 'GET', `/api/v1/stats?${period}`)).statusCode).toBe(401);
    expect((await t.as(null, 'GET', `/api/v1/stats/series?${period}`)).statusCode).toBe(401);
    expect((await t.as(null, 'GET', `/api/v1/stats/export.csv?${period}`)).statusCode).toBe(401);
    const both = await t.as(hq, 'GET', `/api/v1/stats?year=2025&${period}`);
    expect([both.statusCode, both.json().error.code, both.json().error.field]).toEqual([400, 'STATS_PERIOD_BOTH', 'year']);
    const year0 = await t.as(hq, 'GET', '/api/v1/stats?year=0000');
    expect([year0.statusCode, year0.json().error.field]).toEqual([400, 'year']);
    const order = await t.as(hq, 'GET', '/api/v1/stats?from=2025-03-10&to=2025-03-01');
    expect([order.statusCode, order.json().error.code]).toEqual([400, 'STATS_PERIOD_ORDER']);
  });

  it('serves the open data without a session: the index, every file, small counts suppressed', async () => {
    const index = await t.as(null, 'GET', `/api/v1/open-data?${period}`);
    expect(index.statusCode, index.body).toBe(200);
    const files = index.json().files as { name: string }[];
    expect(files.map((f) => f.name)).toContain('centres_annual.csv');
    for (const file of files) {
      const response = await t.as(null, 'GET', `/api/v1/open-data/${file.name}?${period}`);
      expect(response.statusCode, file.name).toBe(200);
    }
    const national = (await t.as(null, 'GET', `/api/v1/open-data/national_annual.json?${period}`)).json();
    // 3 deaths, one of each cause: every figure hidden; population figures are published.
    expect(national.rows[0]).toMatchObject({ average_population: 5.1, on_roll_end: 3, deaths_total: '<5', deaths_homicide: '<5', escapes: '<5', mortality_per_10000: null });
    expect((await t.as(null, 'GET', `/api/v1/open-data/persons.csv?${period}`)).statusCode).toBe(404);
    // The endpoints are in the API's OpenAPI document.
    const openapi = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(openapi.statusCode).toBe(200);
    expect(Object.keys(openapi.json().paths)).toEqual(expect.arrayContaining(['/api/v1/stats', '/api/v1/stats/series', '/api/v1/open-data', '/api/v1/open-data/{file}']));
    expect((await t.as(null, 'GET', '/api/v1/open-data/national_annual.csv?from=2025-03-10')).statusCode).toBe(400);
    // Anyone may ask: a period of more than ten years is refused rather than computed.
    const long = await t.as(null, 'GET', '/api/v1/open-data?from=1990-01-01&to=2025-03-10');
    expect([long.statusCode, long.json().error.code]).toEqual([400, 'STATS_PERIOD_TOO_LONG']);
  });
});
