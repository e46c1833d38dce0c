import { describe, expect, it } from 'vitest';
import { type TestClient, useTestApp } from '../../server/testing.ts';
import { admitInto, buildHousingCentre } from './testing.ts';

/**
 * Recording a non-association does not separate anyone: when the two are together at its level
 * right now, the answer says so, and where.
 */
describe('recording a non-association between two people who are together now', () => {
  const t = useTestApp();
  let serial = 0;

  /** A fresh centre of its own and a classification officer for it. */
  async function centre(): Promise<{ code: string; classification: TestClient }> {
    serial += 1;
    const code = `TOG${serial}`;
    await buildHousingCentre(t.db.db, code);
    return { code, classification: await t.addUser(`clasif.${code.toLowerCase()}`, ['classification'], [code]) };
  }

  const record = (client: TestClient, personA: string, personB: string, level: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/non-associations',
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, ...headers },
      payload: { personA, personB, reason: 'threat', level, comment: 'Amenazas reiteradas en el patio' },
    });

  it('says that two cellmates are together now, in which cell, in the user’s language', async () => {
    const { code, classification } = await centre();
    await admitInto(t.db.db, `${code}-X`, `${code}-P1-A-1`);
    await admitInto(t.db.db, `${code}-Y`, `${code}-P1-A-1`);
    const response = await record(classification, `${code}-X`, `${code}-Y`, 'cell');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().togetherNow).toEqual({
      level: 'cell',
      location: `${code}-P1-A-1`,
      locationName: 'P1-A-1',
      message: `Persona ${code}-X y Persona ${code}-Y están juntos ahora en la misma celda: P1-A-1 (${code}-P1-A-1). La no asociación queda registrada; hay que separarlos.`,
    });
    expect(response.json()).toMatchObject({ status: 'open', level: 'cell' });
  });

  it('names the shared wing for a wing-level record between neighbours of two cells of one wing, in English when asked', async () => {
    const { code, classification } = await centre();
    await admitInto(t.db.db, `${code}-X`, `${code}-P1-A-1`);
    await admitInto(t.db.db, `${code}-Y`, `${code}-P1-A-2`);
    const response = await record(classification, `${code}-Y`, `${code}-X`, 'wing', { 'x-custodia-language': 'en' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().togetherNow).toMatchObject({ level: 'wing', location: `${code}-P1-A`, locationName: 'P1-A' });
    expect(response.json().togetherNow.message).toMatch(/are together now in the same wing: P1-A/);
  });

  it('names the centre for a centre-level record, even when one of them is not placed in a cell', async () => {
    const { code, classification } = await centre();
    await admitInto(t.db.db, `${code}-X`, `${code}-P1-A-1`);
    await admitInto(t.db.db, `${code}-Y`, code);
    const response = await record(classification, `${code}-X`, `${code}-Y`, 'centre');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().togetherNow).toMatchObject({ level: 'centre', location: code, locationName: `Centro ${code}` });
  });

  it('says nothing of the kind when they are apart at the record’s level', async () => {
    const { code, classification } = await centre();
    await admitInto(t.db.db, `${code}-X`, `${code}-P1-A-1`);
    await admitInto(t.db.db, `${code}-Y`, `${code}-P1-B-1`);
    const wing = await record(classification, `${code}-X`, `${code}-Y`, 'wing');
    expect(wing.statusCode, wing.body).toBe(201);
    expect(wing.json().togetherNow).toBeNull();
  });
});
