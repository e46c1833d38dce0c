import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, type TestApp, type TestClient } from '../../server/testing.ts';
import { runAudited, SYSTEM_ACTOR } from '../audit/index.ts';
import { createGroup, insertMemberships, recordRelation } from '../groups/index.ts';
import { admitInto, buildHousingCentre } from './testing.ts';

const context = { actor: SYSTEM_ACTOR };
const CENTRE = 'INT';
const cell = (suffix: string) => `${CENTRE}-${suffix}`;

interface Item {
  code: string;
  message: string;
}
interface Move {
  person: string;
  warnings: Item[];
}

/**
 * Criminal groups are intelligence: a placement warning built from them (rivals in the cell, a
 * leader among a rival group's territory) is shown in full to the staff who move people and to
 * intelligence, and only as "there is such a warning" to roles that may not read groups
 * (oversight, health, administrators): its code and a sentence with no group names or numbers.
 */
describe('placement warnings about criminal groups, by who reads them', () => {
  let t: TestApp;
  let director: TestClient;

  const groupWords = /Lobos|Choneros|\d/;

  beforeAll(async () => {
    t = await createTestApp();
    await buildHousingCentre(t.db.db, CENTRE);
    await createGroup(t.db.db, context, { code: 'CHO', name: 'Los Choneros', kind: 'gang', parent: null, aliases: [] });
    await createGroup(t.db.db, context, { code: 'LOB', name: 'Los Lobos', kind: 'gang', parent: null, aliases: [] });
    await recordRelation(t.db.db, context, { groupA: 'CHO', groupB: 'LOB', relation: 'rival', since: '2021-01-01' });
    // Los Lobos hold pavilion P1 (three members) and have one sentenced member in P2-A-1.
    await admitInto(t.db.db, 'LB1', cell('P1-A-1'));
    await admitInto(t.db.db, 'LB2', cell('P1-A-2'));
    await admitInto(t.db.db, 'LB3', cell('P1-B-1'));
    await admitInto(t.db.db, 'LB4', cell('P2-A-1'), { legalStatus: 'sentenced' });
    await admitInto(t.db.db, 'CH1', cell('REC'));
    await admitInto(t.db.db, 'CH2', cell('REC'));
    await runAudited(t.db.db, context, async (w) => {
      const member = (person: string, group: string, role: 'member' | 'leader' = 'member') => ({ person, group, role, since: '2020-01-01', confidence: 'confirmed' as const });
      await insertMemberships(w, [member('LB1', 'LOB'), member('LB2', 'LOB'), member('LB3', 'LOB'), member('LB4', 'LOB'), member('CH1', 'CHO', 'leader'), member('CH2', 'CHO')], 'test');
      w.audit({ action: 'membership.recorded', subjectType: 'person', subjectId: 'LB1' });
    });
    director = await t.addUser('director.int', ['director'], [CENTRE]);
    // A Choneros leader into a Lobos cell of the Lobos' pavilion; a Choneros member, pretrial, into
    // the sentenced-only pavilion beside a Lobos member, on the director's override.
    const plain = await t.as(director, 'POST', '/api/v1/persons/CH1/cell-move', { cell: cell('P1-A-1'), reasonCode: 'security', comment: 'Reubicación' });
    expect(plain.statusCode, plain.body).toBe(201);
    const overridden = await t.as(director, 'POST', '/api/v1/persons/CH2/cell-move', {
      cell: cell('P2-A-1'),
      reasonCode: 'security',
      comment: 'Reubicación',
      override: { reason: 'Orden de la dirección por seguridad', codes: ['PLACEMENT_REGIME'] },
    });
    expect(overridden.statusCode, overridden.body).toBe(201);
  });
  afterAll(() => t.close());

  const movesOf = async (client: TestClient, person: string): Promise<Move[]> => {
    const response = await t.as(client, 'GET', `/api/v1/persons/${person}/cell-moves`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { moves: Move[] }).moves;
  };
  const overrides = async (client: TestClient): Promise<Move[]> => {
    const response = await t.as(client, 'GET', `/api/v1/centres/${CENTRE}/overrides`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { overrides: Move[] }).overrides;
  };
  const groupWarnings = (move: Move | undefined) =>
    (move?.warnings ?? []).filter((w) => w.code === 'PLACEMENT_RIVAL_COLOCATION' || w.code === 'PLACEMENT_LEADER_IN_RIVAL_TERRITORY');

  it('shows the director and intelligence which groups, how many and where', async () => {
    const intelligence = await t.addUser('inteligencia.int', ['intelligence'], [CENTRE]);
    for (const client of [director, intelligence]) {
      const [move] = await movesOf(client, 'CH1');
      expect(groupWarnings(move).map((w) => w.message).sort()).toEqual([
        '1 miembro(s) de Los Lobos, rival de Los Choneros, en la misma celda.',
        `Líder de Los Choneros trasladado a ${cell('P1')}, dominado por el grupo rival Los Lobos (3 miembros).`,
      ]);
    }
    const [override] = await overrides(director);
    expect(groupWarnings(override).map((w) => w.message)).toEqual(['1 miembro(s) de Los Lobos, rival de Los Choneros, en la misma celda.']);
  });

  it('shows oversight, health and administrators that there is such a warning, without groups or numbers', async () => {
    const oversight = await t.addUser('defensoria.int', ['oversight'], 'all');
    const health = await t.addUser('salud.int', ['health'], [CENTRE]);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    for (const client of [oversight, health, admin]) {
      const [move] = await movesOf(client, 'CH1');
      const warnings = groupWarnings(move);
      expect(warnings.map((w) => w.code).sort()).toEqual(['PLACEMENT_LEADER_IN_RIVAL_TERRITORY', 'PLACEMENT_RIVAL_COLOCATION']);
      for (const w of warnings) expect(w.message).not.toMatch(groupWords);
      expect(warnings.find((w) => w.code === 'PLACEMENT_RIVAL_COLOCATION')?.message).toBe('Hay miembros de grupos rivales en la misma celda.');
      // Warnings that are no intelligence stay as they were.
      expect(move?.warnings.find((w) => w.code === 'PLACEMENT_OVER_WORKING_CAPACITY')?.message).toMatch(/2 de 1/);
    }
    const [override] = await overrides(oversight);
    expect(override?.person).toBe('CH2');
    expect(groupWarnings(override).map((w) => w.code)).toEqual(['PLACEMENT_RIVAL_COLOCATION']);
    for (const w of override?.warnings ?? []) expect(w.message).not.toMatch(/Lobos|Choneros/);
    const english = await t.app.inject({
      method: 'GET',
      url: `/api/v1/persons/CH1/cell-moves`,
      headers: { cookie: oversight.cookie, 'x-custodia-language': 'en' },
    });
    const rival = (english.json() as { moves: Move[] }).moves[0]?.warnings.find((w) => w.code === 'PLACEMENT_RIVAL_COLOCATION');
    expect(rival?.message).toBe('There are members of rival groups in the same cell.');
  });
});
