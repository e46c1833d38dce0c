import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, isPostgresRun, type TestDatabase, useTestDatabase } from '../../db/testing/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { hashEntry } from './hash-entry.ts';
import { assertAuditProtected, exportCheckpoint, readCheckpointFile, runAudited, SYSTEM_ACTOR, takeAuditCheckpoint, verifyAuditChain, type ChainVerdict } from './index.ts';
import { readChainEntries } from './repository.ts';

/**
 * The log tampered with as a superuser would: the append-only triggers silenced with
 * `session_replication_role = replica` for the tampering statements. `verify` must find each
 * change, and every one of them, not only the first.
 */

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
let made = 0;
/** A chain no other test uses (entries of a centre code of its own). */
const newChain = () => `TM${(made += 1)}`;

/** Writes `count` entries on `chain`, each in a transaction of its own. */
async function write(db: TestDatabase, chain: string, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await runAudited(db.db, { actor: { id: null, username: 'tester' } }, async (w) => {
      w.audit({ action: 'centre.authority_changed', subjectType: 'centre', subjectId: chain, centre: chain, new: { step: i } });
    });
  }
}

/** Runs SQL with the append-only triggers silenced, in one session. */
async function tamper(db: TestDatabase, statements: string[]): Promise<void> {
  if (isPostgresRun()) {
    await db.raw(['begin', 'set local session_replication_role = replica', ...statements, 'commit'].join(';\n'));
    return;
  }
  await db.raw('set session_replication_role = replica');
  try {
    for (const statement of statements) await db.raw(statement);
  } finally {
    await db.raw('set session_replication_role = origin');
  }
}

const breaksOf = (verdict: ChainVerdict, ...chains: string[]) => verdict.breaks.filter((b) => b.chain !== null && chains.includes(b.chain)).map(({ chain, seq, reason }) => ({ chain, seq, reason }));
const checkpoint = (db: TestDatabase) => takeAuditCheckpoint(db.db, { actor: SYSTEM_ACTOR }, privateKey);

/** Alters entry `from` of a chain and recomputes the hash of it and every entry after it. */
async function rewriteFrom(db: TestDatabase, chain: string, from: number): Promise<void> {
  const rows = await readChainEntries(db.db, chain, 0, 1000);
  const statements: string[] = [];
  let prevHash = rows.find((r) => r.seq === from - 1)?.hash ?? '0'.repeat(64);
  for (const { id, hash: _old, ...entry } of rows.filter((r) => r.seq >= from)) {
    const rewritten = { ...entry, prevHash, newValues: entry.seq === from ? { step: 'forged' } : entry.newValues };
    const hash = hashEntry(rewritten);
    statements.push(`update audit_log set new_values = '${JSON.stringify(rewritten.newValues)}', prev_hash = '${prevHash}', hash = '${hash}' where id = ${id}`);
    prevHash = hash;
  }
  await tamper(db, statements);
}

describe('audit verify finds tampering', () => {
  const db = useTestDatabase();

  it('an edited entry', async () => {
    const chain = newChain();
    await write(db, chain, 3);
    await tamper(db, [`update audit_log set actor_username = 'someone-else' where chain = '${chain}' and seq = 2`]);
    expect(breaksOf(await verifyAuditChain(db.db), chain)).toEqual([{ chain, seq: 2, reason: 'hash' }]);
  });

  it('a deleted entry in the middle', async () => {
    const chain = newChain();
    await write(db, chain, 3);
    await tamper(db, [`delete from audit_log where chain = '${chain}' and seq = 2`]);
    expect(breaksOf(await verifyAuditChain(db.db), chain)).toEqual([{ chain, seq: 2, reason: 'gap' }]);
  });

  it('entries cut off the end, against a checkpoint taken before', async () => {
    const chain = newChain();
    await write(db, chain, 5);
    await checkpoint(db);
    await tamper(db, [`delete from audit_log where chain = '${chain}' and seq > 3`]);
    const verdict = await verifyAuditChain(db.db, { publicKey });
    expect(breaksOf(verdict, chain)).toEqual([{ chain, seq: 5, reason: 'truncated' }]);
    expect(verdict.chains.find((c) => c.chain === chain)).toMatchObject({ entries: 3, lastSeq: 3 });
  });

  it('a whole chain deleted, against a checkpoint taken before', async () => {
    const chain = newChain();
    await write(db, chain, 2);
    await checkpoint(db);
    await tamper(db, [`delete from audit_log where chain = '${chain}'`]);
    const verdict = await verifyAuditChain(db.db, { publicKey });
    expect(breaksOf(verdict, chain)).toEqual([{ chain, seq: 2, reason: 'chain_missing' }]);
    expect(verdict.chains.map((c) => c.chain)).not.toContain(chain);
  });

  it('a suffix rewritten with recomputed hashes, against a checkpoint taken before', async () => {
    const chain = newChain();
    await write(db, chain, 4);
    await checkpoint(db);
    await rewriteFrom(db, chain, 2);
    const verdict = await verifyAuditChain(db.db, { publicKey });
    // The chain is consistent in itself: only the signed head shows the rewrite.
    expect(breaksOf(verdict, chain)).toEqual([{ chain, seq: 4, reason: 'checkpoint_mismatch' }]);
  });

  it('every break when two chains are broken, not only the first', async () => {
    const [one, two] = [newChain(), newChain()];
    await write(db, one, 4);
    await write(db, two, 4);
    await tamper(db, [
      `update audit_log set new_values = '{"step":99}' where chain = '${one}' and seq = 2`,
      `delete from audit_log where chain = '${one}' and seq = 4`,
      `delete from audit_log where chain = '${two}' and seq = 1`,
      `update audit_log set prev_hash = '${'f'.repeat(64)}' where chain = '${two}' and seq = 3`,
    ]);
    const verdict = await verifyAuditChain(db.db);
    expect(verdict.ok).toBe(false);
    expect(breaksOf(verdict, one, two)).toEqual([
      { chain: one, seq: 2, reason: 'hash' },
      { chain: two, seq: 1, reason: 'gap' },
      { chain: two, seq: 3, reason: 'link' },
      { chain: two, seq: 3, reason: 'hash' },
    ]);
    // seq 4 of `one` was the end: without a checkpoint the chain cannot tell (the test above can).
  });
});

describe('audit checkpoints exported outside the database', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), 'custodia-checkpoints-'));
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('catch a cut-off end even when the stored checkpoints were deleted too', async () => {
    const chain = newChain();
    const file = path.join(dir, 'checkpoints.jsonl');
    await write(db, chain, 4);
    exportCheckpoint(file, await checkpoint(db));
    await tamper(db, ['delete from audit_checkpoints', `delete from audit_log where chain = '${chain}' and seq = 4`]);
    expect(breaksOf(await verifyAuditChain(db.db), chain)).toEqual([]);
    const verdict = await verifyAuditChain(db.db, { checkpoints: readCheckpointFile(file), publicKey });
    expect(breaksOf(verdict, chain)).toEqual([{ chain, seq: 4, reason: 'truncated' }]);
    expect(verdict.checkpoints).toMatchObject({ checked: 1, trustedKey: expect.stringMatching(/^ed25519:[0-9a-f]{16}$/) as unknown });
  });

  it('refuse a checkpoint whose content or key is not the signer\'s', async () => {
    const chain = newChain();
    const file = path.join(dir, 'forged.jsonl');
    await write(db, chain, 2);
    const signed = await checkpoint(db);
    // A forger lowers the signed head to match a shortened chain: the signature no longer verifies.
    writeFileSync(file, `${JSON.stringify({ ...signed, heads: signed.heads.map((h) => (h.chain === chain ? { ...h, seq: 1 } : h)) })}\n`);
    const forged = await verifyAuditChain(db.db, { checkpoints: readCheckpointFile(file), publicKey });
    expect(forged.breaks).toContainEqual({ chain: null, seq: null, reason: 'checkpoint_signature', detail: signed.at });
    // Signed by another key than the one the auditor holds.
    const other = generateKeyPairSync('ed25519');
    const verdict = await verifyAuditChain(db.db, { publicKey: other.publicKey });
    expect(verdict.breaks.filter((b) => b.reason === 'checkpoint_signature')).toHaveLength(1);
    expect(verdict.checkpoints.checked).toBe(0);
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('audit log protection by the database', () => {
  const db = useTestDatabase();

  it('checkpoints are append-only like the log', async () => {
    await write(db, newChain(), 1);
    await checkpoint(db);
    await expect(db.raw(`update audit_checkpoints set signature = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.raw('delete from audit_checkpoints')).rejects.toThrow(/append-only/);
    await expect(db.raw('truncate audit_checkpoints')).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(db.db, { publicKey })).toMatchObject({ ok: true, breaks: [], checkpoints: { checked: 1 } });
  });

  it('verify reports a session whose triggers do not fire (session_replication_role = replica)', async () => {
    const verdict = await db.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      return verifyAuditChain(tx);
    });
    expect(verdict).toMatchObject({ ok: false, breaks: [{ chain: null, seq: null, reason: 'replication_role', detail: 'replica' }] });
  });

  it('the server refuses to run with an append-only trigger disabled, and verify says which', async () => {
    await assertAuditProtected(db.db);
    await db.raw('alter table audit_checkpoints disable trigger audit_checkpoints_no_truncate');
    try {
      await expect(assertAuditProtected(db.db)).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'AUDIT_UNPROTECTED');
      expect((await verifyAuditChain(db.db)).breaks).toEqual([{ chain: null, seq: null, reason: 'trigger_disabled', detail: 'audit_checkpoints_no_truncate' }]);
    } finally {
      await db.raw('alter table audit_checkpoints enable trigger audit_checkpoints_no_truncate');
    }
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true });
  });
});
