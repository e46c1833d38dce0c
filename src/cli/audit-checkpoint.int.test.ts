import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliDatabase, createCliDatabase, runCustodia } from './testing.ts';

/**
 * An auditor's round: create the key, take a checkpoint exported to a file, cut entries off the
 * end of the log as a superuser would, and `audit verify` against the exported checkpoint.
 */
describe('custodia audit keygen / checkpoint / verify', { timeout: 120_000 }, () => {
  let database: CliDatabase;
  let dir: string;

  const cli = (args: string[], withDb = true) => runCustodia(args, withDb ? { db: database.target } : {});

  /** SQL as a superuser with the append-only triggers silenced. */
  const tamper = (statement: string) => database.exec(`begin; set local session_replication_role = replica; ${statement}; commit`);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'custodia-checkpoint-'));
    database = await createCliDatabase();
  });
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('detects entries cut off the end against the exported checkpoint, signed by the auditor\'s key', async () => {
    const key = path.join(dir, 'audit.key');
    const exported = path.join(dir, 'checkpoints.jsonl');

    const keygen = await cli(['audit', 'keygen', '--out', key], false);
    expect(keygen.code).toBe(0);
    expect(keygen.stdout).toContain('-----BEGIN PUBLIC KEY-----');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(`${key}.pub`, 'utf8')).toBe(`${keygen.stdout.trim()}\n`);
    expect((await cli(['audit', 'keygen', '--out', key], false)).code).toBe(1);

    // Some history: the administrator created at first start, a user added, each audited.
    expect((await cli(['users', 'add', 'ana', '--role', 'officer'])).code).toBe(0);
    const taken = await cli(['audit', 'checkpoint', '--key', key, '--out', exported]);
    expect(taken.code).toBe(0);
    expect(taken.stdout).toMatch(/^Checkpoint \S+: 1 chains, signed with ed25519:[0-9a-f]{16}$/m);
    expect(readFileSync(exported, 'utf8').trim().split('\n')).toHaveLength(1);

    const ok = await cli(['audit', 'verify', '--checkpoints', exported, '--public-key', `${key}.pub`]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK \d+ entries in 1 chains$/m);
    expect(ok.stdout).toMatch(/^Checkpoints checked: 1, latest \S+; key ed25519:[0-9a-f]{16}$/m);

    const signedSeq = Number(/^ {2}\* +(\d+) [0-9a-f]{64}$/m.exec(taken.stdout)?.[1]);
    expect(signedSeq).toBeGreaterThan(1);
    // Cut the last entry signed (and what came after it), and every checkpoint stored in the database.
    await tamper(`delete from audit_log where chain = '*' and seq >= ${signedSeq}; delete from audit_checkpoints`);

    const broken = await cli(['audit', 'verify', '--checkpoints', exported, '--public-key', `${key}.pub`]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`BROKEN chain * seq ${signedSeq}: the chain ends before this entry, signed in the checkpoint of`);
    const json = JSON.parse((await cli(['audit', 'verify', '--json', '--checkpoints', exported])).stdout) as { ok: boolean; breaks: unknown[] };
    expect(json).toMatchObject({ ok: false, breaks: [{ chain: '*', seq: signedSeq, reason: 'truncated' }] });
  });

  it('refuses a key file that others may read', async () => {
    const key = path.join(dir, 'shared.key');
    expect((await cli(['audit', 'keygen', '--out', key], false)).code).toBe(0);
    const exposed = path.join(dir, 'exposed.key');
    copyFileSync(key, exposed);
    chmodSync(exposed, 0o644);
    const refused = await cli(['audit', 'checkpoint', '--key', exposed]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('AUDIT_KEY_EXPOSED');
  });
});
