import { describe, expect, it } from 'vitest';
import { snapshotCounts, useTestApp, type TestClient } from '../../server/testing.ts';
import { admitInto, buildHousingCentre } from '../housing/testing.ts';

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
/** The year of an instant on the test centres' clock (ids are issued per year of the find). */
const yearOf = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Guayaquil', year: 'numeric' }).format(new Date(iso));

describe('searches and seizures', () => {
  const t = useTestApp();
  let serial = 0;

  /** A fresh centre with pavilions P1..P3 and reception, a person in P1-A-1, and an officer of it. */
  async function centre(): Promise<{ code: string; person: string; officer: TestClient }> {
    serial += 1;
    const code = `SZ${serial}`;
    await buildHousingCentre(t.db.db, code);
    const person = `${code}-0001`;
    await admitInto(t.db.db, person, `${code}-P1-A-1`, { admittedAt: new Date(Date.now() - 48 * HOUR) });
    return { code, person, officer: await t.addUser(`officer.${code.toLowerCase()}`, ['officer'], [code]) };
  }

  const search = (code: string, finds: unknown[], extra: Record<string, unknown> = {}) => ({
    centre: code,
    location: `${code}-P1`,
    kind: 'planned',
    startedAt: ago(2),
    endedAt: ago(1),
    team: 'Grupo de requisa 3',
    result: finds.length > 0 ? 'items_found' : 'nothing_found',
    finds,
    ...extra,
  });

  /** Everything a refused search could have written. */
  const counts = async () => {
    const all = await snapshotCounts(t.db);
    for (const table of ['searches', 'seizures']) all[table] = Number((await t.db.raw(`select count(*)::int as n from ${table}`))[0]?.n);
    return all;
  };

  it('records a search with its finds, ids issued per centre and year, and lists them', async () => {
    const { code, person, officer } = await centre();
    const response = await t.as(officer, 'POST', '/api/v1/searches', search(code, [
      { item: 'firearm', quantity: 1, person, location: `${code}-P1-A-1`, whereFound: 'En la cintura' },
      { item: 'phone', quantity: 3, whereFound: 'Dentro de una pared' },
    ]));
    expect(response.statusCode, response.body).toBe(201);
    const recorded = response.json();
    const year = yearOf(recorded.startedAt);
    expect(recorded.finds.map((f: { id: string }) => f.id)).toEqual([`${code}-SZ-${year}-000001`, `${code}-SZ-${year}-000002`]);
    expect(recorded.finds[0]).toMatchObject({ item: 'firearm', person, personName: `Persona ${person}`, location: `${code}-P1-A-1` });
    // The second find takes the search's location.
    expect(recorded.finds[1]).toMatchObject({ item: 'phone', quantity: 3, location: `${code}-P1`, person: null });
    expect(recorded.items).toEqual([{ item: 'firearm', quantity: 1 }, { item: 'phone', quantity: 3 }]);
    // Places are named as well as coded (the test centre names each location by its suffix).
    expect([recorded.locationName, recorded.finds[0].locationName, recorded.finds[1].locationName]).toEqual(['P1', 'P1-A-1', 'P1']);

    const detail = await t.as(officer, 'GET', `/api/v1/searches/${recorded.id}`);
    expect(detail.json().finds).toHaveLength(2);
    const list = (await t.as(officer, 'GET', `/api/v1/searches?centre=${code}&item=firearm`)).json();
    expect(list.total).toBe(1);
    expect(list.items[0].locationName).toBe('P1');
    const byPerson = (await t.as(officer, 'GET', `/api/v1/seizures?person=${person}`)).json();
    expect(byPerson.items.map((s: { item: string; locationName: string }) => [s.item, s.locationName])).toEqual([['firearm', 'P1-A-1']]);
    const underWing = (await t.as(officer, 'GET', `/api/v1/seizures?location=${code}-P1-A`)).json();
    expect(underWing.total).toBe(1);
    const audit = await t.db.raw(`select action from audit_log where centre = '${code}' and action in ('search.recorded', 'seizure.recorded') order by action`);
    expect(audit.map((r) => r.action)).toEqual(['search.recorded', 'seizure.recorded', 'seizure.recorded']);
  });

  it('issues distinct consecutive ids to finds recorded at the same time', async () => {
    const { code, officer } = await centre();
    const body = { centre: code, at: ago(1), location: `${code}-P2`, item: 'sim_card', quantity: 2 };
    const answers = await Promise.all(Array.from({ length: 5 }, () => t.as(officer, 'POST', '/api/v1/seizures', body)));
    const year = yearOf(body.at);
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(answers.map((a) => a.json().id as string).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `${code}-SZ-${year}-00000${n}`));
  });

  it.each([
    ['a negative quantity', { item: 'drugs', quantity: -3 }, 'finds.1.quantity'],
    ['a zero quantity', { item: 'drugs', quantity: 0 }, 'finds.1.quantity'],
    ['an unknown item', { item: 'rocket', quantity: 1 }, 'finds.1.item'],
    ['a NUL in where it was found', { item: 'cash', quantity: 1, whereFound: 'bajo\u0000la cama' }, 'finds.1.whereFound'],
    ['a lone surrogate in the description', { item: 'cash', quantity: 1, description: 'billetes \uD800' }, 'finds.1.description'],
    ['huge text', { item: 'cash', quantity: 1, description: 'x'.repeat(100_000) }, 'finds.1.description'],
  ])('refuses %s naming the field, and writes nothing of the search', async (_case, bad, field) => {
    const { code, officer } = await centre();
    const before = await counts();
    const response = await t.as(officer, 'POST', '/api/v1/searches', search(code, [{ item: 'phone', quantity: 1 }, bad]));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it('refuses a find on a person not in custody there, naming the find, and writes nothing (the good find neither)', async () => {
    const { code, officer } = await centre();
    const other = await centre();
    const before = await counts();
    const response = await t.as(officer, 'POST', '/api/v1/searches', search(code, [{ item: 'phone', quantity: 2 }, { item: 'blade', quantity: 1, person: other.person }]));
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'SEIZURE_PERSON_NOT_IN_CUSTODY', field: 'finds.1.person' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a person admitted after the search began', async () => {
    const { code, officer } = await centre();
    await admitInto(t.db.db, `${code}-0002`, `${code}-P1-A-2`, { admittedAt: new Date(Date.now() - HOUR) });
    const response = await t.as(officer, 'POST', '/api/v1/searches', search(code, [{ item: 'drugs', quantity: 5, person: `${code}-0002` }]));
    expect(response.json().error.field).toBe('finds.0.person');
  });

  it.each([
    ['ends before it starts', { startedAt: ago(1), endedAt: ago(2) }, 'endedAt', 'SEARCH_ENDS_BEFORE_START'],
    ['starts in the future', { startedAt: new Date(Date.now() + 2 * HOUR).toISOString(), endedAt: null }, 'startedAt', 'SEIZURE_IN_FUTURE'],
    ['the year 0000', { startedAt: '0000-01-01T10:00:00Z' }, 'startedAt', 'VALIDATION_FAILED'],
    ['a NUL in the team', { team: 'Grupo\u0000 3' }, 'team', 'VALIDATION_FAILED'],
    ['a location of another centre', { location: 'SZ1-P1' }, 'location', 'SEIZURE_LOCATION_ELSEWHERE'],
    ['items found without finds', { result: 'items_found' }, 'finds', 'SEARCH_RESULT_MISMATCH'],
  ])('refuses a search that %s, naming the field', async (_case, extra, field, code) => {
    const mine = await centre();
    const before = await counts();
    const response = await t.as(mine.officer, 'POST', '/api/v1/searches', search(mine.code, [], extra));
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().error).toMatchObject({ code, field });
    expect(await counts()).toEqual(before);
  });

  it('answers a search outside the caseload as one that does not exist, and lists only the caseload', async () => {
    const mine = await centre();
    const other = await centre();
    const recorded = (await t.as(other.officer, 'POST', '/api/v1/searches', search(other.code, [{ item: 'alcohol', quantity: 4 }]))).json();
    const elsewhere = await t.as(mine.officer, 'GET', `/api/v1/searches/${recorded.id}`);
    const unknown = await t.as(mine.officer, 'GET', '/api/v1/searches/00000000-0000-4000-8000-000000000000');
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error.code).toBe(unknown.json().error.code);
    expect((await t.as(mine.officer, 'GET', `/api/v1/searches?centre=${other.code}`)).statusCode).toBe(404);
    expect((await t.as(mine.officer, 'GET', '/api/v1/seizures')).json().items.every((s: { centre: string }) => s.centre === mine.code)).toBe(true);
    const before = await counts();
    expect((await t.as(mine.officer, 'POST', '/api/v1/searches', search(other.code, []))).statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('lets hq and oversight read but not record; health neither', async () => {
    const { code, officer } = await centre();
    await t.as(officer, 'POST', '/api/v1/seizures', { centre: code, at: ago(1), location: `${code}-REC`, item: 'drone', quantity: 1 });
    const hq = await t.addUser(`hq.${code.toLowerCase()}`, ['hq'], 'all');
    const oversight = await t.addUser(`oversight.${code.toLowerCase()}`, ['oversight'], 'all');
    const health = await t.addUser(`health.${code.toLowerCase()}`, ['health'], [code]);
    expect((await t.as(hq, 'GET', `/api/v1/seizures?centre=${code}`)).json().total).toBe(1);
    expect((await t.as(oversight, 'GET', `/api/v1/searches?centre=${code}`)).statusCode).toBe(200);
    expect((await t.as(oversight, 'POST', '/api/v1/searches', search(code, []))).statusCode).toBe(403);
    expect((await t.as(health, 'GET', `/api/v1/seizures?centre=${code}`)).statusCode).toBe(403);
  });

  it('opens a weapon find report for a firearm and a contraband report for the rest, linked from the finds', async () => {
    const { code, person, officer } = await centre();
    const response = await t.as(officer, 'POST', '/api/v1/searches', search(code, [
      { item: 'firearm', quantity: 1, person, openIncident: true, whereFound: 'En la cintura' },
      { item: 'phone', quantity: 3 },
      { item: 'drugs', quantity: 20 },
    ], { openIncident: true }));
    expect(response.statusCode, response.body).toBe(201);
    const [firearm, phone, drugs] = response.json().finds as { id: string; incident: string | null }[];
    expect(firearm?.incident).toMatch(new RegExp(`^${code}-INC-\\d{4}-000001$`));
    expect(phone?.incident).toMatch(/-INC-\d{4}-000002$/);
    expect(drugs?.incident).toBe(phone?.incident);
    const reports = await t.db.raw(`select id, type, status, location, description from incidents where centre = '${code}' order by id`);
    expect(reports.map((r) => [r.type, r.status, r.location])).toEqual([
      ['weapon_find', 'draft', `${code}-P1`],
      ['contraband_find', 'draft', `${code}-P1`],
    ]);
    expect(String(reports[0]?.description)).toContain(`en poder de ${person}`);
  });

  it('opens no incident report when a later find of the search is refused', async () => {
    const { code, officer } = await centre();
    const before = await counts();
    const response = await t.as(officer, 'POST', '/api/v1/searches', search(code, [
      { item: 'firearm', quantity: 1, openIncident: true },
      { item: 'blade', quantity: 1, person: `${code}-NADIE` },
    ]));
    expect(response.json().error.field).toBe('finds.1.person');
    expect(await counts()).toEqual(before);
    expect(await t.db.raw(`select id from incidents where centre = '${code}'`)).toEqual([]);
  });

  it("sums a centre's finds per month, pavilion and item", async () => {
    const { code, person, officer } = await centre();
    const post = async (body: unknown) => expect((await t.as(officer, 'POST', '/api/v1/searches', body)).statusCode).toBe(201);
    await post(search(code, [{ item: 'phone', quantity: 2 }, { item: 'phone', quantity: 3, location: `${code}-P1-B-1` }, { item: 'blade', quantity: 1, person }]));
    await post(search(code, [{ item: 'phone', quantity: 4 }], { location: `${code}-P2-A-1` }));
    await post(search(code, [{ item: 'drugs', quantity: 7 }], { location: null }));
    const seizure = await t.as(officer, 'POST', '/api/v1/seizures', { centre: code, at: ago(1), location: `${code}-REC`, item: 'phone', quantity: 1 });
    expect(seizure.statusCode, seizure.body).toBe(201);
    const summary = (await t.as(officer, 'GET', `/api/v1/centres/${code}/seizures/summary`)).json();
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Guayaquil', year: 'numeric', month: '2-digit' }).format(new Date(Date.now() - 2 * HOUR)).slice(0, 7);
    const rows = summary.rows.map((r: { month: string; pavilion: string | null; item: string; quantity: number }) => [r.month, r.pavilion, r.item, r.quantity]);
    expect(rows.sort()).toEqual(
      [
        [month, `${code}-P1`, 'blade', 1],
        [month, `${code}-P1`, 'phone', 5],
        [month, `${code}-P2`, 'phone', 4],
        [month, `${code}-REC`, 'phone', 1],
        [month, null, 'drugs', 7],
      ].sort(),
    );
    expect(summary.pavilions.map((p: { code: string }) => p.code)).toEqual([`${code}-P1`, `${code}-P2`, `${code}-P3`, `${code}-REC`]);
  });
});
