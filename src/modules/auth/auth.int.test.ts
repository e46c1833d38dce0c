import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST_MIGRATION } from '../../db/testing/index.ts';
import { ADMIN_PASSWORD, snapshotCounts, type TestClient, useTestApp } from '../../server/testing.ts';
import { listAuditEntries } from '../audit/index.ts';

describe('authentication over HTTP', () => {
  const t = useTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_ATTEMPTS_PER_MINUTE_PER_IP: '1000' });

  it('answers health without a session: engine and migration version', async () => {
    const response = await t.as(null, 'GET', '/api/v1/health');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.engine).toBe(t.db.engine);
    expect(body.migration).toMatchObject({ version: LATEST_MIGRATION.tag, applied: LATEST_MIGRATION.count, available: LATEST_MIGRATION.count });
  });

  it('refuses /me without a session (401, with a message in Spanish by default)', async () => {
    const response = await t.as(null, 'GET', '/api/v1/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({ code: 'AUTH_REQUIRED', message: 'Debe iniciar sesión.' });
    const english = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(english.json().error.message).toBe('You must log in.');
  });

  it('logs in with a httpOnly, SameSite=Strict session cookie and shows the user', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: ADMIN_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'custodia_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `custodia_session=${cookie?.value}` } });
    expect(me.json().user).toMatchObject({ username: 'admin', roles: ['admin'], caseload: { all: true } });
  });

  it('answers a wrong password with 401 and audits the attempt', async () => {
    await t.addUser('mistyped', ['officer']);
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'mistyped', password: 'wrong-password-x' } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
    const entries = await listAuditEntries(t.db.db, { action: 'auth.login_failed', actorUsername: 'mistyped' });
    expect(entries.map((e) => e.newValues)).toEqual([expect.objectContaining({ reason: 'wrong_password', failures: 1 })]);
  });

  it('locks the account after repeated wrong passwords, refuses even the right one, and audits it', async () => {
    await t.addUser('locky', ['officer']);
    for (let i = 0; i < 3; i += 1) {
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'locky', password: `guess-number-${i}` } });
    }
    const right = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'locky', password: 'locky-password-123' } });
    expect(right.statusCode).toBe(401);
    expect(right.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
    const locks = await listAuditEntries(t.db.db, { action: 'auth.account_locked', actorUsername: 'locky' });
    expect(locks).toHaveLength(1);
    expect(locks[0]?.newValues).toMatchObject({ failures: 3 });

    const admin = await t.login('admin', ADMIN_PASSWORD);
    const unlocked = await t.as(admin, 'POST', '/api/v1/users/locky/unlock');
    expect(unlocked.json()).toMatchObject({ username: 'locky', locked: false });
    await expect(t.login('locky', 'locky-password-123')).resolves.toBeTruthy();
  });

  it('does not tell unknown users from wrong passwords', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'whatever-it-is' } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('ends the session on logout', async () => {
    const client = await t.addUser('leaver', ['officer']);
    expect((await t.as(client, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await t.as(client, 'GET', '/api/v1/me')).statusCode).toBe(401);
    const logouts = await listAuditEntries(t.db.db, { action: 'auth.logout', actorUsername: 'leaver' });
    expect(logouts).toHaveLength(1);
  });

  it('changes the password: the old one stops working, other sessions end', async () => {
    const first = await t.addUser('changer', ['officer']);
    const second = await t.login('changer', 'changer-password-123');
    const wrong = await t.as(first, 'POST', '/api/v1/me/password', { currentPassword: 'not-it-at-all', newPassword: 'a-new-long-password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'AUTH_WRONG_PASSWORD', field: 'currentPassword' });
    const weak = await t.as(first, 'POST', '/api/v1/me/password', { currentPassword: 'changer-password-123', newPassword: 'short' });
    expect(weak.json().error).toMatchObject({ code: 'AUTH_WEAK_PASSWORD', field: 'newPassword' });
    const ok = await t.as(first, 'POST', '/api/v1/me/password', { currentPassword: 'changer-password-123', newPassword: 'a-new-long-password' });
    expect(ok.statusCode).toBe(204);
    expect((await t.as(first, 'GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await t.as(second, 'GET', '/api/v1/me')).statusCode).toBe(401);
    await expect(t.login('changer', 'changer-password-123')).rejects.toThrow(/401/);
    await expect(t.login('changer', 'a-new-long-password')).resolves.toBeTruthy();
  });

  it('remembers the language per user', async () => {
    const client = await t.addUser('english', ['officer']);
    expect((await t.as(client, 'PUT', '/api/v1/me/language', { language: 'en' })).statusCode).toBe(204);
    const again = await t.login('english', 'english-password-123');
    const me = await t.as(again, 'GET', '/api/v1/me');
    expect(me.json().user.language).toBe('en');
    const denied = await t.as(again, 'GET', '/api/v1/users');
    expect(denied.json().error.message).toBe('You are not allowed to do this.');
  });

  it('disabling a user ends their access at the next request', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const client = await t.addUser('gone', ['officer']);
    expect((await t.as(admin, 'PUT', '/api/v1/users/gone/active', { active: false })).statusCode).toBe(200);
    expect((await t.as(client, 'GET', '/api/v1/me')).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'gone', password: 'gone-password-123' } });
    expect(login.json().error.code).toBe('AUTH_ACCOUNT_DISABLED');
  });

  it('enabling a user again does not revive the sessions that disabling ended', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const client = await t.addUser('revive', ['officer']);
    expect((await t.as(admin, 'PUT', '/api/v1/users/revive/active', { active: false })).statusCode).toBe(200);
    expect((await t.as(admin, 'PUT', '/api/v1/users/revive/active', { active: true })).statusCode).toBe(200);
    expect((await t.as(client, 'GET', '/api/v1/me')).statusCode).toBe(401);
    await expect(t.login('revive', 'revive-password-123')).resolves.toBeTruthy();
  });
});

describe('authorisation: roles, caseloads and CSRF', () => {
  const t = useTestApp();
  let admin: TestClient;
  let officer: TestClient;
  beforeAll(async () => {
    await t.addCentre('LIT', { name: 'Penitenciaría del Litoral' });
    await t.addCentre('MAC', { name: 'CPL El Oro N.º 1 (Machala)', city: 'Machala', province: 'El Oro' });
    admin = await t.login('admin', ADMIN_PASSWORD);
    officer = await t.addUser('guia', ['officer'], ['MAC']);
  });

  it('denies an officer the administrator endpoints, changing nothing', async () => {
    const before = await snapshotCounts(t.db);
    const list = await t.as(officer, 'GET', '/api/v1/users');
    expect(list.statusCode).toBe(403);
    expect(list.json().error.code).toBe('FORBIDDEN');
    const create = await t.as(officer, 'POST', '/api/v1/users', { username: 'intruder', roles: ['admin'] });
    expect(create.statusCode).toBe(403);
    const promote = await t.as(officer, 'PUT', '/api/v1/users/guia/roles', { roles: ['admin'] });
    expect(promote.statusCode).toBe(403);
    const centre = await t.as(officer, 'POST', '/api/v1/centres', { code: 'NEW', name: 'n', city: 'c', province: 'p', type: 'CPL', sex: 'M', authority: 'snai' });
    expect(centre.statusCode).toBe(403);
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it('answers 404 for a centre outside the caseload, 200 inside it', async () => {
    const before = await snapshotCounts(t.db);
    const outside = await t.as(officer, 'GET', '/api/v1/centres/LIT');
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('NOT_FOUND');
    const missing = await t.as(officer, 'GET', '/api/v1/centres/NOPE');
    expect(missing.statusCode).toBe(404);
    expect(outside.json().error.message).toBe(missing.json().error.message.replace('NOPE', 'LIT'));
    const inside = await t.as(officer, 'GET', '/api/v1/centres/MAC');
    expect(inside.json()).toMatchObject({ code: 'MAC', city: 'Machala' });
    const list = await t.as(officer, 'GET', '/api/v1/centres');
    expect(list.json().centres.map((c: { code: string }) => c.code)).toEqual(['MAC']);
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it('lets a national user see every centre', async () => {
    const hq = await t.addUser('planta', ['hq']);
    const list = await t.as(hq, 'GET', '/api/v1/centres');
    expect(list.json().centres.map((c: { code: string }) => c.code)).toEqual(['LIT', 'MAC']);
  });

  it('refuses a cookie-authenticated write without the CSRF token, changing nothing', async () => {
    const before = await snapshotCounts(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin.cookie },
      payload: { username: 'csrfvictim', roles: ['admin'] },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('AUTH_CSRF');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, origin: 'https://evil.example', host: 'custodia.local' },
      payload: { username: 'csrfvictim', roles: ['admin'] },
    });
    expect(forged.statusCode).toBe(403);
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it('lets the administrator manage users, each change audited', async () => {
    const created = await t.as(admin, 'POST', '/api/v1/users', { username: 'director.mac', displayName: 'Directora Machala', roles: ['director'], caseload: { all: false, centres: ['MAC'] } });
    expect(created.statusCode).toBe(201);
    expect(created.json().generatedPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    const roles = await t.as(admin, 'PUT', '/api/v1/users/director.mac/roles', { roles: ['director', 'supervisor'] });
    expect(roles.json().roles).toEqual(['director', 'supervisor']);
    const caseload = await t.as(admin, 'PUT', '/api/v1/users/director.mac/caseload', { all: false, centres: ['MAC', 'LIT'] });
    expect(caseload.json().caseload).toEqual({ all: false, centres: ['LIT', 'MAC'] });
    const unknownCentre = await t.as(admin, 'PUT', '/api/v1/users/director.mac/caseload', { all: false, centres: ['XXX'] });
    expect(unknownCentre.json().error).toMatchObject({ code: 'CENTRE_NOT_FOUND', field: 'caseload' });
    const actions = (await listAuditEntries(t.db.db, { actorUsername: 'admin' })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.created', 'user.roles_changed', 'user.caseload_changed']));
  });

  it('names the field of invalid input and writes nothing', async () => {
    const before = await snapshotCounts(t.db);
    const response = await t.as(admin, 'POST', '/api/v1/users', { username: 'x1', roles: ['warden'] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(response.json().error.message).toContain('roles');
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it('will not let the administrator remove their own administrator role', async () => {
    const response = await t.as(admin, 'PUT', '/api/v1/users/admin/roles', { roles: ['hq'] });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('USER_SELF_LOCKOUT');
  });
});

describe('HTTP hygiene', () => {
  const t = useTestApp();

  it('sends security headers and a request id', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'trace-abc-123' } });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-request-id']).toBe('trace-abc-123');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('publishes the OpenAPI description at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/health', '/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/me']));
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });
});
