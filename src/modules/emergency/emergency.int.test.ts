import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import { isPostgresRun } from '../../db/testing/index.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { addLocation } from '../estate/index.ts';
import { snapshotCounts, type TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';
import { namedAdmissionBody } from '../register/testing.ts';

interface Listed {
  id: string;
  status: string;
  expectedLocation: string | null;
  recaptured: boolean;
}
interface Missing {
  id: string;
  given_names: string;
  family_names: string;
  since: string;
  last_location: string | null;
}

describe('emergency mode', () => {
  const t = useSmallEstateApp();
  let seeder: TestClient;
  let directorLit: TestClient;
  let officerLit: TestClient;
  let officerMac: TestClient;

  /** Admits a new person (a factory: every test brings its own people). */
  const admit = async (id: string, givenNames: string, familyNames: string, to: string) => {
    const response = await t.as(seeder, 'POST', '/api/v1/admissions', namedAdmissionBody(id, givenNames, familyNames, to));
    expect(response.statusCode, response.body).toBe(201);
  };

  /** A centre of its own with one reception unit and these people in it. */
  const seedCentre = async (code: string, people: [id: string, given: string, family: string][]) => {
    await t.addCentre(code);
    await addLocation(t.db.db, { actor: SYSTEM_ACTOR }, {
      code: `${code}-REC`, centre: code, parent: null, kind: 'reception', name: 'Recepción', sex: 'M', regime: 'mixed', security: 'medium',
      designCapacity: 20, workingCapacity: 20, maxCapacity: 30,
    });
    for (const [id, given, family] of people) await admit(id, given, family, `${code}-REC`);
  };

  /** Row counts of everything an emergency call could write. */
  const tableCounts = async () => {
    const counts = await snapshotCounts(t.db);
    for (const table of ['emergencies', 'emergency_people', 'movements', 'stays', 'custody_episodes']) {
      const [row] = await t.db.raw(`select count(*)::int as n from ${table}`);
      counts[table] = Number(row?.n);
    }
    return counts;
  };

  const rollOf = async (centre: string) => (await t.as(directorLit, 'GET', `/api/v1/roll?centre=${centre}`)).json().centres[0];
  const missingAt = async (client: TestClient, centre: string) => (await t.as(client, 'GET', `/api/v1/roll/centres/${centre}/missing`)).json() as { centre: string; at: string; people: Missing[] };
  const mark = (client: TestClient, emergency: string, person: string, status: string, note: string | null = null) =>
    t.as(client, 'PUT', `/api/v1/emergencies/${emergency}/people/${person}`, { status, note });

  // Every test gets the fixture estate, these users and nothing else; it brings its own people.
  beforeEach(async () => {
    seeder = await t.addUser('director.nacional', ['director'], 'all');
    directorLit = await t.addUser('director.lit', ['director'], ['LIT']);
    officerLit = await t.addUser('guia.lit', ['officer'], ['LIT']);
    officerMac = await t.addUser('guia.mac', ['officer'], ['MAC']);
  });

  describe('a riot at LIT, from declaration to close', () => {
    const EXPECTED_INSIDE = ['P0000001', 'P0000002', 'P0300001', 'P0300002', 'P0300003', 'P0300004', 'P0300005', 'P0300006'];

    /** Seven people admitted at the Litoral (besides the fixture's two), one of them out at court. */
    const admitRiotPeople = async () => {
      await admit('P0300001', 'Ángel Darío', 'Cañar Ñauta', 'LIT-P1-A-001');
      await admit('P0300002', 'Byron', 'Muñoz Ortega', 'LIT-P1-A-001');
      await admit('P0300003', 'Édgar', 'Salazar Vélez', 'LIT-P2-A-001');
      await admit('P0300004', 'Jonathan', 'Quiñónez Preciado', 'LIT-P2-A-001');
      await admit('P0300005', 'Kevin', 'Bravo Mendoza', 'LIT-REC');
      await admit('P0300006', 'Luis', 'Arboleda Castillo', 'LIT');
      await admit('P0300007', 'Marco', 'Ramírez Toala', 'LIT-P1-A-001');
      const court = await t.as(officerLit, 'POST', '/api/v1/persons/P0300007/movements', { type: 'court_out', reason: 'Audiencia' });
      expect(court.statusCode).toBe(201);
    };
    const declareRiot = async (): Promise<{ id: string; declaredAt: string }> => {
      const response = await t.as(directorLit, 'POST', '/api/v1/emergencies', { centre: 'LIT', kind: 'riot', reason: 'Motín en el pabellón 1' });
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    /** The riot declared over those people. */
    const riot = async () => {
      await admitRiotPeople();
      return declareRiot();
    };
    /** The search, done: four found alive (one injured, one hostage), one dead; three not found. */
    const search = async (id: string) => {
      for (const person of ['P0000001', 'P0000002']) expect((await mark(officerLit, id, person, 'verified')).statusCode).toBe(200);
      expect((await mark(officerLit, id, 'P0300001', 'injured', 'Herida de arma blanca en el brazo')).statusCode).toBe(200);
      expect((await mark(officerLit, id, 'P0300002', 'hostage', 'Retenido en el pabellón 1')).statusCode).toBe(200);
      expect((await mark(officerLit, id, 'P0300001', 'verified', 'Atendido en enfermería')).statusCode).toBe(200);
      expect((await mark(officerLit, id, 'P0300003', 'dead', 'Hallado sin vida en la celda')).statusCode).toBe(200);
    };
    const declareEscapes = async (id: string) => {
      const response = await t.as(directorLit, 'POST', `/api/v1/emergencies/${id}/escapes`, {});
      expect(response.statusCode, response.body).toBe(200);
      return response;
    };
    const recapture = async () => {
      const response = await t.as(officerLit, 'POST', '/api/v1/persons/P0300005/movements', { type: 'recapture', to: 'LIT-P2-A-001', reason: 'Recapturado en Durán' });
      expect(response.statusCode, response.body).toBe(201);
    };

    it('freezes the people inside the centre, and lists those out at court apart', async () => {
      await admitRiotPeople();
      const rows = await t.db.raw(`select person from stays where centre = 'LIT' and state = 'in' and valid_to is null order by person`);
      const expectedInside = rows.map((r) => r.person as string);
      expect(expectedInside).toEqual(EXPECTED_INSIDE);
      const declared = await declareRiot();
      expect(declared).toMatchObject({ centre: 'LIT', kind: 'riot', status: 'active', declaredBy: 'director.lit', counts: { expected: 8, unverified: 8, escaped: 0 } });
      const { id, declaredAt } = declared;

      const detail = (await t.as(officerLit, 'GET', `/api/v1/emergencies/${id}`)).json();
      expect(detail.people.map((p: Listed) => p.id).sort()).toEqual(expectedInside);
      expect(detail.people.every((p: Listed) => p.status === 'unverified')).toBe(true);
      const where = Object.fromEntries(detail.people.map((p: Listed) => [p.id, p.expectedLocation]));
      expect(where).toMatchObject({ P0000002: 'LIT-P1-A-002', P0300005: 'LIT-REC', P0300006: null });
      expect(detail.out).toEqual([{ id: 'P0300007', givenNames: 'Marco', familyNames: 'Ramírez Toala', state: 'out', outReason: 'court', destination: null }]);

      const active = (await t.as(officerLit, 'GET', '/api/v1/emergencies?centre=LIT&status=active')).json().emergencies;
      expect(active.map((e: { id: string }) => e.id)).toEqual([id]);
      const missing = await missingAt(officerLit, 'LIT');
      expect(missing.people.map((p) => p.id).sort()).toEqual(expectedInside);
      expect(missing.people.every((p) => p.since === declaredAt)).toBe(true);
      expect(missing.people.find((p) => p.id === 'P0000002')?.last_location).toBe('LIT-P1-A-002');
    });

    it('refuses a second active emergency at the same centre', async () => {
      await riot();
      const before = await tableCounts();
      const again = await t.as(directorLit, 'POST', '/api/v1/emergencies', { centre: 'LIT', kind: 'fire', reason: 'Incendio' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error).toMatchObject({ code: 'EMERGENCY_ACTIVE', field: 'centre' });
      expect(await tableCounts()).toEqual(before);
    });

    it('shrinks the missing list as officers verify people, and forgets nothing', async () => {
      const { id } = await riot();
      for (const person of ['P0000001', 'P0000002']) expect((await mark(officerLit, id, person, 'verified')).statusCode).toBe(200);
      expect((await missingAt(officerLit, 'LIT')).people).toHaveLength(6);
      const injured = await mark(officerLit, id, 'P0300001', 'injured', 'Herida de arma blanca en el brazo');
      expect(injured.json()).toMatchObject({ status: 'injured', note: 'Herida de arma blanca en el brazo', markedBy: 'guia.lit' });
      expect((await mark(officerLit, id, 'P0300002', 'hostage', 'Retenido en el pabellón 1')).statusCode).toBe(200);
      const missing = await missingAt(officerLit, 'LIT');
      expect(missing.people.map((p) => p.id)).toEqual(['P0300006', 'P0300005', 'P0300004', 'P0300003']);
      expect(missing.people.map((p) => p.family_names)).toEqual(['Arboleda Castillo', 'Bravo Mendoza', 'Quiñónez Preciado', 'Salazar Vélez']);

      // The last mark wins, and the audit log keeps both.
      expect((await mark(officerLit, id, 'P0300001', 'verified', 'Atendido en enfermería')).json().status).toBe('verified');
      const audit = await t.db.raw(`select old_values, new_values from audit_log where action = 'emergency.person_marked' and subject_id = 'P0300001' order by seq`);
      expect(audit.map((a) => [(a.old_values as { status: string }).status, (a.new_values as { status: string }).status])).toEqual([
        ['unverified', 'injured'],
        ['injured', 'verified'],
      ]);
    });

    it('records a death found in the emergency as a death movement: the roll drops by one', async () => {
      const { id } = await riot();
      const before = await rollOf('LIT');
      const dead = await mark(officerLit, id, 'P0300003', 'dead', 'Hallado sin vida en la celda');
      expect(dead.statusCode, dead.body).toBe(200);
      expect(await rollOf('LIT')).toMatchObject({ on_roll: before.on_roll - 1, in: before.in - 1, unaccounted: 0 });
      const [movement] = await t.db.raw(`select type, reason, emergency from movements where person = 'P0300003' order by id desc limit 1`);
      expect(movement).toEqual({ type: 'death', reason: 'emergency', emergency: id });
      const file = (await t.as(directorLit, 'GET', '/api/v1/persons/P0300003')).json();
      expect(file.current).toBeNull();
      expect((await missingAt(officerLit, 'LIT')).people.map((p) => p.id)).not.toContain('P0300003');

      const again = await mark(officerLit, id, 'P0300003', 'verified');
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('EMERGENCY_MARK_FINAL');
      const notListed = await mark(officerLit, id, 'P0300007', 'verified');
      expect(notListed.statusCode).toBe(404);
      expect(notListed.json().error.code).toBe('EMERGENCY_PERSON_UNKNOWN');
    });

    it('keeps escapes for the director: an officer gets 403 and nothing changes', async () => {
      const { id } = await riot();
      const before = await tableCounts();
      const refused = await t.as(officerLit, 'POST', `/api/v1/emergencies/${id}/escapes`);
      expect(refused.statusCode).toBe(403);
      expect((await t.as(officerLit, 'POST', `/api/v1/emergencies/${id}/close`)).statusCode).toBe(403);
      expect(await tableCounts()).toEqual(before);
    });

    it('declares everyone still unverified escaped, as escape movements under the emergency', async () => {
      const { id } = await riot();
      await search(id);
      const before = await rollOf('LIT');
      const response = await declareEscapes(id);
      const escaped = ['P0300004', 'P0300005', 'P0300006'];
      expect(response.json()).toMatchObject({ escaped, alreadyUnaccounted: [], skipped: [] });

      const movements = await t.db.raw(`select person, type, reason, emergency from movements where emergency = $1 and type = 'escape' order by person`, [id]);
      expect(movements).toEqual(escaped.map((person) => ({ person, type: 'escape', reason: 'emergency riot', emergency: id })));
      expect(await rollOf('LIT')).toMatchObject({ on_roll: before.on_roll, unaccounted: 3, in: before.in - 3 });

      const missing = await missingAt(directorLit, 'LIT');
      expect(missing.people.map((p) => p.id)).toEqual(['P0300006', 'P0300005', 'P0300004']);
      expect(missing.people.find((p) => p.id === 'P0300005')).toMatchObject({ last_location: 'LIT-REC', since: response.json().at });
      const detail = (await t.as(directorLit, 'GET', `/api/v1/emergencies/${id}`)).json();
      expect(detail.counts).toEqual({ expected: 8, unverified: 0, verified: 3, injured: 0, hostage: 1, dead: 1, escaped: 3, recaptured: 0 });
      expect(detail.escapesDeclaredAt).not.toBeNull();
    });

    it('takes a recaptured person off the missing list', async () => {
      const { id } = await riot();
      await search(id);
      await declareEscapes(id);
      expect((await missingAt(officerLit, 'LIT')).people.map((p) => p.id)).toEqual(['P0300006', 'P0300005', 'P0300004']);
      await recapture();
      expect((await missingAt(officerLit, 'LIT')).people.map((p) => p.id)).toEqual(['P0300006', 'P0300004']);
      expect(await rollOf('LIT')).toMatchObject({ unaccounted: 2 });
      const detail = (await t.as(officerLit, 'GET', `/api/v1/emergencies/${id}`)).json();
      expect(detail.counts).toMatchObject({ escaped: 3, recaptured: 1 });
      expect(detail.people.find((p: Listed) => p.id === 'P0300005')).toMatchObject({ status: 'escaped', recaptured: true });
    });

    it('closes: marks, escapes and a second close are refused; a new emergency may then be declared', async () => {
      const { id } = await riot();
      await search(id);
      await declareEscapes(id);
      await recapture();
      const closed = await t.as(directorLit, 'POST', `/api/v1/emergencies/${id}/close`);
      expect(closed.json()).toMatchObject({ status: 'closed', closedBy: 'director.lit' });
      const before = await tableCounts();
      const late = await mark(officerLit, id, 'P0300002', 'verified');
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('EMERGENCY_CLOSED');
      expect((await t.as(directorLit, 'POST', `/api/v1/emergencies/${id}/escapes`)).json().error.code).toBe('EMERGENCY_CLOSED');
      expect((await t.as(directorLit, 'POST', `/api/v1/emergencies/${id}/close`)).json().error.code).toBe('EMERGENCY_CLOSED');
      expect(await tableCounts()).toEqual(before);
      // The escaped are still missing: closing the emergency does not find them.
      expect((await missingAt(officerLit, 'LIT')).people.map((p) => p.id)).toEqual(['P0300006', 'P0300004']);
      const next = await t.as(directorLit, 'POST', '/api/v1/emergencies', { centre: 'LIT', kind: 'other', reason: 'Conteo de verificación' });
      expect(next.statusCode).toBe(201);
      expect(next.json().counts.expected).toBe(5);
      expect((await t.as(directorLit, 'POST', `/api/v1/emergencies/${next.json().id}/close`)).statusCode).toBe(200);
    });
  });

  it('hides an emergency from other centres (404) and keeps declaring for directors (403), changing nothing', async () => {
    await seedCentre('EM1', [['P0310001', 'Ana', 'Pérez']]);
    const directorEm1 = await t.addUser('director.em1', ['director'], ['EM1']);
    const officerEm1 = await t.addUser('guia.em1', ['officer'], ['EM1']);
    const before = await tableCounts();
    const officer = await t.as(officerEm1, 'POST', '/api/v1/emergencies', { centre: 'EM1', kind: 'riot', reason: 'Motín' });
    expect(officer.statusCode).toBe(403);
    const stranger = await t.as(officerMac, 'POST', '/api/v1/emergencies', { centre: 'EM1', kind: 'riot', reason: 'Motín' });
    expect(stranger.statusCode).toBe(404);
    expect(await tableCounts()).toEqual(before);

    const id = (await t.as(directorEm1, 'POST', '/api/v1/emergencies', { centre: 'EM1', kind: 'escape', reason: 'Fuga' })).json().id as string;
    const snapshot = await tableCounts();
    for (const [method, url, body] of [
      ['GET', `/api/v1/emergencies/${id}`, undefined],
      ['GET', `/api/v1/emergencies/${id}/people?q=ana`, undefined],
      ['GET', '/api/v1/emergencies?centre=EM1', undefined],
      ['GET', '/api/v1/roll/centres/EM1/missing', undefined],
      ['PUT', `/api/v1/emergencies/${id}/people/P0310001`, { status: 'verified' }],
      ['POST', `/api/v1/emergencies/${id}/escapes`, {}],
      ['POST', `/api/v1/emergencies/${id}/close`, undefined],
    ] as const) {
      const response = await t.as(officerMac, method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const theirs = (await t.as(officerMac, 'GET', '/api/v1/emergencies')).json().emergencies;
    expect(theirs.map((e: { centre: string }) => e.centre)).not.toContain('EM1');
    expect(await tableCounts()).toEqual(snapshot);
    expect((await t.as(directorEm1, 'POST', `/api/v1/emergencies/${id}/close`)).statusCode).toBe(200);
  });

  it('lets only one of two simultaneous declarations through', async () => {
    await seedCentre('EM2', [['P0320001', 'Rosa', 'Vera']]);
    const director = await t.addUser('director.em2', ['director'], ['EM2']);
    const responses = await Promise.all(
      ['riot', 'fire'].map((kind) => t.as(director, 'POST', '/api/v1/emergencies', { centre: 'EM2', kind, reason: 'Simultánea' })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)?.json().error.code).toBe('EMERGENCY_ACTIVE');
    const [row] = await t.db.raw(`select count(*)::int as n from emergencies where centre = 'EM2'`);
    expect(row?.n).toBe(1);
  });

  // Only PostgreSQL has a second connection to hold a declaration open while ours runs.
  it.runIf(isPostgresRun())('answers EMERGENCY_ACTIVE when the database index stops a declaration that raced another (PostgreSQL only)', async () => {
    await seedCentre('EM4', [['P0340001', 'Pedro', 'Mina']]);
    const director = await t.addUser('director.em4', ['director'], ['EM4']);
    const other = new pg.Client({ connectionString: t.db.target ?? '' });
    await other.connect();
    try {
      await other.query('begin');
      await other.query(`insert into emergencies (id, centre, kind, reason, status, declared_at, declared_by) values ($1, 'EM4', 'riot', 'Otra sesión', 'active', now(), 'otra')`, [randomUUID()]);
      const pending = t.as(director, 'POST', '/api/v1/emergencies', { centre: 'EM4', kind: 'fire', reason: 'Incendio' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await other.query('commit');
      const response = await pending;
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().error.code).toBe('EMERGENCY_ACTIVE');
    } finally {
      await other.end();
    }
  });

  it('finds people on the frozen list by name without accents, in any order, despite a typo, and by ID', async () => {
    await seedCentre('EM3', [
      ['P0330001', 'José Adolfo', 'Macías Villamar'],
      ['P0330002', 'Carlos Andrés', 'Quiñónez Bone'],
      ['P0330003', 'María José', 'Zambrano Pico'],
    ]);
    const director = await t.addUser('director.em3', ['director'], ['EM3']);
    const id = (await t.as(director, 'POST', '/api/v1/emergencies', { centre: 'EM3', kind: 'hostage_taking', reason: 'Toma de rehenes' })).json().id as string;
    const find = async (q: string, status?: string) => {
      const query = `q=${encodeURIComponent(q)}${status ? `&status=${status}` : ''}`;
      return (await t.as(director, 'GET', `/api/v1/emergencies/${id}/people?${query}`)).json().items.map((p: Listed) => p.id);
    };
    for (const q of ['jose macias', 'Macías José', 'macais villamar', 'MACIAS', 'P0330001']) expect(await find(q), q).toEqual(['P0330001']);
    expect(await find('quinonez')).toEqual(['P0330002']);
    expect(await find('jose')).toEqual(['P0330001', 'P0330003']);
    expect(await find('pedro')).toEqual([]);
    expect(await find('')).toHaveLength(3);
    await mark(director, id, 'P0330002', 'verified');
    expect(await find('', 'unverified')).toEqual(['P0330001', 'P0330003']);
    expect(await find('quinonez', 'unverified')).toEqual([]);
    expect((await t.as(director, 'POST', `/api/v1/emergencies/${id}/close`)).statusCode).toBe(200);
  });
});
