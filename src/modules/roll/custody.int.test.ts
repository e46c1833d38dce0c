import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, snapshotCounts, type TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';

const admission = (overrides: Record<string, unknown> = {}) => ({
  person: {
    id: 'P0100001',
    nationalId: '0911111111',
    givenNames: 'José Adolfo',
    familyNames: 'Macías Villamar',
    aliases: ['Fito'],
    birthDate: '1979-11-15',
    sex: 'M',
    nationality: 'ECU',
  },
  to: 'MAC-P1-A-001',
  admittedAt: '2025-09-22T06:30:00-05:00',
  arrestedAt: '2025-09-21T22:00:00-05:00',
  commitmentOrder: 'Boleta 0923-2025',
  issuingAuthority: 'Unidad Judicial Penal de Machala',
  injuriesOnArrival: 'Hematoma en el antebrazo izquierdo',
  offence: 'robbery',
  maxPenaltyYears: 5,
  legalStatus: 'pretrial',
  pretrialSince: '2024-09-21',
  risk: 'high',
  nextOfKin: [{ name: 'Rosa Villamar', relationship: 'madre', phone: '0999999999', address: null }],
  ...overrides,
});

describe('admissions, search, the person file and movements over HTTP', () => {
  const t = useSmallEstateApp();
  let officerMac: TestClient;
  let officerLit: TestClient;
  let admin: TestClient;
  // Every test starts from the imported fixture estate and its own users.
  beforeEach(async () => {
    officerMac = await t.addUser('guia.mac', ['officer'], ['MAC']);
    officerLit = await t.addUser('guia.lit', ['officer'], ['LIT']);
    admin = await t.login('admin', ADMIN_PASSWORD);
  });

  /** Admits José Adolfo Macías (P0100001) into MAC-P1-A-001, as an officer at Machala. */
  const admitFito = async () => {
    const response = await t.as(officerMac, 'POST', '/api/v1/admissions', admission());
    expect(response.statusCode).toBe(201);
    return response;
  };

  it('admits a person into a cell, with the arrival record of Mandela rule 7', async () => {
    const response = await admitFito();
    expect(response.json()).toMatchObject({ person: 'P0100001', centre: 'MAC', location: 'MAC-P1-A-001' });
    const file = (await t.as(officerMac, 'GET', '/api/v1/persons/P0100001')).json();
    expect(file.current).toMatchObject({ centre: 'MAC', location: 'MAC-P1-A-001', state: 'in' });
    expect(file.episodes[0]).toMatchObject({
      commitmentOrder: 'Boleta 0923-2025',
      issuingAuthority: 'Unidad Judicial Penal de Machala',
      injuriesOnArrival: 'Hematoma en el antebrazo izquierdo',
      arrestedAt: '2025-09-22T03:00:00.000Z',
    });
    expect(file.nextOfKin).toEqual([{ name: 'Rosa Villamar', relationship: 'madre', phone: '0999999999', address: null }]);
    // Up to 5 years: preventive detention lapses after one year, so this one is overdue.
    expect(file.pretrialClock).toMatchObject({ limitMonths: 12, limitDate: '2025-09-21', overdue: true });
    expect(file.movements.map((m: { type: string }) => m.type)).toEqual(['admission']);
  });

  it('finds people by misspelt name, alias or ID, in any order, without accents', async () => {
    await admitFito();
    for (const q of ['jose macias', 'jose macais', 'Macías José', 'fito', '0911111111', 'P0100001']) {
      const people = (await t.as(officerMac, 'GET', `/api/v1/persons?q=${encodeURIComponent(q)}`)).json().people;
      expect(people[0]?.id, q).toBe('P0100001');
    }
    const none = (await t.as(officerMac, 'GET', '/api/v1/persons?q=zzzzqqq')).json().people;
    expect(none).toEqual([]);
  });

  it('hides people outside the caseload: not in search, 404 on the file', async () => {
    await admitFito();
    const search = (await t.as(officerLit, 'GET', '/api/v1/persons?q=macias')).json().people;
    expect(search.map((p: { id: string }) => p.id)).not.toContain('P0100001');
    expect((await t.as(officerLit, 'GET', '/api/v1/persons/P0100001')).statusCode).toBe(404);
    const before = await snapshotCounts(t.db);
    const move = await t.as(officerLit, 'POST', '/api/v1/persons/P0100001/movements', { type: 'release', reason: 'acquittal' });
    expect(move.statusCode).toBe(404);
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it('refuses a second admission of someone in custody, changing nothing', async () => {
    await admitFito();
    const before = await snapshotCounts(t.db);
    const again = await t.as(officerMac, 'POST', '/api/v1/admissions', admission({ person: { id: 'P0100001' }, to: 'MAC' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'PERSON_IN_CUSTODY', field: 'person' });
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it('names the field of a bad admission', async () => {
    const noClock = await t.as(officerMac, 'POST', '/api/v1/admissions', admission({ person: { ...admission().person, id: 'P0100002' }, pretrialSince: null }));
    expect(noClock.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'pretrialSince' });
    const badCell = await t.as(officerMac, 'POST', '/api/v1/admissions', admission({ person: { ...admission().person, id: 'P0100002' }, to: 'MAC-P1-A' }));
    expect(badCell.json().error).toMatchObject({ code: 'LOCATION_NOT_FOUND', field: 'to' });
  });

  it('moves, sends to court and back, then releases with a reason; the roll follows', async () => {
    await admitFito();
    const roll = async () => (await t.as(officerMac, 'GET', '/api/v1/roll?centre=MAC')).json().centres[0];
    const before = await roll();
    await t.as(officerMac, 'POST', '/api/v1/persons/P0100001/movements', { type: 'court_out', reason: 'Audiencia de juzgamiento' });
    expect(await roll()).toMatchObject({ on_roll: before.on_roll, out: 1, out_court: 1, in: before.in - 1 });
    const back = await t.as(officerMac, 'POST', '/api/v1/persons/P0100001/movements', { type: 'court_return' });
    expect(back.json().state).toMatchObject({ location: 'MAC-P1-A-001', state: 'in' });
    const noReason = await t.as(officerMac, 'POST', '/api/v1/persons/P0100001/movements', { type: 'release', reason: 'bored' });
    expect(noReason.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    const released = await t.as(officerMac, 'POST', '/api/v1/persons/P0100001/movements', { type: 'release', reason: 'acquittal', note: 'Sentencia absolutoria' });
    expect(released.statusCode).toBe(201);
    expect(await roll()).toMatchObject({ on_roll: before.on_roll - 1 });
    const file = (await t.as(officerMac, 'GET', '/api/v1/persons/P0100001')).json();
    expect(file.current).toBeNull();
    expect(file.episodes[0]).toMatchObject({ releaseReason: 'acquittal', releaseNote: 'Sentencia absolutoria' });
  });

  it('answers a movement of someone outside the caseload as it answers someone who does not exist: 404, changing nothing', async () => {
    await admitFito();
    const before = await snapshotCounts(t.db);
    // P0100001 is held at MAC; NOBODY-1 has never been registered; P0000005 was released at MAC.
    const elsewhere = await t.as(officerLit, 'POST', '/api/v1/persons/P0100001/movements', { type: 'court_out' });
    const nobody = await t.as(officerLit, 'POST', '/api/v1/persons/NOBODY-1/movements', { type: 'court_out' });
    const releasedElsewhere = await t.as(officerLit, 'POST', '/api/v1/persons/P0000005/movements', { type: 'court_out' });
    for (const answer of [elsewhere, nobody, releasedElsewhere]) {
      expect(answer.statusCode).toBe(404);
      expect(answer.json().error.code).toBe('NOT_FOUND');
    }
    // Someone the officer may know of, no longer in custody, is still said to be so.
    const released = await t.as(officerMac, 'POST', '/api/v1/persons/P0000005/movements', { type: 'court_out' });
    expect(released.json().error.code).toBe('PERSON_NOT_IN_CUSTODY');
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it('gives the roll as it stood at a past time', async () => {
    const past = (await t.as(admin, 'GET', `/api/v1/roll?at=${encodeURIComponent('2025-09-08T00:00:00Z')}`)).json();
    // Before P3's transfer on 5 September? No: after it; and before P5's admission on the 10th.
    expect(past.centres.find((c: { code: string }) => c.code === 'MAC')).toMatchObject({ on_roll: 2, pretrial: 2 });
    const earlier = (await t.as(admin, 'GET', `/api/v1/roll?at=${encodeURIComponent('2025-09-01T00:00:00Z')}`)).json();
    expect(earlier.centres.find((c: { code: string }) => c.code === 'LIT')).toMatchObject({ on_roll: 3 });
    expect(earlier.centres.find((c: { code: string }) => c.code === 'MAC')).toMatchObject({ on_roll: 1 });
  });

  it('shows a centre tree with capacities and occupancy summed up every level', async () => {
    const tree = (await t.as(admin, 'GET', '/api/v1/roll/centres/LIT')).json();
    const byCode = Object.fromEntries(tree.locations.map((l: { code: string }) => [l.code, l]));
    expect(byCode['LIT-P1-A-002']).toMatchObject({ design: 2, working: 3, max: 4, occupancy: 1, band: 'under' });
    expect(byCode['LIT-P1']).toMatchObject({ design: 4, working: 6, max: 8, occupancy: 1 });
    expect(byCode['LIT-P2-A-001']).toMatchObject({ occupancy: 1 });
    const cell = (await t.as(admin, 'GET', '/api/v1/roll/locations/LIT-P1-A-002')).json();
    expect(cell.ancestors.map((a: { code: string }) => a.code)).toEqual(['LIT-P1', 'LIT-P1-A']);
    expect(cell.occupants.map((o: { id: string }) => o.id)).toEqual(['P0000002']);
    expect((await t.as(officerMac, 'GET', '/api/v1/roll/centres/LIT')).statusCode).toBe(404);
  });

  it('keeps capacity changes and refuses a maximum below the people housed', async () => {
    const low = await t.as(admin, 'PUT', '/api/v1/locations/LIT-P1-A-002/capacity', { designCapacity: 0, workingCapacity: 0, maxCapacity: 0, reason: 'Daños por incendio' });
    expect(low.statusCode).toBe(409);
    expect(low.json().error.code).toBe('CAPACITY_BELOW_OCCUPANCY');
    const ok = await t.as(admin, 'PUT', '/api/v1/locations/LIT-P1-A-002/capacity', { designCapacity: 3, workingCapacity: 4, maxCapacity: 6, reason: 'Literas nuevas' });
    expect(ok.json()).toMatchObject({ designCapacity: 3, maxCapacity: 6 });
    const history = (await t.as(admin, 'GET', '/api/v1/locations/LIT-P1-A-002/history')).json().changes;
    expect(history[0]).toMatchObject({ kind: 'capacity', oldValue: '2/3/4', newValue: '3/4/6', reason: 'Literas nuevas', recordedBy: 'admin' });
    const officer = await t.as(officerLit, 'PUT', '/api/v1/locations/LIT-P1-A-002/capacity', { designCapacity: 9, workingCapacity: 9, maxCapacity: 9, reason: 'sin permiso' });
    expect(officer.statusCode).toBe(403);
  });

  it('will not close a cell with people in it; closes an empty one', async () => {
    const occupied = await t.as(admin, 'PUT', '/api/v1/locations/LIT-P1-A-002/status', { status: 'closed', reason: 'Mantenimiento' });
    expect(occupied.statusCode).toBe(409);
    expect(occupied.json().error).toMatchObject({ code: 'LOCATION_OCCUPIED' });
    const empty = await t.as(admin, 'PUT', '/api/v1/locations/LIT-P1-A-001/status', { status: 'closed', reason: 'Mantenimiento' });
    expect(empty.json().locations[0]).toMatchObject({ code: 'LIT-P1-A-001', status: 'closed' });
    const into = await t.as(officerLit, 'POST', '/api/v1/persons/P0000002/movements', { type: 'internal_move', to: 'LIT-P1-A-001' });
    expect(into.json().error.code).toBe('LOCATION_INACTIVE');
  });

  it('hands a centre to another authority with its decree, keeping the history', async () => {
    const response = await t.as(admin, 'POST', '/api/v1/centres/MAC/authority', { authority: 'military', since: '2026-01-09', decree: 'Decreto Ejecutivo 111' });
    expect(response.json().authority).toBe('military');
    const centre = (await t.as(admin, 'GET', '/api/v1/centres/MAC')).json();
    expect(centre.authorityHistory.map((h: { authority: string }) => h.authority)).toEqual(['military', 'police']);
    expect(centre.authorityHistory[0]).toMatchObject({ since: '2026-01-09', decree: 'Decreto Ejecutivo 111' });
  });

  it('pushes a roll event to screens in the caseload when a movement is committed', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    try {
      const stream = await fetch(`${address}/api/v1/roll/stream`, { headers: { cookie: officerLit.cookie }, signal: controller.signal });
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let received = '';
      const until = async (pattern: RegExp) => {
        while (!pattern.test(received)) {
          const { value, done } = await reader.read();
          if (done) break;
          received += decoder.decode(value);
        }
      };
      await until(/connected/);
      // A movement at MAC is outside this officer's caseload: no event. Then one at LIT.
      await t.as(officerMac, 'POST', '/api/v1/persons/P0000004/movements', { type: 'hospital_out', reason: 'Control médico' });
      await t.as(officerLit, 'POST', '/api/v1/persons/P0000002/movements', { type: 'court_out', reason: 'Audiencia' });
      await until(/event: roll/);
      const data = JSON.parse(/data: (.*)/.exec(received)?.[1] ?? '{}');
      expect(data.centres).toEqual(['LIT']);
      expect(received).not.toContain('MAC');
    } finally {
      controller.abort();
    }
  });
});
