import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgresRun } from '../../db/testing/index.ts';
import { ADMIN_PASSWORD, createTestApp, type TestApp, type TestClient } from '../../server/testing.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { admitInto } from '../housing/testing.ts';
import { addLocation, type NewLocation } from './index.ts';

/**
 * An administrator changing a cell's maximum or closing it while an officer moves someone into
 * it. On PostgreSQL the two requests run on two connections at once; both writes take the
 * centre's placement lock and read the beds under it, so whichever comes second sees the first:
 * a cell never holds more than its maximum, and a closed location never holds anyone.
 */
const RACES = 20;
const CENTRE = 'RACE';
const context = { actor: SYSTEM_ACTOR };

describe(`estate changes racing cell moves (${isPostgresRun() ? 'PostgreSQL, parallel connections' : 'PGlite, one connection'})`, () => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin', ADMIN_PASSWORD);
    await t.addCentre(CENTRE, { sex: 'M' });
    officer = await t.addUser('guia.race', ['officer'], [CENTRE]);
    const base = { centre: CENTRE, sex: 'any', regime: 'mixed', security: 'medium', designCapacity: null, workingCapacity: null, maxCapacity: null } as const;
    await addLocation(t.db.db, context, { ...base, code: `${CENTRE}-P1`, parent: null, kind: 'pavilion', name: 'P1' });
    await addLocation(t.db.db, context, { ...base, code: `${CENTRE}-REC`, parent: null, kind: 'reception', name: 'REC', designCapacity: 100, workingCapacity: 100, maxCapacity: 200 });
  });
  afterAll(() => t.close());

  /** A wing of its own with one cell (max 2) holding `occupants` people, and one person waiting in reception. */
  async function freshCell(tag: string, occupants: number): Promise<{ wing: string; cell: string; mover: string }> {
    const wing = `${CENTRE}-P1-${tag}`;
    const cell = `${wing}-1`;
    const base = { centre: CENTRE, sex: 'any', regime: 'mixed', security: 'medium' } as const;
    await addLocation(t.db.db, context, { ...base, code: wing, parent: `${CENTRE}-P1`, kind: 'wing', name: tag, designCapacity: null, workingCapacity: null, maxCapacity: null });
    await addLocation(t.db.db, context, { ...base, code: cell, parent: wing, kind: 'cell', name: `${tag}-1`, designCapacity: 1, workingCapacity: 2, maxCapacity: 2 } satisfies NewLocation);
    for (let i = 0; i < occupants; i++) await admitInto(t.db.db, `${tag}-IN${i}`, cell);
    await admitInto(t.db.db, `${tag}-MV`, `${CENTRE}-REC`);
    return { wing, cell, mover: `${tag}-MV` };
  }

  const move = (person: string, cell: string) =>
    t.as(officer, 'POST', `/api/v1/persons/${person}/cell-move`, { cell, reasonCode: 'overcrowding', comment: 'Descongestión de recepción' });

  const errorCode = (r: { statusCode: number; json(): unknown }) => (r.statusCode < 300 ? null : (r.json() as { error: { code: string } }).error.code);

  /** Open stays in a location that is above its maximum or under a location that is not active. */
  async function violations(): Promise<Record<string, unknown>[]> {
    return t.db.raw(`
      select l.code, l.max_capacity as max, count(s.id)::int as occupants,
             bool_or(a.status <> 'active') as inactive
      from locations l
      join stays s on s.location = l.code and s.valid_to is null
      join locations a on a.code = any(string_to_array(l.path, '/'))
      where l.centre = $1
      group by l.code, l.max_capacity
      having count(distinct s.id) > coalesce(l.max_capacity, 1000000) or bool_or(a.status <> 'active')`, [CENTRE]);
  }

  it(`a move into a cell (max 2, one in it) and lowering its maximum to 1 at the same moment: one of them wins, ${RACES} times`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < RACES; i++) {
      const { cell, mover } = await freshCell(`C${i}`, 1);
      const [moved, changed] = await Promise.all([
        move(mover, cell),
        t.as(admin, 'PUT', `/api/v1/locations/${cell}/capacity`, { designCapacity: 1, workingCapacity: 1, maxCapacity: 1, reason: 'Reducción por obras' }),
      ]);
      outcomes.push(`move ${moved.statusCode} ${errorCode(moved)}, capacity ${changed.statusCode} ${errorCode(changed)}`);
    }
    const accepted = ['move 201 null, capacity 409 CAPACITY_BELOW_OCCUPANCY', 'move 409 PLACEMENT_BLOCKED, capacity 200 null'];
    expect(outcomes.filter((o) => !accepted.includes(o))).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it(`a move into an empty cell and closing that cell, or its wing, at the same moment: never a closed location occupied, ${RACES} times`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < RACES; i++) {
      const { wing, cell, mover } = await freshCell(`S${i}`, 0);
      const closing = i % 2 === 0 ? cell : wing;
      const [moved, closed] = await Promise.all([
        move(mover, cell),
        t.as(admin, 'PUT', `/api/v1/locations/${closing}/status`, { status: 'closed', reason: 'Mantenimiento' }),
      ]);
      outcomes.push(`move ${moved.statusCode} ${errorCode(moved)}, closing ${closed.statusCode} ${errorCode(closed)}`);
    }
    const accepted = ['move 201 null, closing 409 LOCATION_OCCUPIED', 'move 409 PLACEMENT_BLOCKED, closing 200 null'];
    expect(outcomes.filter((o) => !accepted.includes(o))).toEqual([]);
    expect(await violations()).toEqual([]);
  });
});
