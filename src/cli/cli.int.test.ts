import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_MIGRATION } from '../db/testing/index.ts';
import { SMALL_ESTATE_COUNTS } from '../modules/interchange/testing.ts';
import { type CliDatabase, type CliResult, createCliDatabase, runCustodia } from './testing.ts';

/** What the progress line draws on a terminal: a carriage return or an escape, a step counter, a step's words. */
// eslint-disable-next-line no-control-regex -- the escape is what is looked for
const PROGRESS = /\r|\x1b\[|\[\d+\/\d+\]|Reading the|Saving the|Creating/;

const FIXTURE = path.resolve(import.meta.dirname, '../modules/interchange/fixtures/estate-small');

/**
 * The command line as a user runs it: a separate process, pointed with --db at a database of
 * this file's own (a folder holding a migrated database on the embedded engine, a fresh
 * database on PostgreSQL; the first command creates the administrator). Each call
 * costs seconds, so the tests that only read or are refused share one database with the
 * fixture imported; those that need an empty one, or break it, get one of their own.
 */
describe('custodia command line', { timeout: 120_000 }, () => {
  const databases: CliDatabase[] = [];
  let imported: CliDatabase;

  /** A migrated database of the test's own, with no user yet; with `empty`, never migrated. */
  const newTarget = async (options: { empty?: boolean } = {}): Promise<CliDatabase> => {
    const database = await createCliDatabase(options);
    databases.push(database);
    return database;
  };

  const cli = (on: CliDatabase, args: string[], env: Record<string, string> = {}): Promise<CliResult> => runCustodia(args, { db: on.target, env });

  beforeAll(async () => {
    imported = await newTarget();
    const setup = await cli(imported, ['import', FIXTURE]);
    expect(setup.code, setup.stderr).toBe(0);
    // Progress is for terminals: piped, stderr holds the result line only.
    expect(setup.stderr).not.toMatch(PROGRESS);
  }, 120_000);
  afterAll(async () => {
    for (const database of databases) await database.close();
  });

  it('lists its commands', async () => {
    const { code, stdout } = await runCustodia(['--help']);
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'users', 'audit']) expect(stdout).toContain(command);
  });

  it('migrates an empty database and creates the administrator', async () => {
    const result = await cli(await newTarget({ empty: true }), ['migrate', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ version: LATEST_MIGRATION.tag, applied: LATEST_MIGRATION.count });
    expect(result.stderr).toContain('Administrator "admin" created');
  });

  it('adds a user with a generated password shown once, sets roles and caseload', async () => {
    const added = await cli(imported, ['users', 'add', 'maria.v', '--role', 'officer', '--name', 'María Vera']);
    expect(added.code).toBe(0);
    expect(added.stderr).toMatch(/Generated password \(shown once\): [A-Za-z0-9]{20}/);
    const roles = await cli(imported, ['users', 'roles', 'maria.v', 'officer', 'supervisor', '--json']);
    expect(JSON.parse(roles.stdout).roles).toEqual(['officer', 'supervisor']);
    const caseload = await cli(imported, ['users', 'caseload', 'maria.v', '--all', '--json']);
    expect(JSON.parse(caseload.stdout).caseload).toEqual({ all: true, centres: [] });
    const list = await cli(imported, ['users', 'list', '--json']);
    const users = JSON.parse(list.stdout).users as { username: string }[];
    expect(users.map((u) => u.username)).toEqual(['admin', 'maria.v']);
  });

  it('refuses bad input with exit 1 and a message naming the problem', async () => {
    const role = await cli(imported, ['users', 'add', 'pedro', '--role', 'warden']);
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('USER_UNKNOWN_ROLE (roles): Unknown role "warden"');
    const centre = await cli(imported, ['users', 'caseload', 'admin', 'NOPE']);
    expect(centre.code).toBe(1);
    expect(centre.stderr).toContain('There is no centre "NOPE"');
    const spanish = await cli(imported, ['users', 'roles', 'nadie', 'officer'], { CUSTODIA_LANG: 'es' });
    expect(spanish.stderr).toContain('No existe el usuario «nadie»');
  });

  it('checks users arguments with the API schemas: language, display name, username', async () => {
    const language = await cli(imported, ['users', 'add', 'pablo.r', '--role', 'officer', '--language', 'fr']);
    expect(language.code).toBe(1);
    expect(language.stderr).toContain('VALIDATION_FAILED (language)');
    const control = await cli(imported, ['users', 'add', 'pablo.r', '--role', 'officer', '--name', 'Pablo\u0001Ruiz']);
    expect(control.code).toBe(1);
    expect(control.stderr).toContain('VALIDATION_FAILED (displayName)');
    const username = await cli(imported, ['users', 'roles', 'pablo\u0001r', 'officer']);
    expect(username.stderr).toContain('VALIDATION_FAILED (username)');
    const list = await cli(imported, ['users', 'list', '--json']);
    expect((JSON.parse(list.stdout).users as { username: string }[]).map((u) => u.username)).not.toContain('pablo.r');
  });

  it('answers a usage error with exit 2', async () => {
    expect((await cli(imported, ['users', 'add', 'x'])).code).toBe(2);
    expect((await cli(imported, ['no-such-command'])).code).toBe(2);
  });

  it('verifies the audit chain: OK, then exit 1 naming a tampered entry', async () => {
    // A log of its own, since it is broken below: the administrator and one user, both on the national chain.
    const own = await newTarget();
    expect((await cli(own, ['users', 'add', 'auditada', '--role', 'officer'])).code).toBe(0);
    const ok = await cli(own, ['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK \d+ entries in 1 chains$/m);
    expect(ok.stdout).toMatch(/^ {2}\* +\d+ [0-9a-f]{64}$/m);

    await own.exec(
      [
        'alter table audit_log disable trigger audit_log_no_update_delete',
        `update audit_log set actor_username = 'someone-else' where chain = '*' and seq = 2`,
        'alter table audit_log enable trigger audit_log_no_update_delete',
      ].join(';\n'),
    );
    const broken = await cli(own, ['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('BROKEN chain * seq 2: the content does not match its hash (altered)');
    const json = await cli(own, ['audit', 'verify', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, breaks: [{ chain: '*', seq: 2, reason: 'hash' }] });
  });

  it('imports a folder: --dry-run writes nothing, --json reports counts, errors name file and line', async () => {
    const own = await newTarget();
    const dry = await cli(own, ['import', FIXTURE, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ ok: true, errors: [], counts: { 'persons.csv': 5 } });
    expect(JSON.parse((await cli(own, ['roll', '--json'])).stdout).totals.on_roll).toBe(0);

    const done = await cli(own, ['import', FIXTURE]);
    expect(done.code).toBe(0);
    expect(done.stderr).toContain(
      'Imported: centres.csv 2, locations.csv 13, persons.csv 5, custody.csv 4, groups.csv 4, group_relations.csv 2, memberships.csv 4, non_associations.csv 1, movements.csv 4',
    );

    const again = await cli(own, ['import', FIXTURE, '--json']);
    expect(again.code).toBe(1);
    const report = JSON.parse(again.stdout);
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toEqual({ file: 'centres.csv', line: 2, column: 'code', code: 'IMPORT_EXISTS', message: '"LIT" already exists in the database.' });
  });

  it('prints the roll in the JSON shape other programs rely on', async () => {
    const roll = JSON.parse((await cli(imported, ['roll', '--json'])).stdout);
    expect(Object.keys(roll)).toEqual(['at', 'centres', 'totals']);
    expect(roll.centres.map((c: { code: string }) => c.code)).toEqual(['LIT', 'MAC']);
    for (const field of ['code', 'on_roll', 'in', 'out', 'unaccounted', 'design_capacity', 'occupancy', 'pretrial']) {
      expect(roll.centres[0]).toHaveProperty(field);
    }
    expect(roll.totals).toMatchObject({ on_roll: 4, in: 4, out: 0, unaccounted: 0, pretrial: 3, design_capacity: 22 });
    const one = JSON.parse((await cli(imported, ['roll', '--centre', 'MAC', '--json'])).stdout);
    expect(one.centres).toHaveLength(1);
    expect(one.centres[0]).toMatchObject({ code: 'MAC', on_roll: 2, design_capacity: 4, occupancy: 0.5 });
    const unknown = await cli(imported, ['roll', '--centre', 'NOPE']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no centre "NOPE"');
  });

  it('checks a placement: {allowed, blocking, warnings} with stable codes; exit 1 when blocked', async () => {
    // P0000002 is untried: a sentenced-only pavilion is refused (Mandela rules 11 b, 112).
    const blocked = await cli(imported, ['check-move', 'P0000002', 'LIT-P2-A-001', '--json']);
    expect(blocked.code).toBe(1);
    const check = JSON.parse(blocked.stdout);
    expect(Object.keys(check)).toEqual(['allowed', 'blocking', 'warnings']);
    expect(check.allowed).toBe(false);
    expect(check.blocking).toContainEqual({ code: 'PLACEMENT_REGIME', message: expect.stringContaining('Mandela rules 11 b and 112'), overridable: true });
    for (const item of [...check.blocking, ...check.warnings]) expect(Object.keys(item)).toEqual(expect.arrayContaining(['code', 'message']));
    const text = await cli(imported, ['check-move', 'P0000002', 'LIT-P2-A-001']);
    expect(text.stdout).toContain('P0000002 → LIT-P2-A-001: BLOCKED.');
    const allowed = await cli(imported, ['check-move', 'P0000002', 'LIT-P1-A-001', '--json']);
    expect(allowed.code).toBe(JSON.parse(allowed.stdout).allowed ? 0 : 1);
    const unknown = await cli(imported, ['check-move', 'P0000002', 'LIT-P9']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('LIT-P9');
  });

  it('loads a small demonstration estate, printing no progress into a pipe; JSON the same in Spanish', async () => {
    const result = await cli(await newTarget(), ['demo', '--people', '60', '--json', '--lang', 'es']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, counts: { centres: expect.any(Number), persons: 60 } });
    expect(result.stderr).not.toMatch(PROGRESS);
    expect(result.stderr).not.toMatch(/Guardando|Creando|Leyendo/);
  });

  it('exports the estate as interchange files', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'custodia-export-cli-'));
    const result = await cli(imported, ['export', out, '--json']);
    expect(result.code).toBe(0);
    // The v1 files as imported, and the extension files: each open episode's legal status at admission.
    expect(JSON.parse(result.stdout).counts).toEqual({
      ...SMALL_ESTATE_COUNTS,
      'classifications.csv': 0,
      'legal_status_changes.csv': SMALL_ESTATE_COUNTS['custody.csv'],
      'next_of_kin.csv': 0,
      'cases.csv': 0,
      'incidents.csv': 0,
      'incident_people.csv': 0,
      'deaths.csv': 0,
      'seizures.csv': 0,
    });
    expect(result.stderr).not.toMatch(PROGRESS);
    rmSync(out, { recursive: true, force: true });
  });
});
