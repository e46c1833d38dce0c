import { desc, eq, sql } from 'drizzle-orm';
import { systemClock, type Clock } from '../../kernel/clock.ts';
import type { Database, Transaction } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuditAction } from './catalogue.ts';
import { GENESIS_HASH, hashEntry, toJsonValue } from './hash-entry.ts';
import { auditLog } from './schema.ts';

/** Who is acting, and in answer to which request. Copied into every audit entry. */
export interface AuditContext {
  actor: { id: string | null; username: string };
  requestId?: string | undefined;
  /** Where "now" comes from for this write (the system clock unless a caller fixes it). */
  clock?: Clock | undefined;
}

/** The time of a write made in `context`. */
export function nowIn(context: Pick<AuditContext, 'clock'>): Date {
  return (context.clock ?? systemClock).now();
}

/** The system itself, for start-up and maintenance entries. */
export const SYSTEM_ACTOR: AuditContext['actor'] = { id: null, username: 'system' };

export interface AuditEvent {
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  centre?: string | null;
  old?: unknown;
  new?: unknown;
}

/** A transaction that can only commit with its audit entries. */
export interface AuditedTransaction {
  tx: Transaction;
  /** Records what this transaction does; written in the same transaction, before it commits. */
  audit(event: AuditEvent): void;
  /** Runs after the transaction has committed (never if it rolls back): notifications. */
  afterCommit(callback: () => void): void;
}

// A lock per chain serialises its tail; it is taken at the end of each writing transaction, so
// it is held only while the entries are appended and the transaction commits.
const AUDIT_CHAIN_LOCK = 7284002;

/** The chain an entry belongs to: its centre's, or `*` for entries of no centre. */
export function chainOf(event: Pick<AuditEvent, 'centre'>): string {
  return event.centre ?? NATIONAL_CHAIN;
}

export const NATIONAL_CHAIN = '*';

/**
 * The only way to write: runs `work` in a transaction and appends its audit entries to the
 * hash chain in that same transaction. A transaction that records no audit entry is rolled back.
 */
export async function runAudited<T>(
  db: Database,
  context: AuditContext,
  work: (w: AuditedTransaction) => Promise<T>,
): Promise<T> {
  const callbacks: (() => void)[] = [];
  let committed: AuditEvent[] = [];
  const result = await db.transaction(async (tx) => {
    const events: AuditEvent[] = [];
    committed = events;
    const value = await work({ tx, audit: (event) => void events.push(event), afterCommit: (callback) => void callbacks.push(callback) });
    if (events.length === 0) throw new AppError('AUDIT_MISSING');
    await appendEntries(tx, context, events);
    return value;
  });
  for (const callback of callbacks) callback();
  for (const listener of committedListeners) listener(committed);
  return result;
}

const committedListeners = new Set<(events: readonly AuditEvent[]) => void>();

/**
 * Subscribes to every audited write committed by this process (what changed, of which centre):
 * caches of derived views listen here, since every write is audited. Returns the unsubscriber.
 */
export function onAuditedCommit(listener: (events: readonly AuditEvent[]) => void): () => void {
  committedListeners.add(listener);
  return () => void committedListeners.delete(listener);
}

async function appendEntries(tx: Transaction, context: AuditContext, events: AuditEvent[]) {
  const byChain = new Map<string, AuditEvent[]>();
  for (const event of events) byChain.set(chainOf(event), [...(byChain.get(chainOf(event)) ?? []), event]);
  const at = nowIn(context);
  const rows = [];
  // Chains in a fixed order, so two transactions touching the same chains cannot deadlock.
  for (const chain of [...byChain.keys()].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}, hashtext(${chain}))`);
    const [head] = await tx
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .where(eq(auditLog.chain, chain))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    for (const event of byChain.get(chain) ?? []) {
      seq += 1;
      const entry = {
        chain,
        seq,
        at,
        actorId: context.actor.id,
        actorUsername: context.actor.username,
        action: event.action,
        subjectType: event.subjectType,
        subjectId: event.subjectId,
        centre: event.centre ?? null,
        oldValues: toJsonValue(event.old),
        newValues: toJsonValue(event.new),
        requestId: context.requestId ?? null,
        prevHash,
      };
      const hash = hashEntry(entry);
      prevHash = hash;
      rows.push({ ...entry, hash });
    }
  }
  // 14 columns a row: stay well under PostgreSQL's 65,535 bind parameters per statement.
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(auditLog).values(rows.slice(i, i + 1000));
  }
}
