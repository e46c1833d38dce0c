import { and, asc, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { GENESIS_HASH, hashEntry } from './hash-entry.ts';
import { auditLog } from './schema.ts';

export interface ChainHead {
  chain: string;
  entries: number;
  lastHash: string;
}

export type ChainVerdict =
  | { ok: true; entries: number; chains: ChainHead[] }
  | { ok: false; entries: number; chain: string; brokenAt: number; reason: 'gap' | 'link' | 'hash' };

const BATCH = 5000;

/**
 * Walks every chain in order and reports the first entry that breaks one: a missing sequence
 * number (a removed row), a previous-hash link that does not match, or a hash that does not
 * match the entry's content (a changed row). `entries` counts the entries found intact.
 */
export async function verifyAuditChain(db: Queryable): Promise<ChainVerdict> {
  const chains = (await db.selectDistinct({ chain: auditLog.chain }).from(auditLog).orderBy(asc(auditLog.chain))).map((r) => r.chain);
  const heads: ChainHead[] = [];
  let checked = 0;
  for (const chain of chains) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let inChain = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.chain, chain), gt(auditLog.seq, expectedSeq - 1)))
        .orderBy(asc(auditLog.seq))
        .limit(BATCH);
      for (const row of rows) {
        if (row.seq !== expectedSeq) return { ok: false, entries: checked, chain, brokenAt: expectedSeq, reason: 'gap' };
        if (row.prevHash !== prevHash) return { ok: false, entries: checked, chain, brokenAt: row.seq, reason: 'link' };
        const { hash, id: _id, ...entry } = row;
        if (hashEntry(entry) !== hash) return { ok: false, entries: checked, chain, brokenAt: row.seq, reason: 'hash' };
        prevHash = hash;
        expectedSeq += 1;
        checked += 1;
        inChain += 1;
      }
      if (rows.length < BATCH) break;
    }
    heads.push({ chain, entries: inChain, lastHash: prevHash });
  }
  return { ok: true, entries: checked, chains: heads };
}
