import { beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, useTestApp } from '../../server/testing.ts';
import { pretrialClock } from './pretrial-clock.ts';
import { selectPretrialDue } from './repository.ts';
import { admissionBody, personBody } from './testing.ts';

const ZONE = 'America/Guayaquil';

/** A start of preventive detention whose limit is `days` from today (negative: passed), for a maximum penalty. */
function sinceFor(days: number, maxPenaltyYears: number): string {
  const now = new Date();
  for (let back = 200; back < 800; back += 1) {
    const since = new Date(now.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    if (pretrialClock(since, maxPenaltyYears, now, ZONE).daysRemaining === days) return since;
  }
  throw new Error(`no start date gives ${days} days`);
}

interface Due {
  centre: string;
  today: string;
  within: number;
  overdue: number;
  due: number;
  people: { id: string; familyNames: string; clock: { limitDate: string; limitMonths: number; daysRemaining: number; overdue: boolean } }[];
}

/**
 * The pretrial limits a director watches: who at the centre has passed the limit of preventive
 * detention (COIP art. 541) and whose limit falls within the next days — 30 by default, the
 * 30th day included and the 31st not — most urgent first; never another centre's people.
 */
describe('pretrial limits due at a centre', () => {
  const t = useTestApp();
  let officer: TestClient;
  let national: TestClient;
  let otherOfficer: TestClient;

  async function admit(client: TestClient, id: string, centre: string, days: number, extra: Record<string, unknown> = {}) {
    const maxPenaltyYears = (extra.maxPenaltyYears as number | undefined) ?? 5;
    const body = {
      ...admissionBody(personBody(id, { familyNames: `Plazo ${id}` }), centre),
      admittedAt: new Date(Date.now() - 3_600_000).toISOString(),
      pretrialSince: sinceFor(days, maxPenaltyYears),
      maxPenaltyYears,
      ...extra,
    };
    const response = await t.as(client, 'POST', '/api/v1/admissions', body);
    expect(response.statusCode, response.body).toBe(201);
  }

  beforeAll(async () => {
    await t.addCentre('PDA');
    await t.addCentre('PDB');
    officer = await t.addUser('guia.pda', ['officer'], ['PDA']);
    otherOfficer = await t.addUser('guia.pdb', ['officer'], ['PDB']);
    national = await t.addUser('jefatura.pd', ['hq'], 'all');
    await admit(officer, 'PDA-031', 'PDA', 31);
    await admit(officer, 'PDA-030', 'PDA', 30);
    await admit(officer, 'PDA-000', 'PDA', 0);
    await admit(officer, 'PDA-M01', 'PDA', -1);
    await admit(officer, 'PDA-M40', 'PDA', -40);
    // Ten years' maximum penalty: eighteen months.
    await admit(officer, 'PDA-L12', 'PDA', 12, { maxPenaltyYears: 10 });
    await admit(officer, 'PDA-SEN', 'PDA', -5, { legalStatus: 'sentenced', pretrialSince: null, sentenceMonths: 48 });
    await admit(officer, 'PDA-REL', 'PDA', 3);
    expect((await t.as(officer, 'POST', '/api/v1/persons/PDA-REL/movements', { type: 'release', reason: 'court_order' })).statusCode).toBe(201);
    await admit(otherOfficer, 'PDB-005', 'PDB', 5);
  });

  const read = async (client: TestClient, url: string) => {
    const response = await t.as(client, 'GET', `/api/v1${url}`);
    return { status: response.statusCode, body: response.json() as Due & { error?: { code: string } } };
  };

  it('lists the limits passed and those within 30 days, most urgent first, with the days left', async () => {
    const { status, body } = await read(officer, '/centres/PDA/pretrial-due');
    expect(status).toBe(200);
    expect(body).toMatchObject({ centre: 'PDA', within: 30, overdue: 2, due: 3 });
    expect(body.people.map((p) => [p.id, p.clock.daysRemaining, p.clock.overdue])).toEqual([
      ['PDA-M40', -40, true],
      ['PDA-M01', -1, true],
      ['PDA-000', 0, false],
      ['PDA-L12', 12, false],
      ['PDA-030', 30, false],
    ]);
    expect(body.people.find((p) => p.id === 'PDA-L12')?.clock.limitMonths).toBe(18);
    expect(body.people[0]?.familyNames).toBe('Plazo PDA-M40');
  });

  it('looks as far ahead as asked, and lists at most `limit` while counting them all', async () => {
    const week = await read(officer, '/centres/PDA/pretrial-due?within=31');
    expect(week.body.people.map((p) => p.id)).toContain('PDA-031');
    expect([week.body.overdue, week.body.due]).toEqual([2, 4]);
    const today = await read(officer, '/centres/PDA/pretrial-due?within=0');
    expect(today.body.people.map((p) => p.id)).toEqual(['PDA-M40', 'PDA-M01', 'PDA-000']);
    const capped = await read(officer, '/centres/PDA/pretrial-due?limit=2');
    expect(capped.body.people.map((p) => p.id)).toEqual(['PDA-M40', 'PDA-M01']);
    expect([capped.body.overdue, capped.body.due]).toEqual([2, 3]);
    expect((await read(officer, '/centres/PDA/pretrial-due?within=-1')).status).toBe(400);
  });

  it("answers another centre's list exactly like a centre that does not exist", async () => {
    const other = await read(officer, '/centres/PDB/pretrial-due');
    const none = await read(officer, '/centres/PDZ/pretrial-due');
    expect([other.status, other.body.error?.code]).toEqual([404, 'CENTRE_NOT_FOUND']);
    expect([none.status, none.body.error?.code]).toEqual([404, 'CENTRE_NOT_FOUND']);
    expect((await read(otherOfficer, '/centres/PDB/pretrial-due')).body.people.map((p) => p.id)).toEqual(['PDB-005']);
    expect((await read(national, '/centres/PDB/pretrial-due')).body.people.map((p) => p.id)).toEqual(['PDB-005']);
    expect((await read(national, '/centres/PDZ/pretrial-due')).status).toBe(404);
  });

  it("finds each limit on the day the person's file gives it, at the ends of months too", async () => {
    await t.addCentre('PDC');
    const pdc = await t.addUser('guia.pdc', ['officer'], ['PDC']);
    const cases = [
      { id: 'PDC-001', since: '2024-08-31', maxPenaltyYears: 10 },
      { id: 'PDC-002', since: '2024-02-29', maxPenaltyYears: 3 },
      { id: 'PDC-003', since: '2025-01-31', maxPenaltyYears: null },
    ];
    for (const c of cases) {
      const body = { ...admissionBody(personBody(c.id), 'PDC'), admittedAt: new Date(Date.now() - 3_600_000).toISOString(), pretrialSince: c.since, maxPenaltyYears: c.maxPenaltyYears };
      expect((await t.as(pdc, 'POST', '/api/v1/admissions', body)).statusCode).toBe(201);
      const { limitDate } = pretrialClock(c.since, c.maxPenaltyYears, new Date(), ZONE);
      const dayBefore = new Date(Date.parse(`${limitDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      const listed = async (horizon: string) =>
        (await selectPretrialDue(t.db.db, 'PDC', { today: '2000-01-01', horizon, limit: 10 })).rows.some((r) => r.person === c.id);
      expect([c.id, await listed(limitDate), await listed(dayBefore)]).toEqual([c.id, true, false]);
    }
  });
});
