import type { Queryable } from '../../db/engine.ts';
import type { PageOf } from '../../kernel/paging.ts';
import { countAuditEntries, selectAuditEntries, type AuditEntry } from './repository.ts';

export type { AuditEntry };

export interface AuditFilter {
  /** Written at or after this instant. */
  from?: Date | undefined;
  /** Written before this instant. */
  to?: Date | undefined;
  /** A centre's code; `*` for entries of no centre. */
  centre?: string | undefined;
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  actorUsername?: string | undefined;
  /** Entries written before this one (its `id`), for paging backwards. */
  before?: number | undefined;
  limit?: number | undefined;
  /** Entries to skip (newest first), for a page of the list. */
  offset?: number | undefined;
}

/** The newest entries first, filtered; at most 1,000 at a time. */
export function listAuditEntries(db: Queryable, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  return selectAuditEntries(db, { ...filter, limit: Math.min(filter.limit ?? 100, 1000) });
}

/** One page of the entries under a filter, newest first, and how many there are in all. */
export async function pageAuditEntries(db: Queryable, filter: AuditFilter & { limit: number; offset: number }): Promise<PageOf<AuditEntry>> {
  const [items, total] = await Promise.all([selectAuditEntries(db, filter), countAuditEntries(db, filter)]);
  return { total, offset: filter.offset, limit: filter.limit, items };
}
