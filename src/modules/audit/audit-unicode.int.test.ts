import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../server/testing.ts';
import { listAuditEntries, runAudited, verifyAuditChain } from './index.ts';

describe('audit entries of text the database cannot store as given', () => {
  const t = useTestApp();

  it('an anonymous login with a lone surrogate in the username leaves the log verifiable', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: '{"username":"a\\ud800b","password":"x"}', headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBeLessThan(500);
    expect(await verifyAuditChain(t.db.db)).toMatchObject({ ok: true, breaks: [] });
  });

  it('an entry holding lone surrogates and NUL characters is stored and hashed alike: the chain verifies', async () => {
    const hostile = 'x\ud800y\udfffz\u0000!';
    await runAudited(t.db.db, { actor: { id: null, username: `u\ud83d${hostile}` }, requestId: `r\u0000\udc00` }, async (w) => {
      w.audit({ action: 'auth.login_failed', subjectType: 'user', subjectId: hostile, new: { [`k\ud800`]: hostile, list: [hostile, 1, null], nested: { v: hostile } } });
    });
    const [entry] = await listAuditEntries(t.db.db, { action: 'auth.login_failed', subjectId: 'x\ufffdy\ufffdz!' });
    expect(entry).toMatchObject({ subjectId: 'x\ufffdy\ufffdz!', actorUsername: 'u\ufffdx\ufffdy\ufffdz!', requestId: 'r\ufffd' });
    expect(entry?.newValues).toEqual({ 'k\ufffd': 'x\ufffdy\ufffdz!', list: ['x\ufffdy\ufffdz!', 1, null], nested: { v: 'x\ufffdy\ufffdz!' } });
    expect(await verifyAuditChain(t.db.db)).toMatchObject({ ok: true, breaks: [] });
  });
});
