import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import { useTestApp } from '../../server/testing.ts';
import { purgeExpiredSessions } from './index.ts';

describe('expired sessions', () => {
  const t = useTestApp();

  const sessionsOf = async (username: string) =>
    Number((await t.db.raw(`select count(*)::int as n from sessions s join users u on u.id = s.user_id where u.username = '${username}'`))[0]?.n);

  it('are deleted at the next login, and the live ones kept', async () => {
    await t.addUser('expira', ['officer']);
    await t.addUser('vigente', ['officer']);
    await t.db.raw(`update sessions set expires_at = now() - interval '1 hour' where user_id = (select id from users where username = 'expira')`);
    expect(await sessionsOf('expira')).toBe(1);
    await t.login('vigente', 'vigente-password-123');
    expect(await sessionsOf('expira')).toBe(0);
    expect(await sessionsOf('vigente')).toBe(2);
  });

  it('are all deleted by the periodic purge, as of its clock', async () => {
    await t.addUser('purga', ['officer']);
    expect(await sessionsOf('purga')).toBe(1);
    expect(await purgeExpiredSessions(t.db.db)).toBe(0);
    const later = fixedClock(new Date(Date.now() + 400 * 24 * 3_600_000));
    expect(await purgeExpiredSessions(t.db.db, later)).toBeGreaterThanOrEqual(1);
    expect(await sessionsOf('purga')).toBe(0);
  });
});
