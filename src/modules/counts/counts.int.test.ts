import { beforeEach, describe, expect, it } from 'vitest';
import { type TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';
import { pngImage } from '../register/testing.ts';

const admission = (id: string, to: string) => ({
  person: { id, nationalId: null, givenNames: `Nombre ${id}`, familyNames: `Apellido ${id}`, aliases: [], birthDate: null, sex: 'M', nationality: 'ECU' },
  to,
  admittedAt: '2025-09-22T06:30:00-05:00',
  arrestedAt: null,
  commitmentOrder: `Boleta ${id}`,
  issuingAuthority: 'Unidad Judicial Penal de Guayaquil',
  offence: 'robbery',
  maxPenaltyYears: 5,
  // Pavilion 2 of the Litoral holds sentenced people only (Mandela rule 11 b).
  ...(to.startsWith('LIT-P2') ? { legalStatus: 'sentenced', sentenceMonths: 48 } : { legalStatus: 'pretrial', pretrialSince: '2025-09-21' }),
  risk: 'high',
});

interface Line {
  location: string;
  name: string | null;
  pavilion: { code: string; name: string } | null;
  expected: number;
  counted: number | null;
  difference: number | null;
  status: string;
}

describe('count sessions and the roll sheet over HTTP', () => {
  const t = useSmallEstateApp();
  let officerLit: TestClient;
  let supervisorLit: TestClient;
  let officerMac: TestClient;

  /** What a refused call must leave as it was: the count tables, their figures, and the audit log. */
  const snapshot = async () => {
    const tables: Record<string, unknown> = {};
    for (const table of ['count_sessions', 'count_lines', 'count_marks', 'audit_log']) {
      tables[table] = Number((await t.db.raw(`select count(*)::int as n from ${table}`))[0]?.n);
    }
    tables.sessions = await t.db.raw('select id, status, closed_at from count_sessions order by id');
    tables.lines = await t.db.raw('select session, location, counted, counted_by, reconciliation from count_lines order by session, location');
    tables.marks = await t.db.raw('select session, person, present from count_marks order by session, person');
    return tables;
  };
  const lines = async (count: string): Promise<Record<string, Line>> =>
    Object.fromEntries((await t.as(officerLit, 'GET', `/api/v1/counts/${count}`)).json().lines.map((l: Line) => [l.location, l]));
  const enter = (count: string, location: string, counted: number, client = officerLit) => t.as(client, 'PUT', `/api/v1/counts/${count}/lines/${location}/count`, { counted });
  const mark = (count: string, location: string, marks: { person: string; present: boolean }[]) => t.as(officerLit, 'PUT', `/api/v1/counts/${count}/lines/${location}/marks`, { marks });
  const people = async (count: string, location: string) => (await t.as(officerLit, 'GET', `/api/v1/counts/${count}/lines/${location}/people`)).json().people;

  /** Starts a count at the Litoral and returns its id. */
  const startLit = async (kind = 'scheduled') => {
    const response = await t.as(officerLit, 'POST', '/api/v1/counts', { centre: 'LIT', kind });
    expect(response.statusCode).toBe(201);
    return response.json().session.id as string;
  };
  /**
   * Counts every line of a Litoral count: by number where the figures match, one person more
   * than expected in reception, and cell LIT-P1-A-002 by names (one ticked absent, then present).
   */
  const countEveryLine = async (count: string) => {
    for (const [location, counted] of [['LIT-P1-A-001', 0], ['LIT-P2-A-001', 1], ['-', 1], ['LIT-REC', 1]] as const) {
      expect((await enter(count, location, counted)).statusCode).toBe(200);
    }
    expect((await mark(count, 'LIT-P1-A-002', [{ person: 'P0000002', present: true }, { person: 'P0100001', present: false }])).statusCode).toBe(200);
    expect((await mark(count, 'LIT-P1-A-002', [{ person: 'P0100001', present: true }])).statusCode).toBe(200);
  };
  /** A Litoral count counted, its discrepancy explained, and closed. */
  const closedCount = async () => {
    const count = await startLit();
    await countEveryLine(count);
    await t.as(supervisorLit, 'POST', `/api/v1/counts/${count}/lines/LIT-REC/reconcile`, { explanation: 'Visitante retenido en recepción, no es interno' });
    expect((await t.as(supervisorLit, 'POST', `/api/v1/counts/${count}/close`)).statusCode).toBe(200);
    return count;
  };

  // Every test starts from the fixture estate with the same people and users, and no count.
  beforeEach(async () => {
    officerLit = await t.addUser('guia.lit', ['officer'], ['LIT']);
    supervisorLit = await t.addUser('supervisor.lit', ['supervisor'], ['LIT']);
    officerMac = await t.addUser('guia.mac', ['officer'], ['MAC']);
    // Litoral: P0000001 in LIT-P2-A-001 and P0000002 in LIT-P1-A-002 (fixture); add one more in
    // LIT-P1-A-002, one not yet placed, and one in LIT-P2-A-001 who is out at court.
    for (const [id, to] of [['P0100001', 'LIT-P1-A-002'], ['P0100002', 'LIT'], ['P0100003', 'LIT-P2-A-001']] as const) {
      expect((await t.as(officerLit, 'POST', '/api/v1/admissions', admission(id, to))).statusCode).toBe(201);
    }
    expect((await t.as(officerLit, 'POST', '/api/v1/persons/P0100003/movements', { type: 'court_out', reason: 'Audiencia' })).statusCode).toBe(201);
  });

  it("says which standard count is due at the centre, and that it was started once a count is", async () => {
    const before = (await t.as(officerLit, 'GET', '/api/v1/counts/due?centre=LIT')).json();
    expect(before).toMatchObject({ centre: 'LIT', times: ['06:00', '12:00', '18:00', '21:00'], openCount: null, due: { started: false } });
    expect(new Date(before.due.at).getTime()).toBeLessThanOrEqual(Date.now());
    expect(new Date(before.next.at).getTime()).toBeGreaterThan(Date.now());
    const count = await startLit();
    expect((await t.as(officerLit, 'GET', '/api/v1/counts/due?centre=LIT')).json()).toMatchObject({ openCount: count, due: { time: before.due.time, started: true } });
    // Another centre's schedule is not the officer's to read.
    expect((await t.as(officerMac, 'GET', '/api/v1/counts/due?centre=LIT')).statusCode).toBe(404);
  });

  it('starts a count with the number of people physically in each cell, unit and unplaced', async () => {
    const response = await t.as(officerLit, 'POST', '/api/v1/counts', { centre: 'LIT', kind: 'scheduled', note: 'Conteo de las 06:00' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    const count = body.session.id;
    expect(body.session).toMatchObject({ centre: 'LIT', kind: 'scheduled', status: 'open', startedBy: 'guia.lit', note: 'Conteo de las 06:00', closedAt: null });
    // Every active cell or unit (empty ones too), in tree order, the unplaced ('') last.
    expect(body.lines.map((l: Line) => [l.location, l.expected, l.status])).toEqual([
      ['LIT-P1-A-001', 0, 'pending'],
      ['LIT-P1-A-002', 2, 'pending'],
      ['LIT-P2-A-001', 1, 'pending'],
      ['LIT-REC', 0, 'pending'],
      ['', 1, 'pending'],
    ]);
    expect(body.lines[1]).toMatchObject({ name: 'Celda 002', pavilion: { code: 'LIT-P1', name: 'Pabellón 1' }, counted: null, difference: null });
    expect(body.lines[3]).toMatchObject({ name: 'Recepción', pavilion: null });
    // The expected total is the roll's "in" for the centre: the person at court is not expected.
    const roll = (await t.as(officerLit, 'GET', '/api/v1/roll?centre=LIT')).json().centres[0];
    expect(body.totals).toEqual({ lines: 5, expected: roll.in, counted: 0, discrepancies: 0, unreconciled: 0, pending: 5 });
    expect(roll).toMatchObject({ in: 4, out_court: 1 });
    const audit = await t.db.raw("select action, subject_type, subject_id, centre from audit_log where action = 'count.started'");
    expect(audit).toEqual([{ action: 'count.started', subject_type: 'count', subject_id: count, centre: 'LIT' }]);
  });

  it('refuses a second open count at the same centre, changing nothing', async () => {
    await startLit();
    const before = await snapshot();
    const again = await t.as(supervisorLit, 'POST', '/api/v1/counts', { centre: 'LIT', kind: 'emergency' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('COUNT_ALREADY_OPEN');
    expect(await snapshot()).toEqual(before);
  });

  it('opens one count when several are started at once', async () => {
    const responses = await Promise.all([1, 2, 3].map(() => t.as(officerMac, 'POST', '/api/v1/counts', { centre: 'MAC', kind: 'emergency' })));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await t.db.raw("select count(*)::int as n from count_sessions where centre = 'MAC' and status = 'open'")).toEqual([{ n: 1 }]);
  });

  it('hides a count from an officer of another centre: 404, like a count that does not exist', async () => {
    const count = await startLit();
    expect((await t.as(officerMac, 'POST', '/api/v1/counts', { centre: 'MAC', kind: 'scheduled' })).statusCode).toBe(201);
    const before = await snapshot();
    for (const [method, url, body] of [
      ['GET', `/api/v1/counts/${count}`, undefined],
      ['GET', `/api/v1/counts/${count}/lines/LIT-REC/people`, undefined],
      ['PUT', `/api/v1/counts/${count}/lines/LIT-REC/count`, { counted: 3 }],
      ['POST', `/api/v1/counts/${count}/close`, undefined],
    ] as const) {
      const response = await t.as(officerMac, method, url, body);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code, url).toBe('COUNT_NOT_FOUND');
    }
    const missing = await t.as(officerLit, 'GET', '/api/v1/counts/00000000-0000-4000-8000-000000000000');
    expect(missing.json().error.code).toBe('COUNT_NOT_FOUND');
    expect((await t.as(officerMac, 'GET', '/api/v1/counts?centre=LIT')).statusCode).toBe(404);
    expect((await t.as(officerMac, 'POST', '/api/v1/counts', { centre: 'LIT', kind: 'emergency' })).statusCode).toBe(404);
    expect((await t.as(officerMac, 'GET', '/api/v1/counts')).json().counts.map((c: { centre: string }) => c.centre)).toEqual(['MAC']);
    expect(await snapshot()).toEqual(before);
  });

  it('enters counts by number; a discrepancy stands out and the count cannot close', async () => {
    const count = await startLit();
    expect((await enter(count, 'LIT-P1-A-001', 0)).json().line).toMatchObject({ status: 'ok', difference: 0 });
    expect((await enter(count, 'LIT-P2-A-001', 1)).json().line).toMatchObject({ status: 'ok' });
    expect((await enter(count, '-', 1)).json().line).toMatchObject({ location: '', expected: 1, counted: 1, status: 'ok' });
    // Someone found in reception, where nobody was expected.
    const extra = await enter(count, 'LIT-REC', 1);
    expect(extra.statusCode).toBe(200);
    expect(extra.json()).toMatchObject({ line: { location: 'LIT-REC', expected: 0, counted: 1, difference: 1, status: 'discrepancy' }, totals: { unreconciled: 1, pending: 1 } });
    expect((await enter(count, 'LIT-NOWHERE', 1)).json().error.code).toBe('COUNT_LINE_UNKNOWN');
    expect((await enter(count, 'LIT-REC', -1)).statusCode).toBe(400);

    const before = await snapshot();
    const refused = await t.as(supervisorLit, 'POST', `/api/v1/counts/${count}/close`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('COUNT_UNRECONCILED');
    expect(refused.json().error.message).toContain('LIT-P1-A-002'); // not counted yet
    expect(refused.json().error.message).toContain('LIT-REC'); // unreconciled
    expect(await snapshot()).toEqual(before);
  });

  it('counts by ticking names: the line counts those ticked present', async () => {
    const count = await startLit();
    expect((await people(count, 'LIT-P1-A-002')).map((p: { id: string; present: boolean | null }) => [p.id, p.present])).toEqual([
      ['P0100001', null],
      ['P0000002', null],
    ]);
    expect((await people(count, '-')).map((p: { id: string }) => p.id)).toEqual(['P0100002']);
    const first = await mark(count, 'LIT-P1-A-002', [{ person: 'P0000002', present: true }, { person: 'P0100001', present: false }]);
    expect(first.json().line).toMatchObject({ expected: 2, counted: 1, status: 'discrepancy' });
    // A later mark of the same person replaces the earlier one.
    const second = await mark(count, 'LIT-P1-A-002', [{ person: 'P0100001', present: true }]);
    expect(second.json().line).toMatchObject({ expected: 2, counted: 2, status: 'ok' });
    expect((await people(count, 'LIT-P1-A-002')).map((p: { id: string; present: boolean | null; markedBy: string }) => [p.id, p.present, p.markedBy])).toEqual([
      ['P0100001', true, 'guia.lit'],
      ['P0000002', true, 'guia.lit'],
    ]);
    const before = await snapshot();
    const stranger = await mark(count, 'LIT-P1-A-002', [{ person: 'P0000001', present: true }]);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error).toMatchObject({ code: 'COUNT_PERSON_NOT_EXPECTED', field: 'marks' });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the expected names of the start when someone is moved during the count', async () => {
    const count = await startLit();
    // A sentenced man into the pretrial pavilion: only a director's override lets it through.
    const director = await t.addUser('director.lit', ['director'], ['LIT']);
    const moved = await t.as(director, 'POST', '/api/v1/persons/P0000001/cell-move', {
      cell: 'LIT-P1-A-001',
      reasonCode: 'security',
      comment: 'Aislamiento temporal durante el conteo',
      override: { reason: 'Amenaza inminente en el pabellón 2' },
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect((await people(count, 'LIT-P2-A-001')).map((p: { id: string }) => p.id)).toEqual(['P0000001']);
    expect(await people(count, 'LIT-P1-A-001')).toEqual([]);
    const now = await lines(count);
    expect([now['LIT-P1-A-001']?.expected, now['LIT-P2-A-001']?.expected]).toEqual([0, 1]);
    // The person at court is not on the list of the cell they will come back to.
    expect((await people(count, 'LIT-P2-A-001')).map((p: { id: string }) => p.id)).not.toContain('P0100003');
  });

  it('lets only a supervisor reconcile, with an explanation, and then close', async () => {
    const count = await startLit();
    await countEveryLine(count);
    const before = await snapshot();
    const officer = await t.as(officerLit, 'POST', `/api/v1/counts/${count}/lines/LIT-REC/reconcile`, { explanation: 'Interno en tránsito desde audiencia' });
    expect(officer.statusCode).toBe(403);
    expect((await t.as(officerLit, 'POST', `/api/v1/counts/${count}/close`)).statusCode).toBe(403);
    const short = await t.as(supervisorLit, 'POST', `/api/v1/counts/${count}/lines/LIT-REC/reconcile`, { explanation: 'ok' });
    expect(short.statusCode).toBe(400);
    const nothing = await t.as(supervisorLit, 'POST', `/api/v1/counts/${count}/lines/LIT-P1-A-001/reconcile`, { explanation: 'Nada que explicar' });
    expect(nothing.json().error.code).toBe('COUNT_NOTHING_TO_RECONCILE');
    expect(await snapshot()).toEqual(before);

    const explained = await t.as(supervisorLit, 'POST', `/api/v1/counts/${count}/lines/LIT-REC/reconcile`, { explanation: 'Visitante retenido en recepción, no es interno' });
    expect(explained.statusCode).toBe(200);
    expect(explained.json()).toMatchObject({ line: { status: 'reconciled', reconciledBy: 'supervisor.lit' }, totals: { discrepancies: 1, unreconciled: 0, pending: 0 } });

    const closed = await t.as(supervisorLit, 'POST', `/api/v1/counts/${count}/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().session).toMatchObject({ status: 'closed', closedBy: 'supervisor.lit' });
    expect(closed.json().totals).toEqual({ lines: 5, expected: 4, counted: 5, discrepancies: 1, unreconciled: 0, pending: 0 });
    expect((await enter(count, 'LIT-REC', 0, supervisorLit)).json().error.code).toBe('COUNT_CLOSED');

    const audit = await t.db.raw("select action, subject_type, centre, actor_username from audit_log where subject_type = 'count' and centre = 'LIT' order by seq");
    expect(audit.map((a) => a.action)).toEqual([
      'count.started',
      'count.entered', 'count.entered', 'count.entered', 'count.entered',
      'count.entered', 'count.entered',
      'count.reconciled',
      'count.closed',
    ]);
    expect(new Set(audit.map((a) => a.centre))).toEqual(new Set(['LIT']));
    expect(audit.at(-1)).toMatchObject({ actor_username: 'supervisor.lit' });
  });

  it('re-counting a reconciled line differently asks for a new explanation', async () => {
    const count = await closedCount();
    const next = await t.as(supervisorLit, 'POST', '/api/v1/counts', { centre: 'LIT', kind: 'emergency' });
    expect(next.statusCode).toBe(201);
    const id = next.json().session.id;
    const url = `/api/v1/counts/${id}/lines/LIT-REC`;
    await t.as(officerLit, 'PUT', `${url}/count`, { counted: 2 });
    await t.as(supervisorLit, 'POST', `${url}/reconcile`, { explanation: 'Dos visitantes retenidos' });
    expect((await t.as(officerLit, 'PUT', `${url}/count`, { counted: 2 })).json().line.status).toBe('reconciled');
    expect((await t.as(officerLit, 'PUT', `${url}/count`, { counted: 3 })).json().line).toMatchObject({ status: 'discrepancy', reconciliation: null });
    // Newest first.
    const list = (await t.as(officerLit, 'GET', '/api/v1/counts?centre=LIT')).json().counts;
    expect(list.map((c: { id: string; kind: string; status: string }) => [c.id, c.kind, c.status])).toEqual([
      [id, 'emergency', 'open'],
      [count, 'scheduled', 'closed'],
    ]);
    expect(list[1].totals).toMatchObject({ expected: 4, discrepancies: 1 });
  });

  it('prints the roll sheet of a pavilion: each cell with the people placed there now', async () => {
    const response = await t.as(officerLit, 'GET', '/api/v1/roll/centres/LIT/sheet?pavilion=LIT-P1');
    expect(response.statusCode).toBe(200);
    const sheet = response.json();
    expect(sheet).toMatchObject({ centre: { code: 'LIT' }, pavilion: { code: 'LIT-P1', name: 'Pabellón 1' }, totals: { placed: 2, in: 2 } });
    expect(sheet.cells.map((c: { code: string; people: { id: string }[] }) => [c.code, c.people.map((p) => p.id)])).toEqual([
      ['LIT-P1-A-001', []], // an empty cell is listed too
      ['LIT-P1-A-002', ['P0100001', 'P0000002']],
    ]);
    expect(sheet.cells[1].people[1]).toEqual({
      id: 'P0000002',
      givenNames: 'Carlos Andrés',
      familyNames: 'Quiñónez Bone',
      aliases: ['Chino', 'El Flaco'],
      legalStatus: 'pretrial',
      risk: 'medium',
      state: 'in',
      outReason: null,
      photo: null,
    });
    // With a photograph on file, the sheet says where it is (the printed sheet shows it).
    expect((await t.as(officerLit, 'PUT', '/api/v1/persons/P0000002/photo', { photo: pngImage().toString('base64') })).statusCode).toBe(200);
    const withPhoto = (await t.as(officerLit, 'GET', '/api/v1/roll/centres/LIT/sheet?pavilion=LIT-P1')).json();
    expect(withPhoto.cells[1].people.map((p: { id: string; photo: string | null }) => [p.id, p.photo])).toEqual([
      ['P0100001', null],
      ['P0000002', '/api/v1/persons/P0000002/photo'],
    ]);
    const p2 = (await t.as(officerLit, 'GET', '/api/v1/roll/centres/LIT/sheet?pavilion=LIT-P2')).json();
    expect(p2.cells[0].people.map((p: { id: string; state: string; outReason: string | null }) => [p.id, p.state, p.outReason]).sort()).toEqual([
      ['P0000001', 'in', null],
      ['P0100003', 'out', 'court'],
    ]);
    expect((await t.as(officerLit, 'GET', '/api/v1/roll/centres/LIT/sheet?pavilion=LIT-P1-A')).json().error.code).toBe('LOCATION_NOT_FOUND');
    expect((await t.as(officerLit, 'GET', '/api/v1/roll/centres/LIT/sheet?pavilion=MAC-P1')).statusCode).toBe(404);
    expect((await t.as(officerMac, 'GET', '/api/v1/roll/centres/LIT/sheet?pavilion=LIT-P1')).statusCode).toBe(404);
  });
});
