import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type TestApp, useTestApp } from '../../server/testing.ts';
import { listAuditEntries } from '../audit/index.ts';

const login = (t: TestApp, username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('account lockout under parallel guesses', () => {
  const t = useTestApp({ LOGIN_MAX_FAILURES: '5', LOGIN_ATTEMPTS_PER_MINUTE_PER_IP: '1000' });

  it('26 simultaneous logins (25 wrong, then the right one): at most 5 passwords checked, the right one refused, the account locked', async () => {
    await t.addUser('paralelo', ['officer']);
    const logins = async () => (await listAuditEntries(t.db.db, { action: 'auth.login' })).filter((e) => e.actorUsername === 'paralelo').length;
    const loginsBefore = await logins();
    const guesses = Array.from({ length: 25 }, (_, i) => login(t, 'paralelo', `wrong-guess-number-${i}`));
    const responses = await Promise.all([...guesses, login(t, 'paralelo', 'paralelo-password-123')]);

    const right = responses[25];
    expect(right?.statusCode).toBe(401);
    expect(responses.every((r) => r.statusCode === 401)).toBe(true);
    expect(responses.some((r) => r.cookies.some((c) => c.name === 'custodia_session' && c.value))).toBe(false);

    // Only the attempts whose password was checked count as failures; the rest were refused first.
    const failed = await listAuditEntries(t.db.db, { action: 'auth.login_failed', limit: 1000 });
    const ofUser = failed.filter((e) => e.actorUsername === 'paralelo');
    const checked = ofUser.filter((e) => (e.newValues as { reason?: string } | null)?.reason === 'wrong_password');
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(ofUser).toHaveLength(26);
    expect(await logins()).toBe(loginsBefore);
    const locks = (await listAuditEntries(t.db.db, { action: 'auth.account_locked' })).filter((e) => e.actorUsername === 'paralelo');
    expect(locks).toHaveLength(1);

    const admin = await t.login('admin', ADMIN_PASSWORD);
    const user = await t.as(admin, 'GET', '/api/v1/users/paralelo');
    expect(user.json()).toMatchObject({ locked: true });
    // Still locked after the storm: the right password does not get in until it is unlocked.
    expect((await login(t, 'paralelo', 'paralelo-password-123')).statusCode).toBe(401);
    await t.as(admin, 'POST', '/api/v1/users/paralelo/unlock');
    expect((await login(t, 'paralelo', 'paralelo-password-123')).statusCode).toBe(200);
  });

  it('an anonymous caller cannot tell unknown, wrong-password, locked and disabled accounts apart', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    await t.addUser('activo', ['officer']);
    await t.addUser('bloqueado', ['officer']);
    await t.addUser('inactivo', ['officer']);
    for (let i = 0; i < 5; i += 1) await login(t, 'bloqueado', `not-the-password-${i}`);
    expect((await t.as(admin, 'GET', '/api/v1/users/bloqueado')).json()).toMatchObject({ locked: true });
    await t.as(admin, 'PUT', '/api/v1/users/inactivo/active', { active: false });

    const answers = {
      unknown: await login(t, 'nadie-con-ese-nombre', 'some-password-here'),
      wrongPassword: await login(t, 'activo', 'some-password-here'),
      lockedWrongPassword: await login(t, 'bloqueado', 'some-password-here'),
      lockedRightPassword: await login(t, 'bloqueado', 'bloqueado-password-123'),
      disabledWrongPassword: await login(t, 'inactivo', 'some-password-here'),
    };
    const seen = Object.values(answers).map((r) => ({ status: r.statusCode, code: r.json().error.code, message: r.json().error.message }));
    expect(new Set(seen.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(seen[0]).toMatchObject({ status: 401, code: 'AUTH_INVALID_CREDENTIALS' });

    // A locked account's password is not even checked: the lock is no oracle for guessing it.
    const failed = (await listAuditEntries(t.db.db, { action: 'auth.login_failed', limit: 1000 })).filter((e) => e.actorUsername === 'bloqueado');
    expect(failed.slice(0, 2).map((e) => (e.newValues as { reason: string }).reason)).toEqual(['locked', 'locked']);

    // Whoever gives the right password of a disabled account is told why it does not open.
    const disabledRight = await login(t, 'inactivo', 'inactivo-password-123');
    expect(disabledRight.statusCode).toBe(401);
    expect(disabledRight.json().error.code).toBe('AUTH_ACCOUNT_DISABLED');
  });

  it('a right password within the allowance clears the count: failures are consecutive', async () => {
    await t.addUser('olvidadizo', ['officer']);
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < 4; i += 1) expect((await login(t, 'olvidadizo', `not-my-password-${i}`)).statusCode).toBe(401);
      expect((await login(t, 'olvidadizo', 'olvidadizo-password-123')).statusCode).toBe(200);
    }
  });
});
