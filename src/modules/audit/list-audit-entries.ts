import type { Queryable } from '../../db/engine.ts';
import { selectAuditEntries, type AuditEntry } from './repository.ts';

export type { AuditEntry };

export interface AuditFilter {
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  actorUsername?: string | undefined;
  /** Entries written before this one (its `id`), for paging backwards. */
  before?: number | undefined;
  limit?: number | undefined;
}

/** The newest entries first, filtered; at most 1,000 at a time. */
export function listAuditEntries(db: Queryable, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  return selectAuditEntries(db, { ...filter, limit: Math.min(filter.limit ?? 100, 1000) });
}
