import { beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, useTestApp } from '../../server/testing.ts';
import { admissionBody, personBody } from './testing.ts';

const admission = (id: string, familyNames: string, to: string) => admissionBody(personBody(id, { givenNames: 'Segundo', familyNames }), to);

/**
 * Whose person a person is: the centre holding them now, or for someone released, the centre
 * that released them. After a transfer the old centre's staff find the person as they find
 * anyone outside their caseload — the file, the search and the movement form answer 404.
 */
describe('who sees a person after a transfer and after release', () => {
  const t = useTestApp();
  let national: TestClient;
  beforeAll(async () => {
    national = await t.addUser('jefatura.vis', ['hq'], 'all');
  });

  async function centre(code: string): Promise<TestClient> {
    await t.addCentre(code);
    return t.addUser(`guia.${code.toLowerCase()}`, ['officer'], [code]);
  }

  /**
   * What an officer learns about a person: the file, the search, and the movement form — a
   * transfer, which an officer may not record: 403 for a person of theirs, 404 for anyone else.
   */
  async function seenBy(officer: TestClient, id: string, name: string) {
    const file = await t.as(officer, 'GET', `/api/v1/persons/${id}`);
    const search = (await t.as(officer, 'GET', `/api/v1/persons?q=${encodeURIComponent(name)}`)).json() as { people: { id: string }[] };
    const movement = await t.as(officer, 'POST', `/api/v1/persons/${id}/movements`, { type: 'transfer', to: 'VISZ' });
    return { file: file.statusCode, found: search.people.map((p) => p.id), movement: [movement.statusCode, movement.json().error?.code ?? null] };
  }

  it('shows a transferred person to the receiving centre only, and a released one to the centre that released them', async () => {
    const oldOfficer = await centre('VISA');
    const newOfficer = await centre('VISB');
    expect((await t.as(oldOfficer, 'POST', '/api/v1/admissions', admission('VISA-001', 'Tenorio Quiñónez', 'VISA'))).statusCode).toBe(201);
    expect(await seenBy(oldOfficer, 'VISA-001', 'Tenorio')).toEqual({ file: 200, found: ['VISA-001'], movement: [403, 'FORBIDDEN'] });

    const moved = await t.as(national, 'POST', '/api/v1/persons/VISA-001/movements', { type: 'transfer', to: 'VISB' });
    expect(moved.statusCode, moved.body).toBe(201);
    const nobody = await seenBy(oldOfficer, 'NOBODY-001', 'Tenorio');
    expect(nobody).toEqual({ file: 404, found: [], movement: [404, 'NOT_FOUND'] });
    expect(await seenBy(oldOfficer, 'VISA-001', 'Tenorio')).toEqual(nobody);
    expect(await seenBy(newOfficer, 'VISA-001', 'Tenorio')).toEqual({ file: 200, found: ['VISA-001'], movement: [403, 'FORBIDDEN'] });

    expect((await t.as(newOfficer, 'POST', '/api/v1/persons/VISA-001/movements', { type: 'release', reason: 'acquittal' })).statusCode).toBe(201);
    expect(await seenBy(oldOfficer, 'VISA-001', 'Tenorio')).toEqual(nobody);
    expect(await seenBy(newOfficer, 'VISA-001', 'Tenorio')).toEqual({ file: 200, found: ['VISA-001'], movement: [409, 'PERSON_NOT_IN_CUSTODY'] });
    expect((await seenBy(national, 'VISA-001', 'Tenorio')).file).toBe(200);
    // The housing history of the released person likewise (it used to be open to every officer).
    const bystander = await centre('VISD');
    const cellMoves = async (officer: TestClient) => (await t.as(officer, 'GET', '/api/v1/persons/VISA-001/cell-moves')).statusCode;
    expect([await cellMoves(oldOfficer), await cellMoves(bystander), await cellMoves(newOfficer)]).toEqual([404, 404, 200]);
  });

  it('keeps a person released by the admitting centre visible there', async () => {
    const officer = await centre('VISC');
    expect((await t.as(officer, 'POST', '/api/v1/admissions', admission('VISC-001', 'Cevallos Ayoví', 'VISC'))).statusCode).toBe(201);
    expect((await t.as(officer, 'POST', '/api/v1/persons/VISC-001/movements', { type: 'release', reason: 'acquittal' })).statusCode).toBe(201);
    expect(await seenBy(officer, 'VISC-001', 'Cevallos')).toEqual({ file: 200, found: ['VISC-001'], movement: [409, 'PERSON_NOT_IN_CUSTODY'] });
  });
});
