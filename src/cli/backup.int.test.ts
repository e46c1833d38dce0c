import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliDatabase, type CliResult, createCliDatabase, runCustodia } from './testing.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../modules/interchange/fixtures/estate-small');

function cli(args: string[], db: string): Promise<CliResult> {
  return runCustodia(args, { db, env: { CUSTODIA_ADMIN_PASSWORD: 'backup-admin-password' } });
}

/** What a restore must bring back: the roll, the users (with their state), the audit chains. */
async function snapshot(db: string) {
  const roll = JSON.parse((await cli(['roll', '--json'], db)).stdout) as { at: string; centres: unknown[]; totals: unknown };
  const users = JSON.parse((await cli(['users', 'list', '--json'], db)).stdout) as unknown;
  const audit = JSON.parse((await cli(['audit', 'verify', '--json'], db)).stdout) as { ok: boolean; entries: number; chains: unknown[] };
  return { centres: roll.centres, totals: roll.totals, users, audit };
}

describe('custodia backup and restore', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'custodia-backup-'));
  let source: CliDatabase;
  let restored: CliDatabase;
  let other: CliDatabase;

  beforeAll(async () => {
    source = await createCliDatabase();
    // A restore goes into a database that has never been migrated.
    restored = await createCliDatabase({ empty: true });
    other = await createCliDatabase({ empty: true });
  });

  afterAll(async () => {
    for (const database of [source, restored, other]) await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('brings back the roll, the users and a verifying audit log, into an empty database only', async () => {
    expect((await cli(['import', FIXTURE], source.target)).code).toBe(0);
    expect((await cli(['users', 'add', 'rosa.b', '--role', 'officer', '--name', 'Rosa Bravo'], source.target)).code).toBe(0);
    expect((await cli(['users', 'disable', 'rosa.b'], source.target)).code).toBe(0);
    const before = await snapshot(source.target);
    expect(before.audit.ok).toBe(true);
    expect(before.audit.entries).toBeGreaterThan(3);

    const file = path.join(dir, 'custodia.backup');
    const backup = await cli(['backup', file], source.target);
    expect(backup.code, backup.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    // A backup never overwrites a file.
    const again = await cli(['backup', file], source.target);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('BACKUP_FILE_EXISTS');

    const restore = await cli(['restore', file], restored.target);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain('Audit log verified: OK');
    const after = await snapshot(restored.target);
    expect(after).toEqual(before);

    // The restored database is not empty any more: a second restore is refused and changes nothing.
    const twice = await cli(['restore', file], restored.target);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('BACKUP_TARGET_NOT_EMPTY');
    expect(JSON.parse((await cli(['audit', 'verify', '--json'], restored.target)).stdout)).toEqual(before.audit);
  });

  it('refuses a file that is not a backup, naming it', async () => {
    const bogus = path.join(dir, 'notes.txt');
    writeFileSync(bogus, 'not a backup');
    const result = await cli(['restore', bogus], other.target);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('BACKUP_FILE_UNKNOWN');
    expect(result.stderr).toContain('notes.txt');
  });
});
