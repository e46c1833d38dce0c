import { describe, expect, it } from 'vitest';
import { snapshotCounts, useTestApp } from '../../server/testing.ts';
import { admissionBody, personBody } from './testing.ts';

describe('the register over HTTP', () => {
  const t = useTestApp();

  /** A centre, with an officer and a classification officer of its own. */
  async function centre(code: string) {
    await t.addCentre(code);
    const officer = await t.addUser(`guia.${code.toLowerCase()}`, ['officer'], [code]);
    const classifier = await t.addUser(`clasif.${code.toLowerCase()}`, ['classification'], [code]);
    return { officer, classifier };
  }

  it('finds a person by a misspelt name, without accents, only within the caseload', async () => {
    const { officer } = await centre('SRCA');
    const other = await centre('SRCB');
    expect((await t.as(officer, 'POST', '/api/v1/admissions', admissionBody(personBody('SRCA-001', { givenNames: 'Ñusta', familyNames: 'Quispe Villacís' }), 'SRCA'))).statusCode).toBe(201);
    const found = await t.as(officer, 'GET', '/api/v1/persons?q=villacis%20qispe');
    expect(found.statusCode).toBe(200);
    expect(found.json().people).toEqual([expect.objectContaining({ id: 'SRCA-001', centre: 'SRCA', legalStatus: 'pretrial' })]);
    expect((await t.as(other.officer, 'GET', '/api/v1/persons?q=villacis%20quispe')).json().people).toEqual([]);
  });

  it('refuses to admit a new person with a national ID another person holds, naming the holder', async () => {
    const { officer } = await centre('NIDA');
    expect((await t.as(officer, 'POST', '/api/v1/admissions', admissionBody(personBody('NIDA-001', { nationalId: '0912345678' }), 'NIDA'))).statusCode).toBe(201);
    await t.as(officer, 'POST', '/api/v1/persons/NIDA-001/movements', { type: 'release', reason: 'acquittal' });
    const before = await snapshotCounts(t.db);
    const duplicate = await t.as(officer, 'POST', '/api/v1/admissions', admissionBody(personBody('NIDA-002', { nationalId: '0912345678' }), 'NIDA'));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: 'PERSON_NATIONAL_ID_TAKEN', field: 'nationalId' });
    expect(duplicate.json().error.message).toContain('NIDA-001');
    expect(await snapshotCounts(t.db)).toEqual(before);
    expect((await t.as(officer, 'GET', '/api/v1/persons/NIDA-002')).statusCode).toBe(404);
    // The same person, admitted again by register number: accepted.
    const again = await t.as(officer, 'POST', '/api/v1/admissions', admissionBody({ id: 'NIDA-001' }, 'NIDA'));
    expect(again.statusCode).toBe(201);
  });

  it('answers the same 404 NOT_FOUND for a person held elsewhere and for one who does not exist', async () => {
    const mine = await centre('CSLA');
    const theirs = await centre('CSLB');
    expect((await t.as(theirs.officer, 'POST', '/api/v1/admissions', admissionBody(personBody('CSLB-001'), 'CSLB'))).statusCode).toBe(201);
    const body = { legalStatus: 'sentenced', since: '2025-10-01', sentenceMonths: 24, note: null };
    const before = await snapshotCounts(t.db);
    const elsewhere = await t.as(mine.classifier, 'POST', '/api/v1/persons/CSLB-001/legal-status', body);
    const nowhere = await t.as(mine.classifier, 'POST', '/api/v1/persons/NOBODY-001/legal-status', body);
    expect([elsewhere.statusCode, nowhere.statusCode]).toEqual([404, 404]);
    expect(elsewhere.json().error.code).toBe('NOT_FOUND');
    expect(nowhere.json().error).toEqual({ ...elsewhere.json().error, requestId: nowhere.json().error.requestId });
    for (const path of ['classification', 'cases', 'next-of-kin']) {
      const a = await t.as(mine.officer, path === 'classification' ? 'GET' : 'POST', `/api/v1/persons/CSLB-001/${path}`, path === 'classification' ? undefined : path === 'cases' ? { caseNumber: 'C-1', charges: 'Robo', offence: 'robbery' } : { name: 'Rosa', relationship: 'madre' });
      const b = await t.as(mine.officer, path === 'classification' ? 'GET' : 'POST', `/api/v1/persons/NOBODY-001/${path}`, path === 'classification' ? undefined : path === 'cases' ? { caseNumber: 'C-1', charges: 'Robo', offence: 'robbery' } : { name: 'Rosa', relationship: 'madre' });
      expect([path, a.statusCode, a.json().error.code]).toEqual([path, b.statusCode, b.json().error.code]);
      expect(a.statusCode).toBe(404);
    }
    expect(await snapshotCounts(t.db)).toEqual(before);
    // Within the caseload the change is recorded.
    const own = await t.as(theirs.classifier, 'POST', '/api/v1/persons/CSLB-001/legal-status', body);
    expect(own.json()).toEqual({ legalStatus: 'sentenced', pretrialSince: '2025-09-21', sentenceMonths: 24 });
  });

  it('shows the person file with the pretrial clock of the centre', async () => {
    const { officer } = await centre('FILE');
    expect((await t.as(officer, 'POST', '/api/v1/admissions', admissionBody(personBody('FILE-001'), 'FILE'))).statusCode).toBe(201);
    const file = await t.as(officer, 'GET', '/api/v1/persons/FILE-001');
    expect(file.statusCode).toBe(200);
    expect(file.json()).toMatchObject({
      person: { id: 'FILE-001' },
      current: { centre: 'FILE', state: 'in' },
      pretrialClock: { since: '2025-09-21', limitMonths: 12, limitDate: '2026-09-21' },
      episodes: [{ centre: 'FILE', legalStatus: 'pretrial', legalHistory: [{ legalStatus: 'pretrial' }] }],
    });
  });
});
