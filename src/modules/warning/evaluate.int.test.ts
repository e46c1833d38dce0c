import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../db/testing/index.ts';
import { evaluateWarning } from './evaluate.ts';
import { factsAt } from './facts-at.ts';
import { loadWarningHistory } from './history.ts';
import { evaluateSignals } from './signals/all.ts';
import { admit, buildPavilionCentre, find, gang, incident, member, move, relate } from './testing.ts';

/**
 * The facts of a centre at two instants, from an estate recorded through the modules' own write
 * functions: a leader released, a member moved to another pavilion, an escape, a fight, a find.
 */
describe('the facts of a centre as of an instant, read from the database', { timeout: 120_000 }, () => {
  const t = useTestDatabase();
  const T1 = new Date('2021-11-09T12:00:00Z');
  const T2 = new Date('2021-11-13T12:00:00Z');

  beforeAll(async () => {
    const db = t.db;
    await buildPavilionCentre(db, 'EVA', 2);
    await buildPavilionCentre(db, 'EVB', 1);
    await gang(db, 'LC', 'Los Choneros');
    await gang(db, 'LL', 'Los Lobos');
    await relate(db, 'LC', 'LL', 'rival', '2020-06-01');
    await admit(db, { id: 'EVA-1', givenNames: 'Pedro', familyNames: 'Alvarado' }, 'EVA-P2-A-1', '2021-09-01T15:00:00Z', { legalStatus: 'sentenced' });
    await admit(db, { id: 'EVA-2', givenNames: 'Juan', familyNames: 'Bravo' }, 'EVA-P2-A-2', '2021-09-01T15:00:00Z', { legalStatus: 'sentenced' });
    await admit(db, { id: 'EVA-3', givenNames: 'Luis', familyNames: 'Cedeño' }, 'EVA-P1-A-1', '2021-09-01T15:00:00Z', { pretrialSince: '2020-01-01', maxPenaltyYears: 3 });
    await admit(db, { id: 'EVA-4', givenNames: 'Ángel', familyNames: 'Durán' }, 'EVA-P1-A-2', '2021-09-01T15:00:00Z', { legalStatus: 'sentenced' });
    await admit(db, { id: 'EVB-1', givenNames: 'Mario', familyNames: 'Espinoza' }, 'EVB-P1-A-1', '2021-09-01T15:00:00Z', { legalStatus: 'sentenced' });
    await member(db, 'EVA-1', 'LC', 'leader', '2021-01-10');
    await member(db, 'EVA-2', 'LC', 'member', '2021-02-10');
    await member(db, 'EVA-3', 'LL', 'member', '2021-03-10');
    await move(db, 'EVA-4', 'escape', '2021-11-03T04:00:00Z');
    await incident(db, 'EVA', 'EVA-P1-A-1', 'fight', '2021-11-05T20:00:00Z');
    await find(db, 'EVA', 'EVA-P2-A-1', 'firearm', 2, '2021-11-08T14:00:00Z');
    await move(db, 'EVA-1', 'release', '2021-11-10T15:00:00Z');
    await move(db, 'EVA-2', 'internal_move', '2021-11-12T15:00:00Z', 'EVA-P1-A-3');
  }, 120_000);

  it('projects who is where, the recent departures and the memberships at each instant', async () => {
    const history = await loadWarningHistory(t.db, { centres: ['EVA'], from: T1, to: T2 });
    expect(history.centres).toEqual(['EVA']);
    const before = factsAt(history, 'EVA', T1);
    expect(before.people.map((p) => [p.id, p.name, p.state, p.pavilion])).toEqual([
      ['EVA-1', 'Alvarado, Pedro', 'in', 'EVA-P2'],
      ['EVA-2', 'Bravo, Juan', 'in', 'EVA-P2'],
      ['EVA-3', 'Cedeño, Luis', 'in', 'EVA-P1'],
      ['EVA-4', 'Durán, Ángel', 'unaccounted', 'EVA-P1'],
    ]);
    expect(before.people.find((p) => p.id === 'EVA-3')).toMatchObject({ legalStatus: 'pretrial', pretrialSince: '2020-01-01', pretrialLimit: '2021-01-01' });
    expect(before.departures.map((d) => [d.person, d.type, d.fromPavilion])).toEqual([['EVA-4', 'escape', 'EVA-P1']]);
    expect(before.memberships.map((m) => [m.person, m.group, m.role])).toEqual([
      ['EVA-1', 'LC', 'leader'],
      ['EVA-2', 'LC', 'member'],
      ['EVA-3', 'LL', 'member'],
    ]);
    expect(before.groups).toEqual([
      { code: 'LC', name: 'Los Choneros', parent: null },
      { code: 'LL', name: 'Los Lobos', parent: null },
    ]);
    expect(before.relations).toEqual([{ a: 'LC', b: 'LL', relation: 'rival' }]);
    expect(before.unaccounted.map((u) => u.count)).toEqual([1, 1, 1, 0]);
    expect(before.incidents.map((i) => [i.type, i.pavilion])).toEqual([['fight', 'EVA-P1']]);
    expect(before.seizures.map((z) => [z.item, z.quantity, z.pavilion])).toEqual([['firearm', 2, 'EVA-P2']]);
    expect(before.pavilions.map((p) => [p.code, p.name, p.designCapacity, p.maxCapacity])).toEqual([
      ['EVA-P1', 'Pabellón 1', 16, 24],
      ['EVA-P2', 'Pabellón 2', 16, 24],
      ['EVA-REC', 'Recepción', 10, 15],
    ]);

    const after = factsAt(history, 'EVA', T2);
    expect(after.people.map((p) => [p.id, p.pavilion])).toEqual([
      ['EVA-2', 'EVA-P1'],
      ['EVA-3', 'EVA-P1'],
      ['EVA-4', 'EVA-P1'],
    ]);
    expect(after.departures.map((d) => [d.person, d.type, d.fromPavilion, d.toPavilion, d.backAtT, d.memberships])).toEqual([
      ['EVA-4', 'escape', 'EVA-P1', null, false, []],
      ['EVA-1', 'release', 'EVA-P2', null, false, [{ group: 'LC', role: 'leader' }]],
      ['EVA-2', 'internal_move', 'EVA-P2', 'EVA-P1', false, [{ group: 'LC', role: 'member' }]],
    ]);
    // The released leader's membership still stands: he is named among those who left.
    expect(after.memberships.map((m) => m.person)).toEqual(['EVA-1', 'EVA-2', 'EVA-3']);
  });

  it('evaluates every centre by default, or the ones asked for, as the signals see their facts', async () => {
    const all = await evaluateWarning(t.db, { at: T2 });
    expect(all.map((e) => [e.centre, e.at])).toEqual([
      ['EVA', T2.toISOString()],
      ['EVB', T2.toISOString()],
    ]);
    const history = await loadWarningHistory(t.db, { from: T2, to: T2 });
    for (const e of all) expect(e.findings).toEqual(evaluateSignals(factsAt(history, e.centre, T2)));
    const one = await evaluateWarning(t.db, { centres: ['EVB'], at: T1 });
    expect(one.map((e) => e.centre)).toEqual(['EVB']);
  });
});
