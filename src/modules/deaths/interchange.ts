import { asc, inArray } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable } from '../../db/engine.ts';
import type { DeathCause } from '../../kernel/vocabulary.ts';
import type { AuditedTransaction } from '../audit/index.ts';
import { deathObligations, deathRecords } from './schema.ts';
import type { DeathObligation } from './schemas.ts';

/**
 * The register's details as the interchange format (deaths.csv) carries them: the import's bulk
 * insert (the death movements are the roll's, replayed with movements.csv) and the export's read.
 */
export interface InterchangeDeath {
  person: string;
  at: Date;
  centre: string;
  /** A location code; null = the centre as a whole. */
  location: string | null;
  cause: DeathCause;
  circumstances: string;
  incident: string | null;
}

export async function insertImportedDeaths(w: AuditedTransaction, rows: readonly InterchangeDeath[], by: string, at: Date): Promise<void> {
  await bulkInsert(w.tx, deathRecords, rows.map((r) => ({ ...r, recordedAt: at, recordedBy: by })));
}

/** An obligation done after an imported death, as the demonstration's load writes it. */
export interface ImportedObligation {
  person: string;
  centre: string;
  obligation: DeathObligation;
  doneAt: Date;
  doneBy: string;
  reference: string | null;
  note: string | null;
}

/**
 * Writes obligations of deaths already in the register, in the caller's transaction (which
 * audits them, as an import audits its files), recorded when done, by `by`.
 */
export async function insertImportedObligations(w: AuditedTransaction, rows: readonly ImportedObligation[], by: string): Promise<void> {
  await bulkInsert(w.tx, deathObligations, rows.map(({ centre: _centre, ...r }) => ({ ...r, recordedAt: r.doneAt, recordedBy: by })));
}

/** Which of these people already have register details. */
export async function peopleWithDeathRecords(db: Queryable, people: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(people)];
  for (let i = 0; i < unique.length; i += 5000) {
    const rows = await db.select({ person: deathRecords.person }).from(deathRecords).where(inArray(deathRecords.person, unique.slice(i, i + 5000)));
    for (const row of rows) found.add(row.person);
  }
  return found;
}

/** Every register row with details written, by person. */
export async function allDeathRecordsForExport(db: Queryable): Promise<InterchangeDeath[]> {
  const rows = await db
    .select({
      person: deathRecords.person,
      at: deathRecords.at,
      centre: deathRecords.centre,
      location: deathRecords.location,
      cause: deathRecords.cause,
      circumstances: deathRecords.circumstances,
      incident: deathRecords.incident,
    })
    .from(deathRecords)
    .orderBy(asc(deathRecords.person));
  return rows.map((r) => ({ ...r, cause: r.cause as DeathCause }));
}
