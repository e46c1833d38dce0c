import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotCounts, type TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';

// The small estate: Luis Alberto Zambrano (P0000003) in MAC-P1-A-001 at Machala since a transfer
// on 5 September 2025; Carlos Andrés Quiñónez (P0000002) in LIT-P1-A-002 at the Litoral.
const movements = (person: string) => `/api/v1/persons/${person}/movements`;

describe("a centre's lists of people out and of people on their way in", () => {
  const t = useSmallEstateApp();
  let officerMac: TestClient;
  let officerLit: TestClient;
  beforeEach(async () => {
    officerMac = await t.addUser('guia.mac', ['officer'], ['MAC']);
    officerLit = await t.addUser('guia.lit', ['officer'], ['LIT']);
  });

  it('lists a person taken to court with why and since when, until they are brought back; another centre gets 404', async () => {
    const out = await t.as(officerMac, 'POST', movements('P0000003'), { type: 'court_out', reason: 'Audiencia de juzgamiento' });
    expect(out.statusCode, out.body).toBe(201);
    const list = await t.as(officerMac, 'GET', '/api/v1/roll/centres/MAC/out');
    expect(list.statusCode).toBe(200);
    expect(list.json().people).toEqual([
      expect.objectContaining({ id: 'P0000003', givenNames: 'Luis Alberto', outReason: 'court', state: 'out', location: 'MAC-P1-A-001', since: out.json().at }),
    ]);
    // Litoral's officer learns nothing of Machala's people, existing centre or not.
    expect((await t.as(officerLit, 'GET', '/api/v1/roll/centres/MAC/out')).statusCode).toBe(404);
    expect((await t.as(officerLit, 'GET', '/api/v1/roll/centres/NOPE/out')).statusCode).toBe(404);

    const back = await t.as(officerMac, 'POST', movements('P0000003'), { type: 'court_return' });
    expect(back.statusCode, back.body).toBe(201);
    expect(back.json().state).toMatchObject({ state: 'in', location: 'MAC-P1-A-001' });
    expect((await t.as(officerMac, 'GET', '/api/v1/roll/centres/MAC/out')).json().people).toEqual([]);
  });

  it("lists a departed transfer at the receiving centre, where an officer receives them into a cell; the sender's staff get 404", async () => {
    const supervisor = await t.addUser('supervisor.sur', ['supervisor'], ['MAC', 'LIT']);
    const departed = await t.as(supervisor, 'POST', movements('P0000002'), { type: 'transfer_out', to: 'MAC', reason: 'Hacinamiento' });
    expect(departed.statusCode, departed.body).toBe(201);

    const arrivals = await t.as(officerMac, 'GET', '/api/v1/roll/centres/MAC/arrivals');
    expect(arrivals.statusCode).toBe(200);
    expect(arrivals.json().people).toEqual([
      expect.objectContaining({ id: 'P0000002', familyNames: 'Quiñónez Bone', from: 'LIT', fromName: 'Penitenciaría del Litoral', destinationLocation: null, state: 'en_route' }),
    ]);
    expect((await t.as(officerLit, 'GET', '/api/v1/roll/centres/MAC/arrivals')).statusCode).toBe(404);
    expect((await t.as(officerLit, 'GET', '/api/v1/roll/centres/LIT/arrivals')).json().people).toEqual([]);

    // The receiving officer sees the placement check before receiving him (not his file: he is still Litoral's).
    const check = (who: TestClient, person: string, cell: string) => t.as(who, 'GET', `/api/v1/roll/centres/MAC/arrivals/${person}/placement-check?cell=${cell}`);
    const womens = await check(officerMac, 'P0000002', 'MAC-P2-A-001');
    expect(womens.statusCode, womens.body).toBe(200);
    expect(womens.json().blocking.map((b: { code: string }) => b.code)).toContain('PLACEMENT_SEX');
    const mens = (await check(officerMac, 'P0000002', 'MAC-P1-A-001')).json();
    expect(mens.blocking.map((b: { code: string }) => b.code)).not.toContain('PLACEMENT_SEX');
    expect((await t.as(officerMac, 'GET', '/api/v1/persons/P0000002')).statusCode).toBe(404);
    expect((await check(officerLit, 'P0000002', 'MAC-P1-A-001')).statusCode).toBe(404);
    expect((await check(officerMac, 'P0000004', 'MAC-P1-A-001')).statusCode).toBe(404); // not en route
    expect((await check(officerMac, 'P0000002', 'LIT-P1-A-001')).json().error).toMatchObject({ code: 'LOCATION_NOT_FOUND', field: 'cell' });

    // Into the women's cell: the placement check refuses, on the cell's field, and nothing changes.
    const before = await snapshotCounts(t.db);
    const wrongCell = await t.as(officerMac, 'POST', movements('P0000002'), { type: 'transfer_arrival', to: 'MAC-P2-A-001' });
    expect(wrongCell.statusCode).toBe(409);
    expect(wrongCell.json().error).toMatchObject({ code: 'PLACEMENT_REFUSED', field: 'to' });
    expect(await snapshotCounts(t.db)).toEqual(before);

    const received = await t.as(officerMac, 'POST', movements('P0000002'), { type: 'transfer_arrival', to: 'MAC-P1-A-001' });
    expect(received.statusCode, received.body).toBe(201);
    expect(received.json().state).toMatchObject({ centre: 'MAC', location: 'MAC-P1-A-001', state: 'in' });
    expect((await t.as(officerMac, 'GET', '/api/v1/roll/centres/MAC/arrivals')).json().people).toEqual([]);
  });
});

describe('limits on a movement: its time, and where a transfer may go', () => {
  const t = useSmallEstateApp();

  it('refuses a time before the last movement (409) or in the future (400), naming `at`, and a release for death, changing nothing', async () => {
    const officer = await t.addUser('guia.mac', ['officer'], ['MAC']);
    const before = await snapshotCounts(t.db);
    const early = await t.as(officer, 'POST', movements('P0000003'), { type: 'court_out', at: '2025-09-04T09:00:00Z' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'MOVEMENT_BEFORE_LAST', field: 'at' });
    expect(early.json().error.message).toContain('2025-09-05 09:00');
    const future = await t.as(officer, 'POST', movements('P0000003'), { type: 'court_out', at: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({ code: 'MOVEMENT_IN_FUTURE', field: 'at' });
    // A death is its own movement, never a reason for release.
    const deathAsRelease = await t.as(officer, 'POST', movements('P0000003'), { type: 'release', reason: 'death' });
    expect(deathAsRelease.statusCode).toBe(400);
    expect(deathAsRelease.json().error).toMatchObject({ field: 'reason' });
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it('refuses a transfer to a centre outside the sender’s caseload, naming `to`; with both centres it goes', async () => {
    const supervisorMac = await t.addUser('supervisor.mac', ['supervisor'], ['MAC']);
    const before = await snapshotCounts(t.db);
    for (const type of ['transfer', 'transfer_out']) {
      const refused = await t.as(supervisorMac, 'POST', movements('P0000003'), { type, to: 'LIT' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({ code: 'TRANSFER_DESTINATION_FORBIDDEN', field: 'to' });
    }
    expect(await snapshotCounts(t.db)).toEqual(before);
    const regional = await t.addUser('supervisor.sur', ['supervisor'], ['MAC', 'LIT']);
    expect((await t.as(regional, 'POST', movements('P0000003'), { type: 'transfer', to: 'LIT' })).statusCode).toBe(201);
  });
});
