import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_MIGRATION } from '../db/testing/index.ts';
import { createPglite } from '../db/engine.ts';
import { createTestDatabase, isPostgresRun, type TestDatabase } from '../db/testing/index.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/custodia.mjs');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The command line as a user runs it: a separate process, pointed with --db at a database of
 * this test's own (a folder on the embedded engine, a fresh database on PostgreSQL).
 */
describe('custodia command line', { timeout: 120_000 }, () => {
  let target: string;
  let pgDatabase: TestDatabase | undefined;
  let dir: string | undefined;

  const cli = async (args: string[], env: Record<string, string> = {}): Promise<Result> => {
    try {
      const { stdout, stderr } = await run(process.execPath, [BIN, ...args, '--db', target], {
        env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), CUSTODIA_ADMIN_PASSWORD: 'cli-admin-password', CUSTODIA_LANG: 'en', ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  /** SQL straight to the database, as someone with access to the server would. */
  const tamper = async (sql: string[]) => {
    if (pgDatabase) {
      for (const statement of sql) await pgDatabase.raw(statement);
      return;
    }
    const client = await createPglite({ dataDir: target });
    for (const statement of sql) await client.exec(statement);
    await client.close();
  };

  beforeAll(async () => {
    if (isPostgresRun()) {
      pgDatabase = await createTestDatabase();
      target = pgDatabase.target ?? '';
    } else {
      dir = mkdtempSync(path.join(os.tmpdir(), 'custodia-cli-'));
      target = path.join(dir, 'data');
    }
  });
  afterAll(async () => {
    await pgDatabase?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists its commands', async () => {
    const { code, stdout } = await run(process.execPath, [BIN, '--help']).then((r) => ({ code: 0, ...r }));
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'users', 'audit']) expect(stdout).toContain(command);
  });

  it('migrates an empty database and creates the administrator', async () => {
    const result = await cli(['migrate', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ version: LATEST_MIGRATION.tag, applied: LATEST_MIGRATION.count });
    expect(result.stderr).toContain('Administrator "admin" created');
  });

  it('adds a user with a generated password shown once, sets roles and caseload', async () => {
    const added = await cli(['users', 'add', 'maria.v', '--role', 'officer', '--name', 'María Vera']);
    expect(added.code).toBe(0);
    expect(added.stderr).toMatch(/generated password \(shown once\): [A-Za-z0-9]{20}/);
    const roles = await cli(['users', 'roles', 'maria.v', 'officer', 'supervisor', '--json']);
    expect(JSON.parse(roles.stdout).roles).toEqual(['officer', 'supervisor']);
    const caseload = await cli(['users', 'caseload', 'maria.v', '--all', '--json']);
    expect(JSON.parse(caseload.stdout).caseload).toEqual({ all: true, centres: [] });
    const list = await cli(['users', 'list', '--json']);
    const users = JSON.parse(list.stdout).users as { username: string }[];
    expect(users.map((u) => u.username)).toEqual(['admin', 'maria.v']);
  });

  it('refuses bad input with exit 1 and a message naming the problem', async () => {
    const role = await cli(['users', 'add', 'pedro', '--role', 'warden']);
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('USER_UNKNOWN_ROLE (roles): Unknown role "warden"');
    const centre = await cli(['users', 'caseload', 'maria.v', 'LIT']);
    expect(centre.code).toBe(1);
    expect(centre.stderr).toContain('There is no centre "LIT"');
    const spanish = await cli(['users', 'roles', 'nadie', 'officer'], { CUSTODIA_LANG: 'es' });
    expect(spanish.stderr).toContain('No existe el usuario «nadie»');
  });

  it('answers a usage error with exit 2', async () => {
    expect((await cli(['users', 'add', 'x'])).code).toBe(2);
    expect((await cli(['no-such-command'])).code).toBe(2);
  });

  it('verifies the audit chain: OK, then exit 1 naming a tampered entry', async () => {
    const ok = await cli(['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK \d+ entries in 1 chains$/m);
    expect(ok.stdout).toMatch(/^ {2}\* +\d+ [0-9a-f]{64}$/m);

    await tamper([
      'alter table audit_log disable trigger audit_log_no_update_delete',
      `update audit_log set actor_username = 'someone-else' where chain = '*' and seq = 2`,
      'alter table audit_log enable trigger audit_log_no_update_delete',
    ]);
    const broken = await cli(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('BROKEN chain * seq 2: the content does not match its hash (altered)');
    const json = await cli(['audit', 'verify', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ ok: false, entries: 1, chain: '*', brokenAt: 2, reason: 'hash' });
  });

  it('imports a folder: --dry-run writes nothing, --json reports counts, errors name file and line', async () => {
    const fixture = path.resolve(import.meta.dirname, '../modules/interchange/fixtures/estate-small');
    const dry = await cli(['import', fixture, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ ok: true, errors: [], counts: { 'persons.csv': 5 } });
    expect(JSON.parse((await cli(['roll', '--json'])).stdout).totals.on_roll).toBe(0);

    const done = await cli(['import', fixture]);
    expect(done.code).toBe(0);
    expect(done.stderr).toContain(
      'Imported: centres.csv 2, locations.csv 13, persons.csv 5, custody.csv 4, groups.csv 4, group_relations.csv 2, memberships.csv 4, non_associations.csv 1, movements.csv 4',
    );

    const again = await cli(['import', fixture, '--json']);
    expect(again.code).toBe(1);
    const report = JSON.parse(again.stdout);
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toEqual({ file: 'centres.csv', line: 2, column: 'code', code: 'IMPORT_EXISTS', message: '"LIT" already exists in the database.' });
  });

  it('prints the roll in the JSON shape other programs rely on', async () => {
    const roll = JSON.parse((await cli(['roll', '--json'])).stdout);
    expect(Object.keys(roll)).toEqual(['at', 'centres', 'totals']);
    expect(roll.centres.map((c: { code: string }) => c.code)).toEqual(['LIT', 'MAC']);
    for (const field of ['code', 'on_roll', 'in', 'out', 'unaccounted', 'design_capacity', 'occupancy', 'pretrial']) {
      expect(roll.centres[0]).toHaveProperty(field);
    }
    expect(roll.totals).toMatchObject({ on_roll: 4, in: 4, out: 0, unaccounted: 0, pretrial: 3, design_capacity: 22 });
    const one = JSON.parse((await cli(['roll', '--centre', 'MAC', '--json'])).stdout);
    expect(one.centres).toHaveLength(1);
    expect(one.centres[0]).toMatchObject({ code: 'MAC', on_roll: 2, design_capacity: 4, occupancy: 0.5 });
    const unknown = await cli(['roll', '--centre', 'NOPE']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no centre "NOPE"');
  });

  it('checks a placement: {allowed, blocking, warnings} with stable codes; exit 1 when blocked', async () => {
    // P0000002 is untried: a sentenced-only pavilion is refused (Mandela rules 11 b, 112).
    const blocked = await cli(['check-move', 'P0000002', 'LIT-P2-A-001', '--json']);
    expect(blocked.code).toBe(1);
    const check = JSON.parse(blocked.stdout);
    expect(Object.keys(check)).toEqual(['allowed', 'blocking', 'warnings']);
    expect(check.allowed).toBe(false);
    expect(check.blocking).toContainEqual({ code: 'PLACEMENT_REGIME', message: expect.stringContaining('Mandela rules 11 b and 112'), overridable: true });
    for (const item of [...check.blocking, ...check.warnings]) expect(Object.keys(item)).toEqual(expect.arrayContaining(['code', 'message']));
    const text = await cli(['check-move', 'P0000002', 'LIT-P2-A-001']);
    expect(text.stdout).toContain('P0000002 → LIT-P2-A-001: BLOCKED.');
    const allowed = await cli(['check-move', 'P0000002', 'LIT-P1-A-001', '--json']);
    expect(allowed.code).toBe(JSON.parse(allowed.stdout).allowed ? 0 : 1);
    const unknown = await cli(['check-move', 'P0000002', 'LIT-P9']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('LIT-P9');
  });

  it('exports the estate as interchange files', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'custodia-export-cli-'));
    const result = await cli(['export', out, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).counts).toEqual({
      'centres.csv': 2,
      'locations.csv': 13,
      'persons.csv': 5,
      'custody.csv': 4,
      'groups.csv': 4,
      'group_relations.csv': 2,
      'memberships.csv': 4,
      'non_associations.csv': 1,
      'movements.csv': 4,
    });
    rmSync(out, { recursive: true, force: true });
  });
});
