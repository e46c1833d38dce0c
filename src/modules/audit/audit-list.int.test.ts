import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, useTestApp } from '../../server/testing.ts';

interface Page {
  total: number;
  offset: number;
  limit: number;
  items: { action: string; centre: string | null; actorUsername: string; at: string }[];
}

describe('the audit log list (GET /audit)', () => {
  const t = useTestApp({ LOGIN_ATTEMPTS_PER_MINUTE_PER_IP: '1000' });

  it('filters by day range, centre, actor and action, a page at a time with the total', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    await t.addCentre('AUD-A');
    await t.addCentre('AUD-B');
    await t.addUser('auditor-one', ['officer'], ['AUD-A']);
    const list = async (query: string) => {
      const response = await t.as(admin, 'GET', `/api/v1/audit?${query}`);
      expect(response.statusCode).toBe(200);
      return response.json() as Page;
    };

    const byCentre = await list('centre=AUD-A');
    expect(byCentre.items.map((e) => e.action)).toEqual(['centre.created']);
    expect((await list('centre=*&action=user.created')).items.map((e) => e.actorUsername)).toContain('system');

    const logins = await list('action=auth.login&actor=auditor-one');
    expect(logins.total).toBe(1);

    const everything = await list('limit=2');
    expect(everything.items).toHaveLength(2);
    expect(everything.total).toBeGreaterThan(4);
    const second = await list('limit=2&offset=2');
    expect((second.items[0]?.at ?? '') <= (everything.items[1]?.at ?? '')).toBe(true);

    // Days: from is inclusive, to exclusive (the web sends the start of the day after the last one).
    const now = new Date();
    const tomorrow = new Date(now.getTime() + 86_400_000).toISOString();
    const yesterday = new Date(now.getTime() - 86_400_000).toISOString();
    expect((await list(`from=${encodeURIComponent(yesterday)}&to=${encodeURIComponent(tomorrow)}`)).total).toBe(everything.total);
    expect((await list(`from=${encodeURIComponent(tomorrow)}`)).total).toBe(0);
  });

  it('refuses a badly written day with 400 naming the field, and non-administrators with 403', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const bad = await t.as(admin, 'GET', '/api/v1/audit?from=0000-01-01T00:00:00Z');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('from');
    const overseer = await t.addUser('overseer', ['oversight'], 'all');
    expect((await t.as(overseer, 'GET', '/api/v1/audit')).statusCode).toBe(403);
    expect((await t.as(overseer, 'GET', '/api/v1/audit/verify')).statusCode).toBe(200);
  });
});
