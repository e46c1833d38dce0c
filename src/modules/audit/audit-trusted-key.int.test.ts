import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, useTestApp } from '../../server/testing.ts';
import { keyFingerprint, SYSTEM_ACTOR, takeAuditCheckpoint } from './index.ts';
import type { ChainVerdictView } from './schemas.ts';

const trusted = generateKeyPairSync('ed25519');
const forger = generateKeyPairSync('ed25519');
const pem = trusted.publicKey.export({ type: 'spki', format: 'pem' }).toString();

async function verifyOverHttp(t: ReturnType<typeof useTestApp>): Promise<ChainVerdictView> {
  const admin = await t.login('admin', ADMIN_PASSWORD);
  const response = await t.as(admin, 'GET', '/api/v1/audit/verify');
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('GET /audit/verify with a trusted key configured (CUSTODIA_AUDIT_PUBLIC_KEY)', () => {
  const t = useTestApp({ CUSTODIA_AUDIT_PUBLIC_KEY: pem });

  it('names the trusted key and refuses a checkpoint signed by any other key', async () => {
    // Someone with write access to the database signs the heads with a key of their own.
    await takeAuditCheckpoint(t.db.db, { actor: SYSTEM_ACTOR }, forger.privateKey);
    const forged = await verifyOverHttp(t);
    expect(forged.ok).toBe(false);
    expect(forged.breaks.map((b) => b.reason)).toEqual(['checkpoint_signature']);
    expect(forged.checkpoints).toMatchObject({ checked: 0, trustedKey: keyFingerprint(trusted.publicKey) });

    await takeAuditCheckpoint(t.db.db, { actor: SYSTEM_ACTOR }, trusted.privateKey);
    const verdict = await verifyOverHttp(t);
    expect(verdict.checkpoints).toMatchObject({ checked: 1, keys: [keyFingerprint(trusted.publicKey)] });
  });
});

describe('GET /audit/verify without a trusted key', () => {
  const t = useTestApp();

  it('checks each checkpoint against the key it names, and says so', async () => {
    await takeAuditCheckpoint(t.db.db, { actor: SYSTEM_ACTOR }, forger.privateKey);
    const verdict = await verifyOverHttp(t);
    expect(verdict.ok).toBe(true);
    expect(verdict.checkpoints).toMatchObject({ checked: 1, trustedKey: null });
  });
});
