import { and, asc, desc, eq, gt, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Queryable, Transaction } from '../../db/engine.ts';
import { auditCheckpoints, auditLog } from './schema.ts';

/** The audit module's SQL: the log, its chains' heads, the checkpoints and the database's guards. */

export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
export type StoredCheckpoint = typeof auditCheckpoints.$inferSelect;

export interface AuditEntryQuery {
  from?: Date | undefined;
  to?: Date | undefined;
  centre?: string | undefined;
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  actorUsername?: string | undefined;
  before?: number | undefined;
  limit: number;
  offset?: number | undefined;
}

function auditConditions(query: Omit<AuditEntryQuery, 'limit' | 'offset'>): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.from) conditions.push(gte(auditLog.at, query.from));
  if (query.to) conditions.push(lt(auditLog.at, query.to));
  // An entry's chain is its centre, `*` when it has none (and is indexed).
  if (query.centre) conditions.push(eq(auditLog.chain, query.centre));
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.subjectType) conditions.push(eq(auditLog.subjectType, query.subjectType));
  if (query.subjectId) conditions.push(eq(auditLog.subjectId, query.subjectId));
  if (query.actorUsername) conditions.push(eq(auditLog.actorUsername, query.actorUsername));
  if (query.before) conditions.push(lt(auditLog.id, query.before));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** Entries newest first (by `id`), filtered. */
export async function selectAuditEntries(db: Queryable, query: AuditEntryQuery): Promise<AuditEntry[]> {
  return db
    .select()
    .from(auditLog)
    .where(auditConditions(query))
    .orderBy(desc(auditLog.id))
    .limit(query.limit)
    .offset(query.offset ?? 0);
}

/** How many entries match the filter. */
export async function countAuditEntries(db: Queryable, query: Omit<AuditEntryQuery, 'limit' | 'offset'>): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(auditConditions(query));
  return Number(row?.n ?? 0);
}

// A lock per chain serialises its tail; it is taken at the end of each writing transaction, so
// it is held only while the entries are appended and the transaction commits.
const AUDIT_CHAIN_LOCK = 7284002;

/** Takes the transaction-scoped lock on a chain's tail. */
export async function lockChainTail(tx: Transaction, chain: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}, hashtext(${chain}))`);
}

/** The last entry of a chain (its seq and hash), or undefined for a chain not yet started. */
export async function findChainTail(db: Queryable, chain: string): Promise<{ seq: number; hash: string } | undefined> {
  const [tail] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.chain, chain))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return tail;
}

export async function insertAuditEntries(tx: Transaction, rows: NewAuditEntry[]): Promise<void> {
  // 14 columns a row: stay well under PostgreSQL's 65,535 bind parameters per statement.
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(auditLog).values(rows.slice(i, i + 1000));
  }
}

/** Every chain's name, in order. */
export async function listChainNames(db: Queryable): Promise<string[]> {
  const rows = await db.selectDistinct({ chain: auditLog.chain }).from(auditLog).orderBy(asc(auditLog.chain));
  return rows.map((r) => r.chain);
}

/** Up to `limit` entries of a chain after `afterSeq`, in order. */
export function readChainEntries(db: Queryable, chain: string, afterSeq: number, limit: number): Promise<AuditEntry[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.chain, chain), gt(auditLog.seq, afterSeq)))
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}

/** The last entry (seq, hash) of every chain, read in one statement so that they are of one moment. */
export async function readChainTails(db: Queryable): Promise<{ chain: string; seq: number; hash: string }[]> {
  const result = (await db.execute(
    sql`select distinct on (chain) chain, seq, hash from ${auditLog} order by chain, seq desc`,
  )) as { rows: { chain: string; seq: number | string; hash: string }[] };
  return result.rows.map((r) => ({ chain: r.chain, seq: Number(r.seq), hash: r.hash }));
}

/**
 * What was audited since `known` (the seq reached in each chain; a chain not named: from its
 * start): each chain's last seq now, and the distinct actions of the entries after `known`. The
 * heads are found by the (chain, seq) index, one probe per chain, whatever the log's length.
 */
export async function selectAuditedSince(db: Queryable, known: ReadonlyMap<string, number> | null): Promise<{ heads: Map<string, number>; actions: Set<string> }> {
  // Without `known`, only the heads: the actions of a whole log are of no use.
  const actionsAfterKnown = known
    ? sql`(select coalesce(json_agg(distinct a.action), '[]'::json) from ${auditLog} a
            where a.chain = c.chain and a.seq > coalesce((select k.seq from known k where k.chain = c.chain), 0))`
    : sql`'[]'::json`;
  const result = (await db.execute(sql`
    with recursive chains as (
      (select chain from ${auditLog} order by chain limit 1)
      union all
      select (select a.chain from ${auditLog} a where a.chain > c.chain order by a.chain limit 1) from chains c where c.chain is not null
    ),
    known as (select * from jsonb_to_recordset(${JSON.stringify([...(known ?? [])].map(([chain, seq]) => ({ chain, seq })))}::jsonb) as k(chain text, seq bigint))
    select c.chain, (select max(a.seq) from ${auditLog} a where a.chain = c.chain) as seq, ${actionsAfterKnown} as actions
    from chains c where c.chain is not null`)) as { rows: { chain: string; seq: number | string; actions: string[] | string }[] };
  const heads = new Map<string, number>();
  const actions = new Set<string>();
  for (const row of result.rows) {
    heads.set(row.chain, Number(row.seq));
    for (const action of typeof row.actions === 'string' ? (JSON.parse(row.actions) as string[]) : row.actions) actions.add(action);
  }
  return { heads, actions };
}

export async function insertCheckpoint(db: Queryable, row: typeof auditCheckpoints.$inferInsert): Promise<void> {
  await db.insert(auditCheckpoints).values(row);
}

export function listCheckpoints(db: Queryable): Promise<StoredCheckpoint[]> {
  return db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.id));
}

/** The triggers that make the log and its checkpoints append-only. */
export const IMMUTABILITY_TRIGGERS = [
  { table: 'audit_log', name: 'audit_log_no_update_delete' },
  { table: 'audit_log', name: 'audit_log_no_truncate' },
  { table: 'audit_checkpoints', name: 'audit_checkpoints_no_update_delete' },
  { table: 'audit_checkpoints', name: 'audit_checkpoints_no_truncate' },
] as const;

/**
 * What decides whether the triggers fire for this session: `session_replication_role` (triggers
 * do not fire under `replica`) and each trigger's `tgenabled` (`O` or `A`: fires for `origin`).
 */
export async function readTriggerGuards(db: Queryable): Promise<{ replicationRole: string; triggers: { name: string; enabled: string }[] }> {
  const role = (await db.execute(sql`select current_setting('session_replication_role') as role`)) as { rows: { role: string }[] };
  const triggers = (await db.execute(
    sql`select t.tgname as name, t.tgenabled::text as enabled
        from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
        where c.relname in ('audit_log', 'audit_checkpoints') and n.nspname = current_schema() and not t.tgisinternal`,
  )) as { rows: { name: string; enabled: string }[] };
  return { replicationRole: role.rows[0]?.role ?? 'unknown', triggers: triggers.rows.map((r) => ({ name: r.name, enabled: String(r.enabled) })) };
}
