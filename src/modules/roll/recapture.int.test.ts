import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotCounts, type TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';

// María Fernanda Torres, held at Machala in MAC-P2-A-001.
const MOVEMENTS = '/api/v1/persons/P0000004/movements';

describe('a recapture returns a person to the centre they escaped from', () => {
  const t = useSmallEstateApp();
  let officerMac: TestClient;
  let reader: TestClient;
  beforeEach(async () => {
    officerMac = await t.addUser('guia.mac', ['officer'], ['MAC']);
    reader = await t.addUser('director.nacional', ['director'], 'all');
    const escape = await t.as(officerMac, 'POST', MOVEMENTS, { type: 'escape', note: 'Fuga durante el traslado al patio' });
    expect(escape.statusCode).toBe(201);
  });

  const whereIs = async () => (await t.as(reader, 'GET', '/api/v1/persons/P0000004')).json().current;

  it('refuses an officer who recaptures into another prison, naming `to` and changing nothing', async () => {
    const before = await snapshotCounts(t.db);
    const elsewhere = await t.as(officerMac, 'POST', MOVEMENTS, { type: 'recapture', to: 'LIT' });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error).toMatchObject({ code: 'RECAPTURE_ELSEWHERE', field: 'to' });
    expect(elsewhere.json().error.message).toContain('LIT');
    expect(await snapshotCounts(t.db)).toEqual(before);
    expect(await whereIs()).toMatchObject({ centre: 'MAC', state: 'unaccounted' });
  });

  it('refuses someone with transfer rights who does not have the receiving centre in their caseload', async () => {
    const supervisorMac = await t.addUser('supervisor.mac', ['supervisor'], ['MAC']);
    const elsewhere = await t.as(supervisorMac, 'POST', MOVEMENTS, { type: 'recapture', to: 'LIT' });
    expect(elsewhere.json().error).toMatchObject({ code: 'RECAPTURE_ELSEWHERE', field: 'to' });
    expect(await whereIs()).toMatchObject({ centre: 'MAC', state: 'unaccounted' });
  });

  it('lets an officer recapture into a cell of the centre escaped from', async () => {
    const home = await t.as(officerMac, 'POST', MOVEMENTS, { type: 'recapture', to: 'MAC-P2-A-001' });
    expect(home.statusCode).toBe(201);
    expect(await whereIs()).toMatchObject({ centre: 'MAC', location: 'MAC-P2-A-001', state: 'in' });
  });

  it('lets a supervisor with transfer rights and the receiving centre in their caseload recapture into it', async () => {
    const supervisor = await t.addUser('supervisor.sur', ['supervisor'], ['MAC', 'LIT']);
    const toLit = await t.as(supervisor, 'POST', MOVEMENTS, { type: 'recapture', to: 'LIT' });
    expect(toLit.statusCode).toBe(201);
    expect(await whereIs()).toMatchObject({ centre: 'LIT', location: null, state: 'in' });
  });

  it('lets a director with a national caseload recapture into another centre', async () => {
    const toLit = await t.as(reader, 'POST', MOVEMENTS, { type: 'recapture', to: 'LIT' });
    expect(toLit.statusCode).toBe(201);
    expect(await whereIs()).toMatchObject({ centre: 'LIT', state: 'in' });
  });
});
