import { asc, inArray } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable } from '../../db/engine.ts';
import type { SeizureItem } from '../../kernel/vocabulary.ts';
import type { AuditedTransaction } from '../audit/index.ts';
import { seizures } from './schema.ts';

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
