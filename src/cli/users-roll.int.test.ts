import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliDatabase, type CliResult, createCliDatabase, runCustodia } from './testing.ts';

/**
 * `custodia users reset-password` and the words of `custodia roll`, in both languages, as a user
 * runs them: a process of its own against a database of this file's own.
 */
describe('custodia users reset-password and the roll in Spanish', { timeout: 120_000 }, () => {
  let database: CliDatabase;
  const cli = (args: string[], env: Record<string, string> = {}): Promise<CliResult> => runCustodia(args, { db: database.target, env });
  /** SQL straight to the database, once no command holds it. */
  const query = (sql: string): Promise<Record<string, unknown>[]> => database.query(sql);

  beforeAll(async () => {
    database = await createCliDatabase();
    const added = await cli(['users', 'add', 'ana.t', '--role', 'officer', '--all-centres']);
    expect(added.code, added.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('resets a password: a one-time password printed once, changed at the next login, audited as the command line', async () => {
    const before = await query(`select password_hash from users where username = 'ana.t'`);
    const reset = await cli(['users', 'reset-password', 'ana.t', '--json']);
    expect(reset.code, reset.stderr).toBe(0);
    const answer = JSON.parse(reset.stdout) as { user: { username: string }; oneTimePassword: string };
    expect(answer.user).toMatchObject({ username: 'ana.t' });
    expect(answer.oneTimePassword.length).toBeGreaterThanOrEqual(12);
    const [after] = await query(`select password_hash, must_change_password from users where username = 'ana.t'`);
    expect(after?.password_hash).not.toBe(before[0]?.password_hash);
    expect(after?.must_change_password).toBe(true);
    const audit = await query(`select actor_username, new_values from audit_log where action = 'user.password_reset'`);
    expect(audit).toHaveLength(1);
    expect(String(audit[0]?.actor_username)).toMatch(/^cli:/);
    expect(JSON.stringify(audit[0]?.new_values)).not.toContain(answer.oneTimePassword);

    const spanish = await cli(['users', 'reset-password', 'ana.t'], { CUSTODIA_LANG: 'es' });
    expect(spanish.code, spanish.stderr).toBe(0);
    expect(spanish.stdout).toMatch(/^ana\.t +officer +\* +activo /m);
    expect(spanish.stdout).toMatch(/^Contraseña de un solo uso \(se muestra una sola vez\): \S{12,}$/m);
  });

  it('refuses an unknown user in the language asked for, and changes nothing', async () => {
    const resets = `select count(*)::int as n from audit_log where action = 'user.password_reset'`;
    const before = await query(resets);
    const unknown = await cli(['users', 'reset-password', 'nadie'], { CUSTODIA_LANG: 'es' });
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('nadie');
    expect(unknown.stderr).not.toMatch(/not found|unknown user/i);
    expect(await query(resets)).toEqual(before);
  });

  it('offers reset-password in its help, in Spanish and in English', async () => {
    const es = await runCustodia(['users', '--help'], { env: { CUSTODIA_LANG: 'es' } });
    expect(es.stdout).toMatch(/reset-password.*restablece la contraseña/);
    const en = await runCustodia(['users', '--help']);
    expect(en.stdout).toMatch(/reset-password.*reset a user's password/);
  });

  it('prints the roll with its headers in the language asked for', async () => {
    const es = await cli(['roll'], { CUSTODIA_LANG: 'es' });
    expect(es.code, es.stderr).toBe(0);
    expect(es.stdout).toMatch(/^centro +en lista +dentro +fuera +sin loc\. +capacidad +ocup\. +procesados$/m);
    expect(es.stdout).not.toMatch(/on_roll|pretrial/);
    const en = await cli(['roll', '--lang', 'en'], { CUSTODIA_LANG: 'es' });
    expect(en.stdout).toMatch(/^centre +on_roll +in +out +unacc\. +design +occ\. +pretrial$/m);
  });

  // Last: it breaks the audit log of this file's database.
  it('names a break of the audit log in the language asked for', async () => {
    await query('alter table audit_log disable trigger audit_log_no_update_delete');
    await query(`update audit_log set actor_username = 'otra-persona' where chain = '*' and seq = 2`);
    await query('alter table audit_log enable trigger audit_log_no_update_delete');
    const es = await cli(['audit', 'verify'], { CUSTODIA_LANG: 'es' });
    expect(es.code).toBe(1);
    expect(es.stdout).toContain('ROTA cadena * n.º 2: el contenido no coincide con su hash (modificada)');
    expect(es.stdout).not.toContain('BROKEN');
  });
});
