import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, snapshotCounts, type TestClient, useTestApp } from '../../server/testing.ts';
import { admissionBody, personBody } from '../register/testing.ts';

const cell = (centre: string, code: string, parent: string, max = 2) => ({
  code,
  centre,
  parent,
  kind: 'cell',
  name: `Celda ${code}`,
  sex: 'M',
  designCapacity: max,
  workingCapacity: max,
  maxCapacity: max,
});

const admission = (person: string, to: string) => admissionBody(personBody(person), to);

describe('the estate over HTTP', () => {
  const t = useTestApp();
  let admin: TestClient;
  beforeAll(async () => {
    admin = await t.login('admin', ADMIN_PASSWORD);
  });

  /** A centre with one pavilion and one cell of `max` beds, and an officer of that centre. */
  async function centreWithCell(code: string, max = 2) {
    await t.addCentre(code);
    const pavilion = { code: `${code}-P1`, centre: code, parent: null, kind: 'pavilion', name: 'Pabellón 1', designCapacity: null, workingCapacity: null, maxCapacity: null };
    expect((await t.as(admin, 'POST', '/api/v1/locations', pavilion)).statusCode).toBe(201);
    const added = await t.as(admin, 'POST', '/api/v1/locations', cell(code, `${code}-P1-001`, `${code}-P1`, max));
    expect(added.statusCode).toBe(201);
    const officer = await t.addUser(`guia.${code.toLowerCase()}`, ['officer'], [code]);
    return { cell: `${code}-P1-001`, pavilion: `${code}-P1`, officer };
  }

  it('refuses a centre whose time zone is not an IANA one (400, field timezone), and the roll still answers', async () => {
    const before = await snapshotCounts(t.db);
    const response = await t.as(admin, 'POST', '/api/v1/centres', {
      code: 'MARS', name: 'Centro Marte', city: 'Olympus', province: 'Tharsis', type: 'CPL', sex: 'M', authority: 'snai', timezone: 'Mars/Olympus',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'timezone' });
    expect(await snapshotCounts(t.db)).toEqual(before);
    expect((await t.as(admin, 'GET', '/api/v1/roll')).statusCode).toBe(200);
  });

  it('adds a centre with a good time zone, and shows it with its authority history', async () => {
    const created = await t.as(admin, 'POST', '/api/v1/centres', {
      code: 'GAL', name: 'Centro Galápagos', city: 'Puerto Baquerizo', province: 'Galápagos', type: 'CPL', sex: 'mixed', authority: 'snai', timezone: 'Pacific/Galapagos',
    });
    expect(created.statusCode).toBe(201);
    const detail = await t.as(admin, 'GET', '/api/v1/centres/GAL');
    expect(detail.json()).toMatchObject({ code: 'GAL', timezone: 'Pacific/Galapagos', authorityHistory: [{ authority: 'snai', since: null }] });
    expect((await t.as(admin, 'GET', '/api/v1/roll')).statusCode).toBe(200);
  });

  it('adds a location under its parent, with its path', async () => {
    const { cell: code } = await centreWithCell('ADDL');
    const centre = await t.as(admin, 'GET', '/api/v1/locations/ADDL-P1-001/history');
    expect(centre.json()).toEqual({ changes: [] });
    const twice = await t.as(admin, 'POST', '/api/v1/locations', cell('ADDL', code, 'ADDL-P1'));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('LOCATION_EXISTS');
  });

  it('refuses a maximum capacity below the people housed there, and keeps the change history of an accepted one', async () => {
    const { cell: code, officer } = await centreWithCell('CAPB', 2);
    expect((await t.as(officer, 'POST', '/api/v1/admissions', admission('CAPB-0001', code))).statusCode).toBe(201);
    expect((await t.as(officer, 'POST', '/api/v1/admissions', admission('CAPB-0002', code))).statusCode).toBe(201);
    const below = await t.as(admin, 'PUT', `/api/v1/locations/${code}/capacity`, { designCapacity: 1, workingCapacity: 1, maxCapacity: 1, reason: 'Reducción por obras' });
    expect(below.statusCode).toBe(409);
    expect(below.json().error).toMatchObject({ code: 'CAPACITY_BELOW_OCCUPANCY', field: 'maxCapacity' });
    const raised = await t.as(admin, 'PUT', `/api/v1/locations/${code}/capacity`, { designCapacity: 2, workingCapacity: 3, maxCapacity: 4, reason: 'Literas nuevas' });
    expect(raised.statusCode).toBe(200);
    expect(raised.json()).toMatchObject({ code, designCapacity: 2, workingCapacity: 3, maxCapacity: 4 });
    const history = (await t.as(admin, 'GET', `/api/v1/locations/${code}/history`)).json();
    expect(history.changes).toEqual([expect.objectContaining({ kind: 'capacity', oldValue: '2/2/2', newValue: '2/3/4', reason: 'Literas nuevas', recordedBy: 'admin' })]);
  });

  it('refuses to close an occupied cell or its pavilion, and closes an empty one with everything under it', async () => {
    const { cell: code, pavilion, officer } = await centreWithCell('CLOS', 2);
    expect((await t.as(officer, 'POST', '/api/v1/admissions', admission('CLOS-0001', code))).statusCode).toBe(201);
    for (const target of [code, pavilion]) {
      const refused = await t.as(admin, 'PUT', `/api/v1/locations/${target}/status`, { status: 'closed', reason: 'Mantenimiento' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('LOCATION_OCCUPIED');
    }
    const empty = await t.as(admin, 'POST', '/api/v1/locations', cell('CLOS', 'CLOS-P1-002', pavilion));
    expect(empty.statusCode).toBe(201);
    const closed = await t.as(admin, 'PUT', '/api/v1/locations/CLOS-P1-002/status', { status: 'closed', reason: 'Mantenimiento' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().locations).toEqual([expect.objectContaining({ code: 'CLOS-P1-002', status: 'closed' })]);
  });

  it('answers the same 404 for a location outside the caseload and for one that does not exist', async () => {
    await centreWithCell('HIDA');
    const { officer } = await centreWithCell('HIDB');
    const elsewhere = await t.as(officer, 'GET', '/api/v1/locations/HIDA-P1-001/history');
    const nowhere = await t.as(officer, 'GET', '/api/v1/locations/HIDZ-P1-001/history');
    expect(elsewhere.statusCode).toBe(404);
    expect(nowhere.statusCode).toBe(404);
    expect(elsewhere.json().error.code).toBe(nowhere.json().error.code);
    expect((await t.as(officer, 'GET', '/api/v1/centres/HIDA')).statusCode).toBe(404);
  });
});
