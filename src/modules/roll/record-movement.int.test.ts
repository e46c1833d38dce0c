import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing/index.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { recordMovement, whereabouts, type PlacementGuard } from './index.ts';
import { importSmallEstate } from '../interchange/testing.ts';

const NOON = '2025-11-01T12:00:00.000Z';

describe('recording a movement', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
    await importSmallEstate(db.db);
  });
  afterEach(() => db.close());

  it("dates a movement given no time at the writer's clock, and judges 'in the future' by that clock", async () => {
    const context = { actor: SYSTEM_ACTOR, clock: fixedClock(NOON) };
    const out = await recordMovement(db.db, context, { person: 'P0000002', type: 'court_out', reason: 'Audiencia' }, { guard: 'no_placement' });
    expect(out.movement?.at.toISOString()).toBe(NOON);
    expect((await whereabouts(db.db, 'P0000002')).current).toMatchObject({ state: 'out', since: new Date(NOON) });
    // An hour after the clock's noon is the future, whatever the computer's own clock says.
    const later = recordMovement(db.db, context, { person: 'P0000002', type: 'court_return', at: new Date('2025-11-01T13:00:00Z') }, { guard: 'no_placement' });
    await expect(later).rejects.toMatchObject({ code: 'MOVEMENT_IN_FUTURE', field: 'at' });
  });

  it('asks the placement guard about every cell someone is put in, an arrival into the cell chosen at departure included', async () => {
    const asked: string[] = [];
    const guard: PlacementGuard = async (_w, placement) => void asked.push(`${placement.person} ${placement.centre} ${placement.location}`);
    const context = { actor: SYSTEM_ACTOR, clock: fixedClock(NOON) };
    await recordMovement(db.db, context, { person: 'P0000002', type: 'transfer_out', to: 'MAC-P1-A-001', at: new Date('2025-11-01T08:00:00Z') }, { guard });
    await recordMovement(db.db, context, { person: 'P0000002', type: 'transfer_arrival', at: new Date('2025-11-01T10:00:00Z') }, { guard });
    expect(asked).toEqual(['P0000002 MAC MAC-P1-A-001', 'P0000002 MAC MAC-P1-A-001']);
    // A refusal by the guard stops the movement.
    const refuse: PlacementGuard = async () => {
      throw new AppError('FORBIDDEN');
    };
    await expect(recordMovement(db.db, context, { person: 'P0000002', type: 'internal_move', to: 'MAC-P1-A-001', at: new Date('2025-11-01T11:00:00Z') }, { guard: refuse })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A writer that says it places no one cannot put someone in a cell by mistake.
    await expect(recordMovement(db.db, context, { person: 'P0000001', type: 'internal_move', to: 'LIT-P1-A-001' }, { guard: 'no_placement' })).rejects.toThrow(/no one is placed/);
    expect((await whereabouts(db.db, 'P0000001')).current).toMatchObject({ location: 'LIT-P2-A-001' });
  });

  it('writes one end of custody when a death and a release of one person are recorded at the same moment', async () => {
    const context = { actor: SYSTEM_ACTOR, clock: fixedClock(NOON) };
    const attempts = await Promise.allSettled([
      recordMovement(db.db, context, { person: 'P0000002', type: 'death', reason: 'death' }, { guard: 'no_placement' }),
      recordMovement(db.db, context, { person: 'P0000002', type: 'death', reason: 'death' }, { guard: 'no_placement' }),
      recordMovement(db.db, context, { person: 'P0000002', type: 'release', reason: 'sentence_served' }, { guard: 'no_placement' }),
    ]);
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const refused of attempts.filter((a) => a.status === 'rejected')) expect(refused.reason).toMatchObject({ code: 'PERSON_NOT_IN_CUSTODY', field: 'person' });
    const ends = await db.raw(`select type from movements where person = 'P0000002' and type in ('death', 'release')`);
    expect(ends).toHaveLength(1);
    expect((await whereabouts(db.db, 'P0000002')).current).toBeNull();
  });
});
