import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import type { Principal } from '../../kernel/access.ts';
import { type TestClient, useTestApp } from '../../server/testing.ts';
import { readPowerMap } from './read-power-map.ts';
import { admitInto, buildHousingCentre } from './testing.ts';

/** What a refusal tells the user: everything but the request id. */
const answer = (response: { statusCode: number; json(): { error: Record<string, unknown> } }) => {
  const { requestId: _requestId, ...error } = response.json().error;
  return { status: response.statusCode, error };
};

describe('housing answers a record outside the caseload exactly as one that does not exist', () => {
  const t = useTestApp();
  let serial = 0;

  /** Two fresh centres; a director of the first, and a person in each. */
  async function twoCentres(): Promise<{ mine: string; other: string; director: TestClient }> {
    serial += 1;
    const mine = `ACA${serial}`;
    const other = `ACB${serial}`;
    await buildHousingCentre(t.db.db, mine);
    await buildHousingCentre(t.db.db, other);
    await admitInto(t.db.db, `${mine}-P`, `${mine}-REC`);
    await admitInto(t.db.db, `${other}-P`, `${other}-REC`);
    return { mine, other, director: await t.addUser(`director.${mine.toLowerCase()}`, ['director'], [mine]) };
  }

  it('a cell move into a cell of another centre is refused as a move into an unknown cell', async () => {
    const { mine, other, director } = await twoCentres();
    const body = { reasonCode: 'security', comment: 'Reubicación por seguridad' };
    const elsewhere = await t.as(director, 'POST', `/api/v1/persons/${mine}-P/cell-move`, { ...body, cell: `${other}-P1-A-1` });
    const unknown = await t.as(director, 'POST', `/api/v1/persons/${mine}-P/cell-move`, { ...body, cell: `${mine}-P9-Z-9` });
    expect(answer(elsewhere).status).toBe(404);
    expect({ ...answer(elsewhere).error, message: null }).toEqual({ ...answer(unknown).error, message: null });
    expect(answer(elsewhere).error.code).toBe('LOCATION_NOT_FOUND');
    // Nothing was moved.
    expect(await t.db.raw(`select count(*)::int as n from cell_moves where person = '${mine}-P'`)).toEqual([{ n: 0 }]);
  });

  it('the placement check of a cell of another centre is refused as that of an unknown cell', async () => {
    const { mine, other, director } = await twoCentres();
    const elsewhere = await t.as(director, 'GET', `/api/v1/persons/${mine}-P/placement-check?cell=${other}-P1-A-1`);
    const unknown = await t.as(director, 'GET', `/api/v1/persons/${mine}-P/placement-check?cell=${mine}-P9-Z-9`);
    expect(elsewhere.statusCode).toBe(404);
    expect(answer(elsewhere).error.code).toBe(answer(unknown).error.code);
    expect(answer(elsewhere).error.field).toBe(answer(unknown).error.field);
  });

  it('a person held at another centre is answered as one that does not exist', async () => {
    const { other, director } = await twoCentres();
    for (const path of ['non-associations', 'cell-moves', 'suggested-cells']) {
      const elsewhere = answer(await t.as(director, 'GET', `/api/v1/persons/${other}-P/${path}`));
      const unknown = answer(await t.as(director, 'GET', `/api/v1/persons/${other}-NADIE/${path}`));
      expect(elsewhere.status, path).toBe(404);
      expect(elsewhere.error.code, path).toBe(unknown.error.code);
      expect(elsewhere.error.field, path).toBe(unknown.error.field);
    }
  });

  it('audits every reading of the power map, also when it is read without the HTTP API', async () => {
    const { mine } = await twoCentres();
    const principal: Principal = { id: 'cli', username: 'cli:intel', displayName: 'CLI', roles: ['intelligence'], caseload: { all: true, centres: [] }, language: 'es' };
    const context = { actor: { id: null, username: 'cli:intel' } };
    const map = await readPowerMap(t.db.db, context, principal, mine, fixedClock(new Date()));
    expect(map.pavilions.map((p) => p.code)).toEqual([`${mine}-P1`, `${mine}-P2`, `${mine}-P3`]);
    expect(await t.db.raw(`select actor_username, subject_id from audit_log where action = 'power_map.read' and subject_id = '${mine}'`)).toEqual([
      { actor_username: 'cli:intel', subject_id: mine },
    ]);
  });
});
