import { asc, inArray, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable } from '../../db/engine.ts';
import type { SeizureItem } from '../../kernel/vocabulary.ts';
import type { AuditedTransaction } from '../audit/index.ts';
import { searches, seizures } from './schema.ts';
import type { SearchKind, SearchResult } from './schemas.ts';

/** Finds as the interchange format (seizures.csv) carries them: the import's bulk insert and the export's read. */
export interface InterchangeSeizure {
  id: string;
  at: Date;
  centre: string;
  location: string | null;
  item: SeizureItem;
  quantity: number;
  person: string | null;
  incident: string | null;
}

export async function insertImportedSeizures(w: AuditedTransaction, rows: readonly InterchangeSeizure[], by: string, at: Date): Promise<void> {
  await bulkInsert(w.tx, seizures, rows.map((r) => ({ ...r, recordedAt: at, recordedBy: by })));
}

/** A search written after an import, with the ids of the finds (already imported) it made. */
export interface ImportedSearch {
  id: string;
  centre: string;
  location: string | null;
  kind: SearchKind;
  startedAt: Date;
  endedAt: Date | null;
  team: string;
  result: SearchResult;
  note: string | null;
  finds: readonly string[];
}

/**
 * Writes searches in the caller's transaction (which audits them, as an import audits its files)
 * and links the finds they made, imported before with no search.
 */
export async function insertImportedSearches(w: AuditedTransaction, rows: readonly ImportedSearch[], by: string): Promise<void> {
  await bulkInsert(w.tx, searches, rows.map(({ finds: _finds, ...r }) => ({ ...r, recordedAt: r.endedAt ?? r.startedAt, recordedBy: by })));
  const links = rows.flatMap((r) => r.finds.map((find) => [find, r.id] as const));
  for (let i = 0; i < links.length; i += 5000) {
    const part = links.slice(i, i + 5000);
    await w.tx.execute(
      sql`update seizures z set search = l.search::uuid from unnest(${sql.param(part.map(([find]) => find))}::text[], ${sql.param(part.map(([, search]) => search))}::text[]) as l(id, search) where z.id = l.id`,
    );
  }
}

/** Which of these seizure ids are taken. */
export async function takenSeizureIds(db: Queryable, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 5000) {
    const rows = await db.select({ id: seizures.id }).from(seizures).where(inArray(seizures.id, unique.slice(i, i + 5000)));
    for (const row of rows) found.add(row.id);
  }
  return found;
}

/** Every find, in id order. */
export async function allSeizuresForExport(db: Queryable): Promise<InterchangeSeizure[]> {
  const rows = await db
    .select({
      id: seizures.id,
      at: seizures.at,
      centre: seizures.centre,
      location: seizures.location,
      item: seizures.item,
      quantity: seizures.quantity,
      person: seizures.person,
      incident: seizures.incident,
    })
    .from(seizures)
    .orderBy(asc(seizures.id));
  return rows.map((r) => ({ ...r, item: r.item as SeizureItem }));
}
