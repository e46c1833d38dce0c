import { asc, gt } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { GENESIS_HASH, hashEntry } from './hash-entry.ts';
import { auditLog } from './schema.ts';

export type ChainVerdict =
  | { ok: true; entries: number; lastHash: string }
  | { ok: false; entries: number; brokenAt: number; reason: 'gap' | 'link' | 'hash' };

const BATCH = 5000;

/**
 * Walks the whole chain in order and reports the first entry that breaks it: a missing
 * sequence number (removed row), a previous-hash link that does not match, or a hash that does
 * not match the entry's content (changed row).
 */
export async function verifyAuditChain(db: Queryable): Promise<ChainVerdict> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(BATCH);
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, entries: checked, brokenAt: expectedSeq, reason: 'gap' };
      if (row.prevHash !== prevHash) return { ok: false, entries: checked, brokenAt: row.seq, reason: 'link' };
      const { hash, ...entry } = row;
      if (hashEntry(entry) !== hash) return { ok: false, entries: checked, brokenAt: row.seq, reason: 'hash' };
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < BATCH) return { ok: true, entries: checked, lastHash: prevHash };
  }
}
