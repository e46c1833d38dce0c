import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotCounts, type TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';

const admission = (overrides: Record<string, unknown> = {}) => ({
  person: { id: 'P0200001', givenNames: 'Ana', familyNames: 'Mora', birthDate: '1990-04-02', sex: 'M' },
  to: 'MAC-P1-A-001',
  admittedAt: '2025-09-22T06:30:00-05:00',
  commitmentOrder: 'Boleta 1',
  issuingAuthority: 'Juez de Machala',
  offence: 'robbery',
  legalStatus: 'pretrial',
  pretrialSince: '2025-09-21',
  ...overrides,
});

describe('plausible dates on admission and on a change of legal status', () => {
  const t = useSmallEstateApp();
  let officer: TestClient;
  beforeEach(async () => {
    officer = await t.addUser('director.mac', ['director'], ['MAC']);
  });

  /** Sends a refused request and checks it named `field` with `code`, writing nothing. */
  const refused = async (url: string, body: unknown, field: string, code?: string) => {
    const before = await snapshotCounts(t.db);
    const response = await t.as(officer, 'POST', url, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toMatchObject({ field, ...(code ? { code } : {}) });
    expect(await snapshotCounts(t.db)).toEqual(before);
    return response.json().error;
  };

  it('refuses an admission in year 1 or 1800', async () => {
    await refused('/api/v1/admissions', admission({ admittedAt: '0001-01-01T00:00:00Z' }), 'admittedAt');
    await refused('/api/v1/admissions', admission({ admittedAt: '1800-06-01T00:00:00Z' }), 'admittedAt');
    await refused('/api/v1/persons/P0000004/movements', { type: 'court_out', at: '1800-06-01T00:00:00Z' }, 'at');
  });

  it('refuses a pretrial clock that starts after the day of admission (9999) or before birth, naming pretrialSince', async () => {
    await refused('/api/v1/admissions', admission({ pretrialSince: '9999-12-31' }), 'pretrialSince');
    const late = await refused('/api/v1/admissions', admission({ pretrialSince: '2025-09-24' }), 'pretrialSince', 'LEGAL_DATE_TOO_LATE');
    expect(late.message).toContain('2025-09-24');
    await refused('/api/v1/admissions', admission({ pretrialSince: '1990-04-01' }), 'pretrialSince', 'LEGAL_DATE_BEFORE_BIRTH');
    // Someone already registered: their birth date (P0000004: 1988-12-01) counts too.
    await t.as(officer, 'POST', '/api/v1/persons/P0000004/movements', { type: 'release', reason: 'acquittal', at: '2025-09-01T00:00:00Z' });
    await refused('/api/v1/admissions', admission({ person: { id: 'P0000004' }, to: 'MAC-P2-A-001', pretrialSince: '1988-11-30' }), 'pretrialSince', 'LEGAL_DATE_BEFORE_BIRTH');
    const ok = await t.as(officer, 'POST', '/api/v1/admissions', admission({ pretrialSince: '2025-09-22' }));
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('refuses a change of legal status dated in the future or before birth, naming since', async () => {
    const url = '/api/v1/persons/P0000004/legal-status';
    await refused(url, { legalStatus: 'pretrial', since: '9999-12-31' }, 'since');
    await refused(url, { legalStatus: 'pretrial', since: '2199-12-31' }, 'since', 'LEGAL_DATE_TOO_LATE');
    await refused(url, { legalStatus: 'sentenced', since: '1988-11-30', sentenceMonths: 12 }, 'since', 'LEGAL_DATE_BEFORE_BIRTH');
    const ok = await t.as(officer, 'POST', url, { legalStatus: 'sentenced', since: '2025-10-01', sentenceMonths: 12 });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
