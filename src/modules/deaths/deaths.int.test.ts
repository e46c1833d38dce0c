import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotCounts, type TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';
import { namedAdmissionBody } from '../register/testing.ts';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describe('the deaths-in-custody register', () => {
  const t = useSmallEstateApp();
  let seeder: TestClient;
  let directorLit: TestClient;

  const admit = async (id: string, to = 'LIT-P2-A-001', admittedAt?: string) => {
    const body = { ...namedAdmissionBody(id, 'Wilson', 'Cedeño Loor', to), ...(admittedAt ? { admittedAt } : {}) };
    const response = await t.as(seeder, 'POST', '/api/v1/admissions', body);
    expect(response.statusCode, response.body).toBe(201);
  };
  const count = async (table: string, where = '') => Number((await t.db.raw(`select count(*)::int as n from ${table} ${where}`))[0]?.n);
  /** Everything a refused death must leave as it was. */
  const written = async () => ({
    ...(await snapshotCounts(t.db)),
    movements: await count('movements'),
    stays: await count('stays'),
    death_records: await count('death_records'),
  });
  const entries = async (client: TestClient, query = '') => (await t.as(client, 'GET', `/api/v1/deaths${query}`)).json() as { total: number; items: { person: { id: string }; cause: string; overdue: boolean }[] };

  beforeEach(async () => {
    seeder = await t.addUser('director.nacional', ['director'], 'all');
    directorLit = await t.addUser('director.lit', ['director'], ['LIT']);
  });

  it('gives one entry and one death movement whether recorded by the emergency, the movement form or the register', async () => {
    await admit('P0400001');
    const declared = await t.as(directorLit, 'POST', '/api/v1/emergencies', { centre: 'LIT', kind: 'riot', reason: 'Motín en el pabellón 2' });
    expect(declared.statusCode, declared.body).toBe(201);
    const emergency = declared.json().id as string;

    const marked = await t.as(directorLit, 'PUT', `/api/v1/emergencies/${emergency}/people/P0400001`, { status: 'dead', note: null });
    expect(marked.statusCode, marked.body).toBe(200);
    const again = await t.as(directorLit, 'POST', '/api/v1/persons/P0400001/movements', { type: 'death' });
    expect(again.json().error.code).toBe('PERSON_NOT_IN_CUSTODY');
    const completed = await t.as(directorLit, 'POST', '/api/v1/deaths', { person: 'P0400001', at: hoursAgo(1), location: 'LIT-P2-A-001', cause: 'homicide', circumstances: 'Hallado en el patio tras el motín', foundBy: 'Guía Pérez' });
    expect(completed.statusCode, completed.body).toBe(201);
    expect(completed.json()).toMatchObject({ movementRecorded: false });

    expect(await count('movements', "where person = 'P0400001' and type = 'death'")).toBe(1);
    const list = await entries(directorLit);
    expect(list.items.filter((e) => e.person.id === 'P0400001')).toHaveLength(1);
    const entry = (await t.as(directorLit, 'GET', '/api/v1/deaths/P0400001')).json();
    expect(entry).toMatchObject({ centre: 'LIT', cause: 'homicide', location: 'LIT-P2-A-001', lastLocation: 'LIT-P2-A-001', emergency, foundBy: 'Guía Pérez', detailsRecorded: true });
    expect(entry.at).toBe(marked.json().markedAt);
    // The place is named, not only coded, in the entry and in the list.
    const [place] = await t.db.raw(`select name from locations where code = 'LIT-P2-A-001'`);
    expect(entry).toMatchObject({ locationName: place?.name, lastLocationName: place?.name });
    expect(list.items.find((e) => e.person.id === 'P0400001')).toMatchObject({ locationName: place?.name });
    // One person's entry through the list (an incident report asks whether its dead are recorded).
    expect((await entries(directorLit, '?person=P0400001')).items.map((e) => e.person.id)).toEqual(['P0400001']);
    expect(await entries(directorLit, '?person=P0400002')).toMatchObject({ total: 0, items: [] });
    const people = (await t.as(directorLit, 'GET', '/api/v1/roll/locations/LIT-P2-A-001')).body;
    expect(people).not.toContain('P0400001');
    expect(await count('stays', "where person = 'P0400001' and valid_to is null")).toBe(0);
  });

  it('opens a pending entry for a death recorded on the movement form', async () => {
    await admit('P0400002');
    const moved = await t.as(directorLit, 'POST', '/api/v1/persons/P0400002/movements', { type: 'death', at: hoursAgo(30) });
    expect(moved.statusCode, moved.body).toBe(201);
    const list = await entries(directorLit, '?overdue=true');
    expect(list.items).toEqual([expect.objectContaining({ person: expect.objectContaining({ id: 'P0400002' }), cause: 'pending', overdue: true })]);
    const recorded = await t.as(directorLit, 'POST', '/api/v1/deaths', { person: 'P0400002', cause: 'natural', circumstances: 'Paro cardíaco en la celda' });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(await count('movements', "where person = 'P0400002' and type = 'death'")).toBe(1);
  });

  it('records a death on its own: the movement and the entry together, and the person leaves the roll', async () => {
    await admit('P0400003');
    const recorded = await t.as(directorLit, 'POST', '/api/v1/deaths', { person: 'P0400003', at: hoursAgo(2), centre: 'LIT', cause: 'pending', circumstances: 'Encontrado sin signos vitales', foundBy: 'Guía Ruiz' });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toMatchObject({ movementRecorded: true, centre: 'LIT' });
    expect(await count('stays', "where person = 'P0400003' and valid_to is null")).toBe(0);
    expect(await count('custody_episodes', "where person = 'P0400003' and released_at is null")).toBe(0);
    expect(await count('movements', "where person = 'P0400003' and type = 'death'")).toBe(1);
  });

  describe('refuses bad input, naming the field, with nothing written', () => {
    it.each([
      ['a death before the admission', { at: '2025-09-19T10:00:00-05:00' }, 'at', 'MOVEMENT_BEFORE_LAST'],
      ['a person held at another centre', { centre: 'MAC' }, 'person', 'DEATH_PERSON_ELSEWHERE'],
      ['a place of another centre', { location: 'MAC-P1-A-001' }, 'location', 'DEATH_LOCATION_ELSEWHERE'],
      ['a death in the future', { at: new Date(Date.now() + 86_400_000).toISOString() }, 'at', 'MOVEMENT_IN_FUTURE'],
      ['a NUL in the circumstances', { circumstances: 'a\u0000b' }, 'circumstances', 'VALIDATION_FAILED'],
      ['year 0000', { at: '0000-01-01T00:00:00Z' }, 'at', 'VALIDATION_FAILED'],
      ['an incident report that does not exist', { incident: 'LIT-INC-2026-999999' }, 'incident', 'INCIDENT_NOT_FOUND'],
    ])('%s', async (_case, change, field, code) => {
      await admit('P0400004');
      const before = await written();
      const response = await t.as(seeder, 'POST', '/api/v1/deaths', { person: 'P0400004', cause: 'pending', ...change });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().error).toMatchObject({ code });
      expect(JSON.stringify(response.json().error)).toContain(field);
      expect(await written()).toEqual(before);
    });

    it('an incident report of another centre', async () => {
      await admit('P0400004');
      const elsewhere = await t.as(seeder, 'POST', '/api/v1/incidents', { centre: 'MAC', type: 'fight', startedAt: hoursAgo(2), description: 'Pelea en el patio' });
      expect(elsewhere.statusCode, elsewhere.body).toBe(201);
      const before = await written();
      const response = await t.as(seeder, 'POST', '/api/v1/deaths', { person: 'P0400004', cause: 'pending', incident: elsewhere.json().id });
      expect(response.json().error).toMatchObject({ code: 'DEATH_INCIDENT_ELSEWHERE', field: 'incident' });
      expect(await written()).toEqual(before);
    });

    it('a person no longer in custody', async () => {
      const before = await written();
      const response = await t.as(seeder, 'POST', '/api/v1/deaths', { person: 'P0000005', cause: 'pending' });
      expect(response.json().error).toMatchObject({ code: 'PERSON_NOT_IN_CUSTODY', field: 'person' });
      expect(await written()).toEqual(before);
    });
  });

  it('keeps every change of cause, and asks a reason except for the first cause of a pending death', async () => {
    await admit('P0400005');
    await t.as(directorLit, 'POST', '/api/v1/persons/P0400005/movements', { type: 'death', at: hoursAgo(3) });
    const first = await t.as(directorLit, 'PUT', '/api/v1/deaths/P0400005/cause', { cause: 'undetermined' });
    expect(first.statusCode, first.body).toBe(200);
    const bare = await t.as(directorLit, 'PUT', '/api/v1/deaths/P0400005/cause', { cause: 'homicide' });
    expect(bare.json().error).toMatchObject({ code: 'DEATH_CAUSE_REASON_REQUIRED', field: 'reason' });
    const reasoned = await t.as(directorLit, 'PUT', '/api/v1/deaths/P0400005/cause', { cause: 'homicide', reason: 'Informe de autopsia 2026-118' });
    expect(reasoned.statusCode, reasoned.body).toBe(200);
    const entry = (await t.as(directorLit, 'GET', '/api/v1/deaths/P0400005')).json();
    expect(entry.cause).toBe('homicide');
    expect(entry.causeHistory.map((c: { from: string; to: string; reason: string }) => [c.from, c.to, c.reason])).toEqual([
      ['pending', 'undetermined', ''],
      ['undetermined', 'homicide', 'Informe de autopsia 2026-118'],
    ]);
  });

  it('flags the 24-hour notices until the next of kin and an authority are informed', async () => {
    await admit('P0400006');
    const diedAt = hoursAgo(48);
    const dueAt = new Date(Date.parse(diedAt) + 24 * 3_600_000).toISOString();
    const nextOfKinAt = hoursAgo(40);
    const ombudsmanAt = hoursAgo(30);
    await t.as(directorLit, 'POST', '/api/v1/deaths', { person: 'P0400006', at: diedAt, cause: 'pending' });
    const tooEarly = await t.as(directorLit, 'PUT', '/api/v1/deaths/P0400006/obligations/next_of_kin_informed', { doneAt: hoursAgo(50), doneBy: 'Trabajo social' });
    expect(tooEarly.json().error).toMatchObject({ code: 'DEATH_OBLIGATION_BEFORE_DEATH', field: 'doneAt' });
    expect((await t.as(directorLit, 'GET', '/api/v1/deaths/P0400006')).json()).toMatchObject({ overdue: true, alerts: { nextOfKin: { state: 'overdue' }, authority: { state: 'overdue' } } });
    await t.as(directorLit, 'PUT', '/api/v1/deaths/P0400006/obligations/next_of_kin_informed', { doneAt: nextOfKinAt, doneBy: 'Trabajo social', reference: 'Llamada a la madre' });
    expect((await t.as(directorLit, 'GET', '/api/v1/deaths/P0400006')).json()).toMatchObject({ overdue: true, alerts: { nextOfKin: { state: 'done' }, authority: { state: 'overdue' } } });
    const ombudsman = await t.as(directorLit, 'PUT', '/api/v1/deaths/P0400006/obligations/ombudsman_informed', { doneAt: ombudsmanAt, doneBy: 'Director', reference: 'Oficio DP-2026-77' });
    expect(ombudsman.statusCode, ombudsman.body).toBe(200);
    const entry = (await t.as(directorLit, 'GET', '/api/v1/deaths/P0400006')).json();
    expect(entry).toMatchObject({ overdue: false, alerts: { authority: { state: 'done' } } });
    expect(entry.obligations.find((o: { obligation: string }) => o.obligation === 'ombudsman_informed').done).toMatchObject({ doneBy: 'Director', reference: 'Oficio DP-2026-77' });
    expect((await entries(directorLit, '?overdue=true')).items).toEqual([]);
    expect(entry.alerts).toMatchObject({ nextOfKin: { state: 'done', doneAt: nextOfKinAt }, authority: { state: 'done', doneAt: ombudsmanAt } });
    expect((await entries(directorLit, '?late=true')).items).toEqual([]);

    // A judge told 38 hours after does not make the authority late: the ombudsman was told in time.
    await t.as(directorLit, 'PUT', '/api/v1/deaths/P0400006/obligations/judge_informed', { doneAt: hoursAgo(10), doneBy: 'Director' });
    expect((await t.as(directorLit, 'GET', '/api/v1/deaths/P0400006')).json().alerts.authority).toEqual({ state: 'done', dueAt: dueAt, doneAt: ombudsmanAt });
    // The next of kin corrected to 28 hours after the death: made, but late — shown as late, with when, and not overdue.
    const lateAt = hoursAgo(20);
    const corrected = await t.as(directorLit, 'PUT', '/api/v1/deaths/P0400006/obligations/next_of_kin_informed', { doneAt: lateAt, doneBy: 'Trabajo social', reference: 'Llamada a la madre' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const late = (await t.as(directorLit, 'GET', '/api/v1/deaths/P0400006')).json();
    expect(late).toMatchObject({ overdue: false, alerts: { nextOfKin: { state: 'late', dueAt, doneAt: lateAt }, authority: { state: 'done', doneAt: ombudsmanAt } } });
    const listed = (await t.as(directorLit, 'GET', '/api/v1/deaths?late=true')).json();
    expect(listed.items).toEqual([expect.objectContaining({ person: expect.objectContaining({ id: 'P0400006' }), overdue: false, alerts: late.alerts })]);
    expect((await entries(directorLit, '?overdue=true')).items).toEqual([]);
    expect((await entries(directorLit, '?late=false')).items.map((e) => e.person.id)).not.toContain('P0400006');
  });

  it('lets health, the director and HQ write, oversight only read, officers and supervisors neither; other centres see nothing', async () => {
    await admit('P0400007');
    await t.as(directorLit, 'POST', '/api/v1/persons/P0400007/movements', { type: 'death', at: hoursAgo(1) });
    const users = {
      health: await t.addUser('salud.lit', ['health'], ['LIT']),
      hq: await t.addUser('hq', ['hq'], 'all'),
      oversight: await t.addUser('defensoria', ['oversight'], 'all'),
      officer: await t.addUser('guia.lit', ['officer'], ['LIT']),
      supervisor: await t.addUser('super.lit', ['supervisor'], ['LIT']),
      healthMac: await t.addUser('salud.mac', ['health'], ['MAC']),
    };
    const expected: Record<keyof typeof users, [read: number, write: number]> = {
      health: [200, 200],
      hq: [200, 200],
      oversight: [200, 403],
      officer: [403, 403],
      supervisor: [403, 403],
      healthMac: [404, 404],
    };
    for (const [name, client] of Object.entries(users) as [keyof typeof users, TestClient][]) {
      const before = await count('death_obligations');
      const read = await t.as(client, 'GET', '/api/v1/deaths/P0400007');
      const write = await t.as(client, 'PUT', '/api/v1/deaths/P0400007/obligations/autopsy', { doneAt: hoursAgo(0.5), doneBy: 'Medicina legal' });
      expect([name, read.statusCode, write.statusCode]).toEqual([name, ...expected[name]]);
      if (write.statusCode !== 200) expect(await count('death_obligations')).toBe(before);
    }
    expect((await entries(users.healthMac)).items).toEqual([]);
    expect((await entries(users.oversight)).total).toBe(1);
  });
});
