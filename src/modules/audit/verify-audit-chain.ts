import type { KeyObject } from 'node:crypto';
import type { Queryable } from '../../db/engine.ts';
import { canonicalJson } from '../../kernel/canonical-json.ts';
import { findAuditProtectionBreaks } from './check-audit-protection.ts';
import { hasValidSignature, keyFingerprint } from './checkpoint-signature.ts';
import { GENESIS_HASH, hashEntry } from './hash-entry.ts';
import { listChainNames, listCheckpoints, readChainEntries } from './repository.ts';
import type { AuditCheckpoint, ChainBreak, ChainHeadView, ChainVerdictView } from './schemas.ts';

export type ChainHead = ChainHeadView;
export type ChainVerdict = ChainVerdictView;

export interface VerifyOptions {
  /** Checkpoints kept outside the database (an export file), checked as well as the stored ones. */
  checkpoints?: readonly AuditCheckpoint[] | undefined;
  /** The key every checkpoint must be signed with; without it each is checked against the key it names. */
  publicKey?: KeyObject | undefined;
}

const BATCH = 5000;

/** What signed checkpoints say each chain held: chain → seq → the hashes signed for it, with when. */
type Expectations = Map<string, Map<number, { hash: string; at: string }[]>>;

/**
 * Walks every chain to its end and reports every break, not only the first: a missing sequence
 * number (a removed entry), a previous-hash link that does not match, a hash that does not match
 * the entry's content (an altered entry). Then compares the chains with every checkpoint whose
 * signature verifies: a chain shorter than a checkpoint says (`truncated`), a checkpointed chain
 * gone (`chain_missing`), an entry whose hash differs from the signed one (`checkpoint_mismatch`,
 * a rewritten suffix). Also reports when the database's append-only guards are off.
 */
export async function verifyAuditChain(db: Queryable, options: VerifyOptions = {}): Promise<ChainVerdict> {
  const breaks: ChainBreak[] = await findAuditProtectionBreaks(db);
  const stored = (await listCheckpoints(db)).map(
    (row): AuditCheckpoint => ({ version: 1, at: row.at.toISOString(), heads: row.heads as AuditCheckpoint['heads'], publicKey: row.publicKey, signature: row.signature }),
  );
  const valid: AuditCheckpoint[] = [];
  // The same checkpoint stored and exported counts once.
  const unique = new Map([...stored, ...(options.checkpoints ?? [])].map((c) => [canonicalJson(c), c]));
  for (const checkpoint of unique.values()) {
    if (hasValidSignature(checkpoint, options.publicKey)) valid.push(checkpoint);
    else breaks.push({ chain: null, seq: null, reason: 'checkpoint_signature', detail: checkpoint.at });
  }
  const expected = expectationsOf(valid);

  const heads: ChainHead[] = [];
  let entries = 0;
  for (const chain of await listChainNames(db)) {
    const head = await walkChain(db, chain, expected.get(chain), breaks);
    entries += head.entries;
    heads.push(head);
  }

  for (const [chain, bySeq] of expected) {
    const last = Math.max(...bySeq.keys());
    const at = bySeq.get(last)?.[0]?.at;
    const head = heads.find((h) => h.chain === chain);
    if (!head) breaks.push({ chain, seq: last, reason: 'chain_missing', detail: at });
    else if (head.lastSeq < last) breaks.push({ chain, seq: last, reason: 'truncated', detail: at });
  }

  const times = valid.map((c) => c.at).sort();
  return {
    ok: breaks.length === 0,
    entries,
    chains: heads,
    breaks,
    checkpoints: {
      checked: valid.length,
      latest: times.at(-1) ?? null,
      keys: [...new Set(valid.map((c) => keyFingerprint(c.publicKey)))],
      trustedKey: options.publicKey ? keyFingerprint(options.publicKey) : null,
    },
  };
}

function expectationsOf(checkpoints: readonly AuditCheckpoint[]): Expectations {
  const expected: Expectations = new Map();
  for (const { at, heads } of checkpoints) {
    for (const { chain, seq, hash } of heads) {
      const bySeq = expected.get(chain) ?? new Map<number, { hash: string; at: string }[]>();
      bySeq.set(seq, [...(bySeq.get(seq) ?? []), { hash, at }]);
      expected.set(chain, bySeq);
    }
  }
  return expected;
}

/** Checks one chain from its first entry to its last, adding each break found to `breaks`. */
async function walkChain(db: Queryable, chain: string, expected: Map<number, { hash: string; at: string }[]> | undefined, breaks: ChainBreak[]): Promise<ChainHead> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (;;) {
    const rows = await readChainEntries(db, chain, expectedSeq - 1, BATCH);
    for (const row of rows) {
      const { hash, id: _id, ...entry } = row;
      // After a gap the previous entry is unknown: its link cannot be checked, the rest can.
      if (row.seq !== expectedSeq) breaks.push({ chain, seq: expectedSeq, reason: 'gap' });
      else if (row.prevHash !== prevHash) breaks.push({ chain, seq: row.seq, reason: 'link' });
      if (hashEntry(entry) !== hash) breaks.push({ chain, seq: row.seq, reason: 'hash' });
      const signed = expected?.get(row.seq)?.find((s) => s.hash !== hash);
      if (signed) breaks.push({ chain, seq: row.seq, reason: 'checkpoint_mismatch', detail: signed.at });
      // The stored hash links on, so one altered entry is one break, not a cascade.
      prevHash = hash;
      expectedSeq = row.seq + 1;
      count += 1;
    }
    if (rows.length < BATCH) break;
  }
  return { chain, entries: count, lastSeq: expectedSeq - 1, lastHash: prevHash };
}
