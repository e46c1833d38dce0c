import { systemClock, type Clock } from '../../kernel/clock.ts';
import type { Database, Transaction } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuditAction } from './catalogue.ts';
import { GENESIS_HASH, hashEntry, storableText, toJsonValue } from './hash-entry.ts';
import { findChainTail, insertAuditEntries, lockChainTail, type NewAuditEntry } from './repository.ts';

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

const storableOrNull = (text: string | null | undefined) => (text == null ? null : storableText(text));

async function appendEntries(tx: Transaction, context: AuditContext, events: AuditEvent[]) {
  const byChain = new Map<string, AuditEvent[]>();
  for (const event of events) {
    const chain = storableText(chainOf(event));
    byChain.set(chain, [...(byChain.get(chain) ?? []), event]);
  }
  const at = nowIn(context);
  const rows: NewAuditEntry[] = [];
  // Chains in a fixed order, so two transactions touching the same chains cannot deadlock.
  for (const chain of [...byChain.keys()].sort()) {
    await lockChainTail(tx, chain);
    const tail = await findChainTail(tx, chain);
    let seq = tail?.seq ?? 0;
    let prevHash = tail?.hash ?? GENESIS_HASH;
    for (const event of byChain.get(chain) ?? []) {
      seq += 1;
      // Every text as the database will store it, so that the hash covers exactly what is stored.
      const entry = {
        chain,
        seq,
        at,
        actorId: context.actor.id,
        actorUsername: storableText(context.actor.username),
        action: event.action,
        subjectType: storableText(event.subjectType),
        subjectId: storableText(event.subjectId),
        centre: storableOrNull(event.centre),
        oldValues: toJsonValue(event.old),
        newValues: toJsonValue(event.new),
        requestId: storableOrNull(context.requestId),
        prevHash,
      };
      const hash = hashEntry(entry);
      prevHash = hash;
      rows.push({ ...entry, hash });
    }
  }
  await insertAuditEntries(tx, rows);
}
