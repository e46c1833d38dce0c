import { describe, expect, it } from 'vitest';
import { planMovements, type KnownState } from './plan-movements.ts';
import type { ResolvedMovement } from './transitions.ts';

const t = (day: number) => new Date(Date.UTC(2025, 8, day, 8));
const inLit: KnownState = {
  state: { person: 'P1', episode: 'E1', centre: 'LIT', location: 'LIT-P1-A-001', state: 'in', outReason: null, since: t(1) },
  stayId: 10,
};
const move = (m: Partial<ResolvedMovement> & Pick<ResolvedMovement, 'type' | 'at'>): ResolvedMovement => ({
  person: 'P1', toCentre: null, toLocation: null, reason: null, ...m,
});

describe('planning movements', () => {
  it('moves, transfers and releases in time order, whatever the input order', () => {
    const plan = planMovements(new Map([['P1', inLit]]), [
      move({ type: 'release', at: t(9), reason: 'sentence_served' }),
      move({ type: 'internal_move', at: t(3), toCentre: 'LIT', toLocation: 'LIT-P2-B-004' }),
      move({ type: 'transfer', at: t(5), toCentre: 'MAC', toLocation: null }),
    ]);
    expect(plan.errors).toEqual([]);
    expect(plan.movements.map((m) => [m.type, m.fromLocation, m.toCentre, m.toLocation])).toEqual([
      ['internal_move', 'LIT-P1-A-001', 'LIT', 'LIT-P2-B-004'],
      ['transfer', 'LIT-P2-B-004', 'MAC', null],
      ['release', null, null, null],
    ]);
    expect(plan.closeStays).toEqual([{ id: 10, validTo: t(3) }]);
    expect(plan.stays.map((s) => [s.centre, s.location, s.validFrom, s.validTo])).toEqual([
      ['LIT', 'LIT-P2-B-004', t(3), t(5)],
      ['MAC', null, t(5), t(9)],
    ]);
    expect(plan.episodeCentres).toEqual([{ episode: 'E1', centre: 'MAC' }]);
    expect(plan.closeEpisodes).toEqual([{ episode: 'E1', releasedAt: t(9), reason: 'sentence_served', note: 'sentence_served' }]);
    expect(plan.finalStates.get('P1')).toBeNull();
  });

  it('reports an impossible movement and keeps checking the rest', () => {
    const plan = planMovements(new Map([['P1', inLit]]), [
      move({ type: 'court_return', at: t(2) }),
      move({ type: 'admission', at: t(3), toCentre: 'MAC', episode: 'E2' }),
      move({ type: 'court_out', at: t(4) }),
      move({ type: 'internal_move', at: t(5), toCentre: 'LIT', toLocation: 'LIT-P1-A-002' }),
      move({ person: 'P9', type: 'release', at: t(6) }),
    ]);
    expect(plan.errors.map((e) => [e.index, e.state])).toEqual([
      [0, 'in'],
      [1, 'in'],
      [3, 'out'],
      [4, 'not_in_custody'],
    ]);
    expect(plan.movements.map((m) => m.type)).toEqual(['court_out']);
  });

  it('refuses a movement dated before the last one', () => {
    const plan = planMovements(new Map([['P1', inLit]]), [move({ type: 'court_out', at: new Date(Date.UTC(2025, 7, 1)) })]);
    expect(plan.errors[0]?.detail).toMatch(/before the last movement/);
  });

  it('admits a person and follows them through court, escape and recapture', () => {
    const plan = planMovements(new Map(), [
      move({ person: 'P2', type: 'admission', at: t(1), toCentre: 'MAC', toLocation: 'MAC-P1-A-001', episode: 'E7' }),
      move({ person: 'P2', type: 'court_out', at: t(2) }),
      move({ person: 'P2', type: 'court_return', at: t(3) }),
      move({ person: 'P2', type: 'escape', at: t(4) }),
      move({ person: 'P2', type: 'recapture', at: t(6), toCentre: 'LIT', toLocation: null }),
    ]);
    expect(plan.errors).toEqual([]);
    expect(plan.stays.map((s) => [s.centre, s.location, s.state])).toEqual([
      ['MAC', 'MAC-P1-A-001', 'in'],
      ['MAC', 'MAC-P1-A-001', 'out'],
      ['MAC', 'MAC-P1-A-001', 'in'],
      ['MAC', 'MAC-P1-A-001', 'unaccounted'],
      ['LIT', null, 'in'],
    ]);
    expect(plan.episodeCentres).toEqual([{ episode: 'E7', centre: 'LIT' }]);
  });
});
