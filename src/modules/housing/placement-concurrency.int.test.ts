import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgresRun } from '../../db/testing/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../server/testing.ts';
import { admitInto, buildHousingCentre } from './testing.ts';

/**
 * Two officers filling the last bed of a cell at the same moment. On PostgreSQL the two requests
 * run on two connections at once; the centre's placement lock makes the second one see the
 * first one's move, so exactly one wins and the cell never exceeds its maximum.
 */
describe(`two officers filling the last bed (${isPostgresRun() ? 'PostgreSQL, parallel connections' : 'PGlite'})`, () => {
  let t: TestApp;
  let first: TestClient;
  let second: TestClient;
  const CELLS = ['HSG-P1-A-1', 'HSG-P1-A-2', 'HSG-P1-A-3', 'HSG-P1-B-1', 'HSG-P1-B-2'];

  beforeAll(async () => {
    t = await createTestApp();
    await buildHousingCentre(t.db.db, 'HSG');
    first = await t.addUser('guia.uno', ['officer'], ['HSG']);
    second = await t.addUser('guia.dos', ['officer'], ['HSG']);
    // Every cell (maximum 2) holds one person; two more people per cell wait in reception.
    for (const [i, cell] of CELLS.entries()) {
      await admitInto(t.db.db, `IN${i}`, cell);
      await admitInto(t.db.db, `WA${i}`, 'HSG-REC');
      await admitInto(t.db.db, `WB${i}`, 'HSG-REC');
    }
  });
  afterAll(() => t.close());

  it('lets exactly one of two simultaneous moves into the last bed through, for every cell', async () => {
    const outcomes = await Promise.all(
      CELLS.map(async (cell, i) => {
        const [a, b] = await Promise.all([
          t.as(first, 'POST', `/api/v1/persons/WA${i}/cell-move`, { cell, reasonCode: 'overcrowding', comment: 'Descongestión de recepción' }),
          t.as(second, 'POST', `/api/v1/persons/WB${i}/cell-move`, { cell, reasonCode: 'overcrowding', comment: 'Descongestión de recepción' }),
        ]);
        return [a, b].map((r) => ({ status: r.statusCode, code: r.statusCode === 201 ? null : (r.json() as { error: { code: string; message: string } }).error }));
      }),
    );
    for (const pair of outcomes) {
      expect(pair.map((o) => o.status).sort()).toEqual([201, 409]);
      const loser = pair.find((o) => o.status === 409);
      expect(loser?.code).toMatchObject({ code: 'PLACEMENT_BLOCKED' });
      expect(loser?.code?.message).toMatch(/capacidad máxima \(2 de 2\)/);
    }
    const counts = await t.db.raw(`
      select l.code, l.max_capacity, count(s.id)::int as n
      from locations l left join stays s on s.location = l.code and s.valid_to is null
      where l.code = any($1::text[]) group by l.code, l.max_capacity order by l.code`, [CELLS]);
    for (const row of counts) expect(row.n).toBe(row.max_capacity);
    const moves = await t.db.raw(`select count(*)::int as n from cell_moves`);
    expect(moves[0]?.n).toBe(CELLS.length);
  });
});
