import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../db/testing/index.ts';
import { ADMIN_PASSWORD, snapshotCounts, type TestClient, useTestApp } from '../../server/testing.ts';
import { ensureAdministrator } from './index.ts';

const HOSTILE = { 'a lone surrogate': 'a\ud800b', 'a NUL character': 'a\u0000b' };

describe('auth input: hostile text, password rules, sessions before fields', () => {
  const t = useTestApp({ LOGIN_ATTEMPTS_PER_MINUTE_PER_IP: '1000' });
  let admin: TestClient;
  beforeAll(async () => {
    admin = await t.login('admin', ADMIN_PASSWORD);
  });

  describe.each(Object.entries(HOSTILE))('%s', (_, text) => {
    it('as the username or password at login: 400 naming the field, nothing written', async () => {
      const before = await snapshotCounts(t.db);
      for (const field of ['username', 'password'] as const) {
        const payload = { username: 'admin', password: ADMIN_PASSWORD, [field]: text };
        const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
        expect(response.statusCode).toBe(400);
        expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      }
      expect(await snapshotCounts(t.db)).toEqual(before);
    });

    it('as the username, display name or password of a new user: 400 naming the field, nothing written', async () => {
      const before = await snapshotCounts(t.db);
      for (const field of ['username', 'displayName', 'password'] as const) {
        const body = { username: 'nuevo.usuario', displayName: 'Nuevo', password: 'una-clave-bastante-larga', roles: ['officer'], [field]: text };
        const response = await t.as(admin, 'POST', '/api/v1/users', body);
        expect(response.statusCode).toBe(400);
        expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      }
      expect(await snapshotCounts(t.db)).toEqual(before);
    });
  });

  it('refuses a weak password for a new user, naming the rule, and creates nobody', async () => {
    const before = await snapshotCounts(t.db);
    const cases = {
      AUTH_WEAK_PASSWORD: 'Corta-1',
      AUTH_COMMON_PASSWORD: 'Contraseña2024!',
      AUTH_PATTERN_PASSWORD: 'qwerty123456',
      AUTH_PERSONAL_PASSWORD: 'rosa.vera.1990',
    };
    for (const [code, password] of Object.entries(cases)) {
      const response = await t.as(admin, 'POST', '/api/v1/users', { username: 'rosa.v', displayName: 'Rosa Vera', password, roles: ['officer'] });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code, field: 'password' });
    }
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'x-custodia-language': 'en' },
      payload: { username: 'rosa.v', password: 'custodia12345', roles: ['officer'] },
    });
    expect(english.json().error.message).toMatch(/^That password is one of the most used/);
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it('refuses a new password that is weak or the same as the current one', async () => {
    const client = await t.addUser('cambia', ['officer']);
    const change = (newPassword: string) => t.as(client, 'POST', '/api/v1/me/password', { currentPassword: 'cambia-password-123', newPassword });
    expect((await change('cambia-password-123')).json().error).toMatchObject({ code: 'AUTH_SAME_PASSWORD', field: 'newPassword' });
    expect((await change('password2025!')).json().error).toMatchObject({ code: 'AUTH_COMMON_PASSWORD', field: 'newPassword' });
    expect((await change('cambia.cambia.1')).json().error).toMatchObject({ code: 'AUTH_PERSONAL_PASSWORD', field: 'newPassword' });
    expect((await change('tres-tristes-tigres')).statusCode).toBe(204);
  });

  it("refuses a weak first administrator's password, naming the setting", async () => {
    const db = await createTestDatabase();
    try {
      await expect(ensureAdministrator(db.db, 'Custodia2024!!')).rejects.toMatchObject({ code: 'AUTH_COMMON_PASSWORD', field: 'CUSTODIA_ADMIN_PASSWORD' });
      expect(Number((await db.raw('select count(*)::int as n from users'))[0]?.n)).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('answers an anonymous write with 401 before looking at its body', async () => {
    const before = await snapshotCounts(t.db);
    const writes = [
      ['POST', '/api/v1/users', { username: 1 }],
      ['PUT', '/api/v1/me/language', { language: 'xx' }],
      ['POST', '/api/v1/me/password', {}],
      ['PUT', '/api/v1/users/admin/roles', { roles: 'admin' }],
      ['POST', '/api/v1/centres', { code: '??' }],
    ] as const;
    for (const [method, url, body] of writes) {
      const response = await t.as(null, method, url, body);
      expect(response.statusCode, url).toBe(401);
      expect(response.json().error, url).toMatchObject({ code: 'AUTH_REQUIRED' });
    }
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it('still answers the public routes without a session', async () => {
    expect((await t.as(null, 'GET', '/api/v1/health')).statusCode).toBe(200);
    const badLogin = await t.as(null, 'POST', '/api/v1/auth/login', { username: '' });
    expect(badLogin.statusCode).toBe(400);
    expect((await t.as(null, 'POST', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).statusCode).toBe(200);
    expect((await t.as(null, 'GET', '/api/v1/no-such-thing')).statusCode).toBe(404);
    expect((await t.as(null, 'GET', '/api/docs/json')).statusCode).toBe(200);
  });
});
