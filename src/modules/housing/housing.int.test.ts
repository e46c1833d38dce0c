import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, type TestApp, type TestClient } from '../../server/testing.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { createGroup, insertMemberships, recordRelation } from '../groups/index.ts';
import { runAudited } from '../audit/index.ts';
import { admitInto, buildHousingCentre } from './testing.ts';

const context = { actor: SYSTEM_ACTOR };

/** Rows a refused request must leave untouched. */
async function counts(t: TestApp) {
  const tables = ['stays', 'movements', 'cell_moves', 'audit_log', 'non_associations', 'non_association_events'];
  const result: Record<string, number> = {};
  for (const table of tables) result[table] = Number((await t.db.raw(`select count(*)::int as n from ${table}`))[0]?.n);
  return result;
}

type Staff = 'officer' | 'director' | 'classification';
const PEOPLE = ['PA1', 'PA2', 'PB1', 'PB2', 'PB3', 'LEAD', 'SENT', 'MUJER', 'FREE', 'OTHER'] as const;
type Person = (typeof PEOPLE)[number];

describe('the placement check, non-associations and cell moves over HTTP', () => {
  let t: TestApp;
  let otherOfficer: TestClient;
  let national: TestClient;
  let scenes = 0;

  /**
   * A housing centre of this test's own (the layout of `buildHousingCentre`), peopled so that
   * Los Lobos hold P1 (3 of 4 group members there):
   * P1-A-1: PA1 (Choneros); P1-A-2: PA2 (Lobos Box member, low risk); P1-B-1: PB1 (Lobos leader);
   * P1-B-2: PB2, PB3 (Lobos, full); reception: LEAD (Choneros leader, maximum risk), SENT
   * (sentenced), MUJER (a woman), FREE (no group). OTHER is held at OTR, another centre.
   * Its staff are created on first use.
   */
  async function buildScene() {
    scenes += 1;
    const centre = `HS${scenes}`;
    await buildHousingCentre(t.db.db, centre);
    const cell = (suffix: string) => `${centre}-${suffix}`;
    const person = Object.fromEntries(PEOPLE.map((p) => [p, `${centre}-${p}`])) as Record<Person, string>;
    await admitInto(t.db.db, person.PA1, cell('P1-A-1'));
    await admitInto(t.db.db, person.PA2, cell('P1-A-2'), { risk: 'low' });
    await admitInto(t.db.db, person.PB1, cell('P1-B-1'));
    await admitInto(t.db.db, person.PB2, cell('P1-B-2'));
    await admitInto(t.db.db, person.PB3, cell('P1-B-2'));
    await admitInto(t.db.db, person.LEAD, cell('REC'), { risk: 'maximum' });
    await admitInto(t.db.db, person.SENT, cell('REC'), { legalStatus: 'sentenced' });
    await admitInto(t.db.db, person.MUJER, cell('REC'), { sex: 'F' });
    await admitInto(t.db.db, person.FREE, cell('REC'));
    await admitInto(t.db.db, person.OTHER, 'OTR-REC');
    await runAudited(t.db.db, context, async (w) => {
      await insertMemberships(
        w,
        [
          { person: person.PA1, group: 'CHO', role: 'member', since: '2020-01-01', confidence: 'confirmed' },
          { person: person.PA2, group: 'LBOX', role: 'member', since: '2020-01-01', confidence: 'confirmed' },
          { person: person.PB1, group: 'LOB', role: 'leader', since: '2020-01-01', confidence: 'confirmed' },
          { person: person.PB2, group: 'LOB', role: 'member', since: '2020-01-01', confidence: 'probable' },
          { person: person.PB3, group: 'LOB', role: 'member', since: '2020-01-01', confidence: 'possible' },
          { person: person.LEAD, group: 'CHO', role: 'leader', since: '2019-01-01', confidence: 'confirmed' },
        ],
        'test',
      );
      w.audit({ action: 'membership.recorded', subjectType: 'person', subjectId: person.PA1 });
    });
    const username = (role: Staff) => `${role}.${centre.toLowerCase()}`;
    const staff = new Map<Staff, TestClient>();
    /** The centre's officer, director or classification officer (caseload: this centre only). */
    const as = async (role: Staff): Promise<TestClient> => {
      const client = staff.get(role) ?? (await t.addUser(username(role), [role], [centre]));
      staff.set(role, client);
      return client;
    };
    return { centre, cell, person, as, username };
  }

  const check = async (client: TestClient, person: string, cell: string) => {
    const response = await t.as(client, 'GET', `/api/v1/persons/${person}/placement-check?cell=${cell}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { allowed: boolean; blocking: { code: string; message: string; overridable: boolean }[]; warnings: { code: string; message: string }[] };
  };
  const codes = (items: { code: string }[]) => items.map((i) => i.code);
  const move = (client: TestClient, person: string, cell: string, extra: Record<string, unknown> = {}) =>
    t.as(client, 'POST', `/api/v1/persons/${person}/cell-move`, { cell, reasonCode: 'security', comment: 'Reubicación', ...extra });

  beforeAll(async () => {
    t = await createTestApp();
    // What every test reads and none changes: another centre, its officer, a national supervisor,
    // and the groups: Choneros and Lobos are rivals; Lobos Box is a faction of Lobos (inherits the rivalry).
    await buildHousingCentre(t.db.db, 'OTR');
    otherOfficer = await t.addUser('guia.otr', ['officer'], ['OTR']);
    national = await t.addUser('supervisor.nacional', ['supervisor'], 'all');
    await createGroup(t.db.db, context, { code: 'CHO', name: 'Los Choneros', kind: 'gang', parent: null, aliases: [] });
    await createGroup(t.db.db, context, { code: 'LOB', name: 'Los Lobos', kind: 'gang', parent: null, aliases: [] });
    await createGroup(t.db.db, context, { code: 'LBOX', name: 'Los Lobos Box', kind: 'faction', parent: 'LOB', aliases: [] });
    await recordRelation(t.db.db, context, { groupA: 'CHO', groupB: 'LOB', relation: 'rival', since: '2021-01-01' });
  });
  afterAll(() => t.close());

  it('allows a plain move and explains every warning: rivals at cell, wing and pavilion, risk mix, over working capacity, a leader among rivals', async () => {
    const { cell, person, as } = await buildScene();
    const officer = await as('officer');
    const free = await check(officer, person.FREE, cell('P1-A-3'));
    expect(free).toEqual({ allowed: true, blocking: [], warnings: [] });

    const lead = await check(officer, person.LEAD, cell('P1-A-2'));
    expect(lead.allowed).toBe(true);
    expect(codes(lead.warnings).sort()).toEqual([
      'PLACEMENT_LEADER_IN_RIVAL_TERRITORY',
      'PLACEMENT_OVER_WORKING_CAPACITY',
      'PLACEMENT_RISK_MIX',
      'PLACEMENT_RIVAL_COLOCATION',
      'PLACEMENT_RIVAL_COLOCATION',
    ]);
    const rivals = lead.warnings.filter((w) => w.code === 'PLACEMENT_RIVAL_COLOCATION').map((w) => w.message);
    // Spanish by default: the faction in the cell, its parent group in the pavilion.
    expect(rivals).toContain('1 miembro(s) de Los Lobos Box, rival de Los Choneros, en la misma celda.');
    expect(rivals).toContain('3 miembro(s) de Los Lobos, rival de Los Choneros, en el mismo pabellón.');
    expect(lead.warnings.find((w) => w.code === 'PLACEMENT_LEADER_IN_RIVAL_TERRITORY')?.message).toMatch(/Los Lobos \(3 miembros\)/);

    const crowded = await check(officer, person.FREE, cell('P1-B-1'));
    expect(codes(crowded.warnings)).toEqual(['PLACEMENT_OVER_WORKING_CAPACITY']);
  });

  it('blocks by sex, by legal status (Mandela 11, 112), a full cell, an inactive location, a person of another centre', async () => {
    const { cell, person, as } = await buildScene();
    const officer = await as('officer');
    const woman = await check(officer, person.MUJER, cell('P1-A-3'));
    expect(woman.blocking).toEqual([expect.objectContaining({ code: 'PLACEMENT_SEX', overridable: true })]);
    const pretrial = await check(officer, person.FREE, cell('P2-A-1'));
    expect(pretrial.blocking).toEqual([expect.objectContaining({ code: 'PLACEMENT_REGIME', overridable: true })]);
    expect(pretrial.blocking[0]?.message).toMatch(/solo para personas sentenciadas/);
    const full = await check(officer, person.FREE, cell('P1-B-2'));
    expect(full.blocking).toEqual([expect.objectContaining({ code: 'PLACEMENT_CELL_FULL', overridable: false })]);
    expect(full.allowed).toBe(false);
    const elsewhere = await t.as(otherOfficer, 'GET', `/api/v1/persons/${person.OTHER}/placement-check?cell=${cell('P1-A-3')}`);
    expect(elsewhere.statusCode).toBe(404);
    expect(codes((await check(national, person.OTHER, cell('P1-A-3'))).blocking)).toEqual(['PLACEMENT_NOT_IN_CUSTODY']);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const closed = await t.as(admin, 'PUT', `/api/v1/locations/${cell('P1-A-3')}/status`, { status: 'damaged', reason: 'Rejas cortadas' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(codes((await check(officer, person.FREE, cell('P1-A-3'))).blocking)).toEqual(['PLACEMENT_LOCATION_INACTIVE']);
    // Messages follow the user's language.
    const english = await t.app.inject({
      method: 'GET',
      url: `/api/v1/persons/${person.FREE}/placement-check?cell=${cell('P1-B-2')}`,
      headers: { cookie: officer.cookie, 'x-custodia-language': 'en' },
    });
    expect(english.json().blocking[0].message).toBe(`${cell('P1-B-2')} is at its maximum capacity (2 of 2).`);
  });

  it('keeps one open non-association per pair, in either order, with a required comment; closes and reopens with a reason', async () => {
    const { person, as } = await buildScene();
    const [officer, classification] = [await as('officer'), await as('classification')];
    const body = { personA: person.FREE, personB: person.PA1, roleA: 'victim', roleB: 'aggressor', reason: 'violence', level: 'wing', comment: 'Agresión con arma blanca en el patio' };
    const refusedByOfficer = await t.as(officer, 'POST', '/api/v1/non-associations', body);
    expect(refusedByOfficer.statusCode).toBe(403);
    const short = await t.as(classification, 'POST', '/api/v1/non-associations', { ...body, comment: 'corto' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe('comment');
    const opened = await t.as(classification, 'POST', '/api/v1/non-associations', body);
    expect(opened.statusCode, opened.body).toBe(201);
    // Stored in register-number order, each role with its person.
    expect(opened.json()).toMatchObject({ personA: person.FREE, personB: person.PA1, roleA: 'victim', roleB: 'aggressor', status: 'open', level: 'wing' });
    const before = await counts(t);
    const twice = await t.as(classification, 'POST', '/api/v1/non-associations', { ...body, personA: person.PA1, personB: person.FREE });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('NON_ASSOCIATION_EXISTS');
    expect(await counts(t)).toEqual(before);
    // The database enforces it too.
    await expect(
      t.db.raw(`insert into non_associations (person_a, person_b, reason, level, comment, created_by) values ($1, $2, 'other', 'cell', 'directo en la base', 'x')`, [person.PA1, person.FREE]),
    ).rejects.toThrow();

    const id = opened.json().id as string;
    const closed = await t.as(classification, 'POST', `/api/v1/non-associations/${id}/status`, { status: 'closed', reason: 'Mediación concluida' });
    expect(closed.statusCode, closed.body).toBe(200);
    const reopened = await t.as(classification, 'POST', `/api/v1/non-associations/${id}/status`, { status: 'open', reason: 'Nuevas amenazas reportadas' });
    expect(reopened.json().events.map((e: { action: string }) => e.action)).toEqual(['opened', 'closed', 'reopened']);
    const list = (await t.as(officer, 'GET', `/api/v1/persons/${person.FREE}/non-associations`)).json();
    expect(list.nonAssociations).toHaveLength(1);
    // A record names both people: both must be in the caseload of whoever records it.
    const across = await t.as(classification, 'POST', '/api/v1/non-associations', { ...body, personB: person.OTHER });
    expect(across.statusCode).toBe(404);
  });

  it('blocks a move into the wing of a non-associated person; only a director overrides, with a reason, audited and listed', async () => {
    const { centre, cell, person, as, username } = await buildScene();
    const [officer, director] = [await as('officer'), await as('director')];
    const separated = await t.as(await as('classification'), 'POST', '/api/v1/non-associations', {
      personA: person.FREE, personB: person.PA1, roleA: 'victim', roleB: 'aggressor', reason: 'violence', level: 'wing', comment: 'Agresión con arma blanca en el patio',
    });
    expect(separated.statusCode, separated.body).toBe(201);
    const blocked = await check(officer, person.FREE, cell('P1-A-3'));
    expect(blocked.blocking).toEqual([expect.objectContaining({ code: 'PLACEMENT_NON_ASSOCIATION', overridable: true })]);
    expect(blocked.blocking[0]?.message).toMatch(new RegExp(`^No asociación abierta con Persona ${person.PA1} \\(${person.PA1}\\) a nivel de ala`));
    // The other wing of the same pavilion is fine at wing level.
    expect((await check(officer, person.FREE, cell('P1-B-1'))).allowed).toBe(true);

    const before = await counts(t);
    const refused = await move(officer, person.FREE, cell('P1-A-3'));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'PLACEMENT_BLOCKED', field: 'cell' });
    const notDirector = await move(officer, person.FREE, cell('P1-A-3'), { override: { reason: 'Necesidad operativa urgente' } });
    expect(notDirector.statusCode).toBe(403);
    expect(notDirector.json().error.code).toBe('PLACEMENT_OVERRIDE_FORBIDDEN');
    const noReason = await move(director, person.FREE, cell('P1-A-3'), { override: { reason: 'porque' } });
    expect(noReason.statusCode).toBe(400);
    const unseen = await move(director, person.FREE, cell('P1-A-3'), { override: { reason: 'Necesidad operativa urgente', codes: ['PLACEMENT_SEX'] } });
    expect(unseen.json().error.code).toBe('PLACEMENT_CHANGED');
    expect(await counts(t)).toEqual(before);

    const overridden = await move(director, person.FREE, cell('P1-A-3'), { override: { reason: 'Cierre del pabellón 2 por motín', codes: ['PLACEMENT_NON_ASSOCIATION'] } });
    expect(overridden.statusCode, overridden.body).toBe(201);
    expect(overridden.json()).toMatchObject({ from: cell('REC'), to: cell('P1-A-3'), overridden: true, authorisedBy: username('director'), overrideReason: 'Cierre del pabellón 2 por motín' });
    const file = (await t.as(officer, 'GET', `/api/v1/persons/${person.FREE}`)).json();
    expect(file.current).toMatchObject({ location: cell('P1-A-3'), state: 'in' });
    const listed = (await t.as(director, 'GET', `/api/v1/centres/${centre}/overrides`)).json();
    expect(listed.overrides).toEqual([expect.objectContaining({ person: person.FREE, to: cell('P1-A-3'), blocking: [expect.objectContaining({ code: 'PLACEMENT_NON_ASSOCIATION' })] })]);
    const audit = await t.db.raw(`select action from audit_log where subject_id = $1 and action like 'placement.%' order by id`, [person.FREE]);
    expect(audit.map((r) => r.action)).toEqual(['placement.moved', 'placement.overridden']);
  });

  it('never overrides a full cell, even for a director', async () => {
    const { cell, person, as } = await buildScene();
    const full = await move(await as('director'), person.PB1, cell('P1-B-2'), { override: { reason: 'Necesidad operativa urgente' } });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.message).toMatch(/capacidad máxima/);
  });

  it('refuses a cell move dated in the future in words, naming the field, as the roll does', async () => {
    const { cell, person, as } = await buildScene();
    const future = await move(await as('director'), person.PA1, cell('P2-A-1'), { at: new Date(Date.now() + 60 * 60_000).toISOString() });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({ code: 'MOVEMENT_IN_FUTURE', field: 'at' });
    expect(future.json().error.message).not.toMatch(/internal_move|dated in the future/);
  });

  it('checks movements recorded on the roll into a cell as well (admission, internal move)', async () => {
    const { centre, cell, person, as } = await buildScene();
    const officer = await as('officer');
    const sent = person.SENT;
    // An internal move recorded on the roll is a cell move: checked, and kept in the history.
    const refused = await t.as(officer, 'POST', `/api/v1/persons/${sent}/movements`, { type: 'internal_move', to: cell('P3-1') });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('PLACEMENT_BLOCKED');
    const moved = await t.as(officer, 'POST', `/api/v1/persons/${sent}/movements`, { type: 'internal_move', to: cell('P2-A-1'), reason: 'Sentenciado: a su pabellón' });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(moved.json().state).toMatchObject({ location: cell('P2-A-1'), state: 'in' });
    const history = (await t.as(officer, 'GET', `/api/v1/persons/${sent}/cell-moves`)).json().moves;
    expect(history).toEqual([expect.objectContaining({ from: cell('REC'), to: cell('P2-A-1'), reasonCode: 'other', comment: 'Sentenciado: a su pabellón' })]);
    const recapture = await t.as(officer, 'POST', `/api/v1/persons/${sent}/movements`, { type: 'escape' });
    expect(recapture.statusCode).toBe(201);
    const intoWomen = await t.as(officer, 'POST', `/api/v1/persons/${sent}/movements`, { type: 'recapture', to: cell('P3-1') });
    expect(intoWomen.json().error.code).toBe('PLACEMENT_REFUSED');
    const newcomer = `${centre}-NEWW`;
    const admission = await t.as(officer, 'POST', '/api/v1/admissions', {
      person: { id: newcomer, nationalId: null, givenNames: 'Ana', familyNames: 'Nueva', aliases: [], birthDate: null, sex: 'F', nationality: 'ECU' },
      to: cell('P1-A-1'),
      admittedAt: new Date().toISOString(),
      arrestedAt: null,
      commitmentOrder: 'Boleta 1',
      issuingAuthority: 'Unidad Judicial',
      injuriesOnArrival: null,
      offence: 'theft',
      maxPenaltyYears: 3,
      legalStatus: 'pretrial',
      pretrialSince: '2026-11-01',
      sentenceMonths: null,
      risk: 'low',
    });
    expect(admission.statusCode).toBe(409);
    expect(admission.json().error.message).toMatch(/para hombres/);
    expect(await t.db.raw(`select 1 from persons where id = $1`, [newcomer])).toHaveLength(0);
  });

  it('checks an arrival into the cell chosen at departure again when it arrives', async () => {
    const { centre, cell, person } = await buildScene();
    const departed = await t.as(national, 'POST', `/api/v1/persons/${person.OTHER}/movements`, { type: 'transfer_out', to: cell('P1-B-1'), reason: 'Traslado por seguridad' });
    expect(departed.statusCode, departed.body).toBe(201);
    // Meanwhile the last bed of that cell is taken.
    await admitInto(t.db.db, `${centre}-FILL`, cell('P1-B-1'));
    const arrival = await t.as(national, 'POST', `/api/v1/persons/${person.OTHER}/movements`, { type: 'transfer_arrival' });
    expect(arrival.statusCode).toBe(409);
    expect(arrival.json().error).toMatchObject({ code: 'PLACEMENT_REFUSED' });
    expect(arrival.json().error.message).toMatch(/capacidad máxima/);
    // Arriving unplaced (in reception) is fine.
    const intoReception = await t.as(national, 'POST', `/api/v1/persons/${person.OTHER}/movements`, { type: 'transfer_arrival', to: cell('REC') });
    expect(intoReception.statusCode, intoReception.body).toBe(201);
  });

  it('suggests the best cells: none blocked, fewest warnings, lowest occupancy, with the reasons others were ruled out', async () => {
    const { cell, person, as } = await buildScene();
    const officer = await as('officer');
    const response = await t.as(officer, 'GET', `/api/v1/persons/${person.MUJER}/suggested-cells`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.cells.map((c: { code: string }) => c.code)).toEqual([cell('P3-1')]);
    expect(body.ruledOut.PLACEMENT_SEX).toBe(6);
    const forLeader = (await t.as(officer, 'GET', `/api/v1/persons/${person.LEAD}/suggested-cells`)).json();
    expect(forLeader.cells.length).toBeGreaterThan(0);
    for (const suggested of forLeader.cells) {
      expect((await check(officer, person.LEAD, suggested.code)).allowed).toBe(true);
    }
    const warnings = forLeader.cells.map((c: { warnings: unknown[] }) => c.warnings.length);
    expect(warnings).toEqual([...warnings].sort((a, b) => a - b));
  });

  it('draws the power map: the dominant group, leaders present and rivals present', async () => {
    const { centre, person, as, username } = await buildScene();
    const response = await t.as(await as('director'), 'GET', `/api/v1/centres/${centre}/power-map`);
    expect(response.statusCode, response.body).toBe(200);
    const p1 = response.json().pavilions.find((p: { code: string }) => p.code === `${centre}-P1`);
    expect(p1.dominant).toMatchObject({ code: 'LOB', name: 'Los Lobos', members: 3 });
    expect(p1.leaders).toEqual([expect.objectContaining({ person: person.PB1, group: 'LOB', role: 'leader' })]);
    // Los Lobos Box is a faction of Los Lobos, not its rival; Los Choneros are.
    expect(p1.rivals).toEqual([{ code: 'CHO', name: 'Los Choneros', members: 1 }]);
    expect((await t.as(await as('officer'), 'GET', `/api/v1/centres/${centre}/power-map`)).statusCode).toBe(403);
    // It names leaders: reading it is audited.
    expect(await t.db.raw(`select actor_username from audit_log where action = 'power_map.read' and subject_id = $1`, [centre])).toEqual([{ actor_username: username('director') }]);
  });
});
