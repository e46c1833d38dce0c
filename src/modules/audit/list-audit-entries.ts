import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { auditLog } from './schema.ts';

export type AuditEntry = typeof auditLog.$inferSelect;

export interface AuditFilter {
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  actorUsername?: string | undefined;
  /** Entries written before this one (its `id`), for paging backwards. */
  before?: number | undefined;
  limit?: number | undefined;
}

/** The newest entries first, filtered. */
export async function listAuditEntries(db: Queryable, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.subjectType) conditions.push(eq(auditLog.subjectType, filter.subjectType));
  if (filter.subjectId) conditions.push(eq(auditLog.subjectId, filter.subjectId));
  if (filter.actorUsername) conditions.push(eq(auditLog.actorUsername, filter.actorUsername));
  if (filter.before) conditions.push(lt(auditLog.id, filter.before));
  return db
    .select()
    .from(auditLog)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(Math.min(filter.limit ?? 100, 1000));
}
