import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotCounts, type TestApp, type TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';
import type { IncidentDetail, IncidentPage } from './schemas.ts';

/** PATCH is not among the test client's verbs: the same request, by hand. */
export function patch(t: TestApp, client: TestClient, url: string, body: unknown) {
  return t.app.inject({ method: 'PATCH', url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken }, payload: body as object });
}

/** Row counts of every table an incident write could touch, and the audit log. */
export async function incidentCounts(t: TestApp): Promise<Record<string, number>> {
  const counts = await snapshotCounts(t.db);
  for (const table of ['incidents', 'incident_people', 'incident_staff', 'incident_addenda', 'incident_history']) {
    const [row] = await t.db.raw(`select count(*)::int as n from ${table}`);
    counts[table] = Number(row?.n);
  }
  return counts;
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe('incident reports', () => {
  const t = useSmallEstateApp();
  let officer: TestClient;
  let otherOfficer: TestClient;
  let supervisor: TestClient;
  let director: TestClient;
  let oversight: TestClient;
  let officerMac: TestClient;

  beforeEach(async () => {
    officer = await t.addUser('guia.lit', ['officer'], ['LIT']);
    otherOfficer = await t.addUser('guia2.lit', ['officer'], ['LIT']);
    supervisor = await t.addUser('jefe.lit', ['supervisor'], ['LIT']);
    director = await t.addUser('director.lit', ['director'], ['LIT']);
    oversight = await t.addUser('defensoria', ['oversight'], 'all');
    officerMac = await t.addUser('guia.mac', ['officer'], ['MAC']);
  });

  const report = async (client: TestClient, body: Record<string, unknown> = {}) => {
    const response = await t.as(client, 'POST', '/api/v1/incidents', {
      centre: 'LIT',
      location: 'LIT-P1-A-001',
      type: 'fight',
      severity: 'high',
      startedAt: minutesAgo(30),
      description: 'Pelea en la celda 001.\nDos internos con cuchillos artesanales.',
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as IncidentDetail;
  };
  const get = async (client: TestClient, id: string) => (await t.as(client, 'GET', `/api/v1/incidents/${id}`)).json() as IncidentDetail;

  it('issues ids per centre and year, and opens a draft its reporter may submit', async () => {
    const year = new Date().getUTCFullYear();
    const first = await report(officer);
    const second = await report(officer, { submit: true });
    expect(first.id).toBe(`LIT-INC-${year}-000001`);
    expect(second.id).toBe(`LIT-INC-${year}-000002`);
    expect(first).toMatchObject({ status: 'draft', version: 1, reportedBy: 'guia.lit', casualties: { deaths: 0, injuries: 0 }, summary: 'Pelea en la celda 001.' });
    expect(first.allowed).toEqual({ transitions: ['submit'], correct: true, grow: true, remove: true, addendum: true });
    expect(second.status).toBe('submitted');
    expect(second.history.map((h) => h.action)).toEqual(['reported', 'submit']);
    // Who reported it and who did what are shown by name; the username stays in the answer.
    await t.db.raw(`update users set display_name = 'Rosa Vera' where username = 'guia.lit'`);
    const named = await get(officer, second.id);
    expect(named).toMatchObject({ reportedBy: 'guia.lit', reportedByName: 'Rosa Vera' });
    expect(named.history.map((h) => [h.by, h.byName])).toEqual([
      ['guia.lit', 'Rosa Vera'],
      ['guia.lit', 'Rosa Vera'],
    ]);
    // Another officer of the centre reads it but may not act as its reporter.
    expect((await get(otherOfficer, first.id)).allowed.transitions).toEqual([]);
    // Outside the caseload it does not exist.
    expect((await t.as(officerMac, 'GET', `/api/v1/incidents/${first.id}`)).statusCode).toBe(404);
  });

  it('grows the report: people, staff, addenda, items, damage, forces, end time; casualties are counted', async () => {
    let r = await report(officer);
    const step = async (method: 'POST' | 'PUT', path: string, body: Record<string, unknown>) => {
      const response = await t.as(officer, method, `/api/v1/incidents/${r.id}${path}`, { version: r.version, ...body });
      expect(response.statusCode, response.body).toBe(200);
      r = response.json() as IncidentDetail;
    };
    await step('POST', '/people', { person: 'P0000001', role: 'perpetrator', injury: 'none' });
    await step('POST', '/people', { person: 'P0000002', role: 'victim', injury: 'serious', note: 'Herida en el brazo' });
    await step('POST', '/staff', { name: 'Carlos Mora', role: 'responder', injury: 'minor', hostage: false });
    await step('POST', '/addenda', { text: 'El interno fue llevado a la enfermería.' });
    await step('PUT', '/items', { items: [{ item: 'blade', quantity: 2, description: 'cuchillos artesanales' }] });
    await step('PUT', '/damage', { damage: [{ location: 'LIT-P1-A-001', description: 'Puerta de la celda rota' }] });
    await step('PUT', '/forces', { forces: [{ force: 'ambulance', calledAt: minutesAgo(20), note: null }] });
    await step('PUT', '/people/P0000002/victim', { injury: 'fatal', note: 'Falleció en la enfermería' });
    const ended = await patch(t, officer, `/api/v1/incidents/${r.id}`, { version: r.version, endedAt: minutesAgo(5), otherInjuries: 1 });
    expect(ended.statusCode, ended.body).toBe(200);
    r = ended.json() as IncidentDetail;

    expect(r.version).toBe(10);
    expect(r.people.map((p) => [p.person, p.familyNames.length > 0, p.role, p.injury])).toEqual([
      ['P0000001', true, 'perpetrator', 'none'],
      ['P0000002', true, 'victim', 'fatal'],
    ]);
    expect(r.casualties).toEqual({ deaths: 1, injuries: 2 });
    expect(r.staff).toMatchObject([{ name: 'Carlos Mora', injury: 'minor' }]);
    expect(r.addenda.map((a) => a.text)).toEqual(['El interno fue llevado a la enfermería.']);
    expect(r.items).toEqual([{ item: 'blade', quantity: 2, description: 'cuchillos artesanales' }]);
    expect(r.forces[0]?.force).toBe('ambulance');
    expect(r.history.map((h) => h.action)).toEqual([
      'reported', 'person_added', 'person_added', 'staff_added', 'addendum_added', 'items_changed', 'damage_changed', 'forces_changed', 'person_changed', 'corrected',
    ]);
    expect(r.history.at(-1)?.changes).toHaveProperty('otherInjuries', { old: 0, new: 1 });
    const audited = await t.db.raw(`select action from audit_log where subject_type = 'incident' and subject_id = '${r.id}' order by id`);
    const changed = 'incident.changed';
    expect(audited.map((a) => a.action)).toEqual(['incident.reported', changed, changed, changed, 'incident.addendum_added', changed, changed, changed, changed, changed]);
    // The list counts casualties the same way.
    const list = (await t.as(director, 'GET', '/api/v1/incidents?centre=LIT')).json() as IncidentPage;
    expect(list.items.find((i) => i.id === r.id)?.casualties).toEqual({ deaths: 1, injuries: 2 });
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const r = await report(officer);
    const before = await incidentCounts(t);
    const refusals: [string, () => ReturnType<TestApp['as']>, number, string, string?][] = [
      ['ends before it starts', () => patch(t, officer, `/api/v1/incidents/${r.id}`, { version: 1, endedAt: minutesAgo(60) }), 400, 'endedAt', 'INCIDENT_ENDS_BEFORE_START'],
      ['a person not in custody there then', () => t.as(officer, 'POST', `/api/v1/incidents/${r.id}/people`, { version: 1, person: 'P0000004', role: 'victim' }), 400, 'person', 'INCIDENT_PERSON_NOT_IN_CUSTODY'],
      ['a start in the future', () => t.as(officer, 'POST', '/api/v1/incidents', { centre: 'LIT', type: 'fight', startedAt: new Date(Date.now() + 3_600_000).toISOString(), description: 'x' }), 400, 'startedAt', 'INCIDENT_START_IN_FUTURE'],
      ['year 0000', () => t.as(officer, 'POST', '/api/v1/incidents', { centre: 'LIT', type: 'fight', startedAt: '0000-01-01T00:00:00Z', description: 'x' }), 400, 'startedAt'],
      ['a location of another centre', () => t.as(officer, 'POST', '/api/v1/incidents', { centre: 'LIT', location: 'MAC-P2-A-001', type: 'fight', startedAt: minutesAgo(5), description: 'x' }), 400, 'location', 'INCIDENT_LOCATION_ELSEWHERE'],
      ['a NUL in the description', () => t.as(officer, 'POST', '/api/v1/incidents', { centre: 'LIT', type: 'fight', startedAt: minutesAgo(5), description: 'a\u0000b' }), 400, 'description'],
      ['a lone surrogate in an addendum', () => t.as(officer, 'POST', `/api/v1/incidents/${r.id}/addenda`, { version: 1, text: 'a\uD800b' }), 400, 'text'],
      ['a huge description', () => t.as(officer, 'POST', '/api/v1/incidents', { centre: 'LIT', type: 'fight', startedAt: minutesAgo(5), description: 'x'.repeat(100_000) }), 400, 'description'],
      ['a negative quantity', () => t.as(officer, 'PUT', `/api/v1/incidents/${r.id}/items`, { version: 1, items: [{ item: 'blade', quantity: -1 }] }), 400, 'items.0.quantity'],
      ['an unknown type', () => t.as(officer, 'POST', '/api/v1/incidents', { centre: 'LIT', type: 'party', startedAt: minutesAgo(5), description: 'x' }), 400, 'type'],
      ['a stale version', () => t.as(officer, 'POST', `/api/v1/incidents/${r.id}/addenda`, { version: 7, text: 'tarde' }), 409, 'version', 'INCIDENT_VERSION_CHANGED'],
      ['oversight writing', () => t.as(oversight, 'POST', `/api/v1/incidents/${r.id}/addenda`, { version: 1, text: 'no' }), 403, ''],
      ['an officer not its reporter', () => t.as(otherOfficer, 'POST', `/api/v1/incidents/${r.id}/addenda`, { version: 1, text: 'no' }), 403, ''],
      ['a centre outside the caseload', () => t.as(officerMac, 'POST', '/api/v1/incidents', { centre: 'LIT', type: 'fight', startedAt: minutesAgo(5), description: 'x' }), 404, ''],
    ];
    for (const [name, send, status, field, code] of refusals) {
      const response = await send();
      expect(response.statusCode, `${name}: ${response.body}`).toBe(status);
      const body = response.json() as { error: { code: string; field?: string } };
      if (code) expect(body.error.code, name).toBe(code);
      if (field) expect(JSON.stringify(body), name).toContain(field);
    }
    expect(await incidentCounts(t)).toEqual(before);
  });

  it('checks custody at the time the incident started, not now', async () => {
    // P0000003 was at LIT from 2025-08-01 until transferred to MAC on 2025-09-05.
    const then = await report(officer, { location: null, startedAt: '2025-08-15T12:00:00-05:00' });
    const added = await t.as(officer, 'POST', `/api/v1/incidents/${then.id}/people`, { version: 1, person: 'P0000003', role: 'witness' });
    expect(added.statusCode, added.body).toBe(200);
    // Moving the start to a time the witness was elsewhere is refused on the start.
    const moved = await patch(t, officer, `/api/v1/incidents/${then.id}`, { version: 2, startedAt: minutesAgo(30) });
    expect(moved.json()).toMatchObject({ error: { code: 'INCIDENT_PERSON_NOT_IN_CUSTODY', field: 'startedAt' } });
    const now = await report(officer, { location: null });
    const refused = await t.as(officer, 'POST', `/api/v1/incidents/${now.id}/people`, { version: 1, person: 'P0000003', role: 'witness' });
    expect(refused.json()).toMatchObject({ error: { code: 'INCIDENT_PERSON_NOT_IN_CUSTODY', field: 'person' } });
  });

  it('lists with filters and views, scoped to the caseload; a person and a location list theirs', async () => {
    const fight = await report(officer);
    await t.as(officer, 'POST', `/api/v1/incidents/${fight.id}/people`, { version: 1, person: 'P0000001', role: 'perpetrator' });
    const riot = await report(supervisor, { type: 'riot', location: 'LIT-P2-A-001', startedAt: '2026-01-10T23:30:00-05:00', submit: true });
    const mac = await report(officerMac, { centre: 'MAC', location: null, type: 'fire' });
    const ids = async (client: TestClient, query: string) => ((await t.as(client, 'GET', `/api/v1/incidents${query}`)).json() as IncidentPage).items.map((i) => i.id);

    expect(await ids(director, '')).toEqual([fight.id, riot.id]);
    expect(await ids(oversight, '')).toEqual(expect.arrayContaining([fight.id, riot.id, mac.id]));
    expect(await ids(director, '?type=riot,fire')).toEqual([riot.id]);
    expect(await ids(director, '?status=draft')).toEqual([fight.id]);
    expect(await ids(officer, '?view=my_drafts')).toEqual([fight.id]);
    expect(await ids(supervisor, '?view=my_drafts')).toEqual([]);
    expect(await ids(director, '?view=to_review')).toEqual([riot.id]);
    expect(await ids(director, '?person=P0000001')).toEqual([fight.id]);
    expect(await ids(director, '?location=LIT-P2')).toEqual([riot.id]);
    // 23:30 on 10 January in Guayaquil is already the 11th in UTC: the day is the centre's.
    expect(await ids(director, '?from=2026-01-10&to=2026-01-10')).toEqual([riot.id]);
    expect(await ids(director, '?from=2026-01-11&to=2026-01-11')).toEqual([]);
    expect(await ids(director, '?centre=MAC')).toEqual([]);
    expect(await ids(director, `?sort=startedAt&dir=asc`)).toEqual([riot.id, fight.id]);
    const paged = (await t.as(director, 'GET', '/api/v1/incidents?limit=1&offset=1')).json() as IncidentPage;
    expect(paged).toMatchObject({ total: 2, offset: 1, limit: 1, items: [{ id: riot.id }] });

    const ofPerson = (await t.as(director, 'GET', '/api/v1/persons/P0000001/incidents')).json() as IncidentPage;
    expect(ofPerson.items.map((i) => i.id)).toEqual([fight.id]);
    const ofLocation = (await t.as(director, 'GET', '/api/v1/locations/LIT-P2/incidents')).json() as IncidentPage;
    expect(ofLocation.items.map((i) => i.id)).toEqual([riot.id]);
    expect((await t.as(officerMac, 'GET', '/api/v1/locations/LIT-P2/incidents')).statusCode).toBe(404);
    expect((await t.as(officerMac, 'GET', '/api/v1/persons/P0000001/incidents')).statusCode).toBe(404);
  });

  it('lets a supervisor return a report with a comment; the reporter corrects and resubmits; the director closes', async () => {
    let r = await report(officer, { submit: true });
    const act = async (client: TestClient, body: Record<string, unknown>) => {
      const response = await t.as(client, 'POST', `/api/v1/incidents/${r.id}/transitions`, { version: r.version, ...body });
      expect(response.statusCode, response.body).toBe(200);
      r = response.json() as IncidentDetail;
    };
    const noComment = await t.as(supervisor, 'POST', `/api/v1/incidents/${r.id}/transitions`, { version: r.version, action: 'return' });
    expect(noComment.json()).toMatchObject({ error: { code: 'INCIDENT_COMMENT_REQUIRED', field: 'comment' } });
    expect((await patch(t, officer, `/api/v1/incidents/${r.id}`, { version: r.version, type: 'assault' })).json()).toMatchObject({ error: { code: 'INCIDENT_NOT_EDITABLE' } });
    await act(supervisor, { action: 'return', comment: 'Falta la hora de fin y los testigos.' });
    expect(r.status).toBe('returned');
    const corrected = await patch(t, officer, `/api/v1/incidents/${r.id}`, { version: r.version, type: 'assault', endedAt: minutesAgo(1) });
    expect(corrected.statusCode, corrected.body).toBe(200);
    r = corrected.json() as IncidentDetail;
    await act(officer, { action: 'resubmit' });
    await act(director, { action: 'close' });
    expect(r).toMatchObject({ status: 'closed', type: 'assault' });
    expect(r.allowed.transitions).toEqual(['reopen']);
    expect(r.history.map((h) => [h.action, h.toStatus, h.comment])).toEqual([
      ['reported', 'draft', null],
      ['submit', 'submitted', null],
      ['return', 'returned', 'Falta la hora de fin y los testigos.'],
      ['corrected', null, null],
      ['resubmit', 'submitted', null],
      ['close', 'closed', null],
    ]);
  });

  it('issues distinct numbers to reports made at once, and lets one of two writes on the same version through', async () => {
    const made = await Promise.all([officer, otherOfficer, supervisor, director, officer].map((client) => report(client)));
    const numbers = made.map((r) => Number(r.id.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
    const target = made[0]!;
    const both = await Promise.all(['Primera', 'Segunda'].map((text) => t.as(officer, 'POST', `/api/v1/incidents/${target.id}/addenda`, { version: 1, text })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await get(officer, target.id)).addenda).toHaveLength(1);
  });

  it('marks a duplicate of another report of the same centre', async () => {
    const original = await report(officer, { submit: true });
    const copy = await report(otherOfficer, { submit: true });
    const missing = await t.as(supervisor, 'POST', `/api/v1/incidents/${copy.id}/transitions`, { version: 1, action: 'mark_duplicate', comment: 'El mismo hecho' });
    expect(missing.json()).toMatchObject({ error: { code: 'INCIDENT_DUPLICATE_OF_REQUIRED', field: 'duplicateOf' } });
    const marked = await t.as(supervisor, 'POST', `/api/v1/incidents/${copy.id}/transitions`, { version: 1, action: 'mark_duplicate', comment: 'El mismo hecho', duplicateOf: original.id });
    expect(marked.json()).toMatchObject({ status: 'duplicate', duplicateOf: original.id });
  });
});
