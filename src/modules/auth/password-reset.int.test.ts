import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, snapshotCounts, useTestApp } from '../../server/testing.ts';
import { listAuditEntries } from '../audit/index.ts';

const login = (t: ReturnType<typeof useTestApp>, username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe("an administrator's password reset", () => {
  const t = useTestApp({ LOGIN_ATTEMPTS_PER_MINUTE_PER_IP: '1000' });

  it('gives a one-time password: the old one is refused, sessions end, and the new password must be chosen first', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const before = await t.addUser('forgetful', ['officer']);

    const reset = await t.as(admin, 'POST', '/api/v1/users/forgetful/password-reset');
    expect(reset.statusCode).toBe(200);
    const { oneTimePassword, user } = reset.json() as { oneTimePassword: string; user: { username: string } };
    expect(user.username).toBe('forgetful');
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);

    // The session opened before the reset has ended; the old password opens nothing.
    expect((await t.as(before, 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await login(t, 'forgetful', 'forgetful-password-123')).statusCode).toBe(401);

    // The one-time password opens a session that can do nothing but change it.
    const opened = await login(t, 'forgetful', oneTimePassword);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ mustChangePassword: true });
    const client = await t.login('forgetful', oneTimePassword);
    const me = await t.as(client, 'GET', '/api/v1/me');
    expect(me.json()).toMatchObject({ user: { username: 'forgetful' }, mustChangePassword: true });
    const elsewhere = await t.as(client, 'GET', '/api/v1/centres');
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error.code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
    expect((await t.as(client, 'PUT', '/api/v1/me/language', { language: 'en' })).statusCode).toBe(403);

    const changed = await t.as(client, 'POST', '/api/v1/me/password', { currentPassword: oneTimePassword, newPassword: 'violet-harbour-lantern' });
    expect(changed.statusCode).toBe(204);
    expect((await t.as(client, 'GET', '/api/v1/centres')).statusCode).toBe(200);
    expect((await t.as(client, 'GET', '/api/v1/me')).json()).toMatchObject({ mustChangePassword: false });

    // Once changed, the one-time password is spent.
    expect((await login(t, 'forgetful', oneTimePassword)).statusCode).toBe(401);
    expect((await login(t, 'forgetful', 'violet-harbour-lantern')).json()).toMatchObject({ mustChangePassword: false });
  });

  it('audits the reset and the change, never the password or its hash', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    await t.addUser('audited', ['officer']);
    const reset = await t.as(admin, 'POST', '/api/v1/users/audited/password-reset');
    const { oneTimePassword, user } = reset.json() as { oneTimePassword: string; user: { id: string } };
    const client = await t.login('audited', oneTimePassword);
    await t.as(client, 'POST', '/api/v1/me/password', { currentPassword: oneTimePassword, newPassword: 'copper-meadow-whistle' });

    const resets = await listAuditEntries(t.db.db, { action: 'user.password_reset', subjectId: user.id });
    expect(resets).toHaveLength(1);
    expect(resets[0]?.newValues).toMatchObject({ mustChangePassword: true, sessionsEnded: true });
    const changes = await listAuditEntries(t.db.db, { action: 'auth.password_changed', actorUsername: 'audited' });
    expect(changes[0]?.newValues).toEqual({ mustChangePassword: false });
    const everything = JSON.stringify(await listAuditEntries(t.db.db, { limit: 1000 }));
    expect(everything).not.toContain(oneTimePassword);
    expect(everything).not.toContain('$argon2');
  });

  it('is refused to non-administrators and for oneself, changing nothing', async () => {
    const officer = await t.addUser('curious', ['officer', 'director']);
    await t.addUser('target', ['officer']);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const counts = await snapshotCounts(t.db);
    const denied = await t.as(officer, 'POST', '/api/v1/users/target/password-reset');
    expect(denied.statusCode).toBe(403);
    const self = await t.as(admin, 'POST', '/api/v1/users/admin/password-reset');
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('USER_SELF_RESET');
    expect(await snapshotCounts(t.db)).toEqual(counts);
    await expect(t.login('target', 'target-password-123')).resolves.toBeTruthy();
  });
});
