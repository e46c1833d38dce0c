import { asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { deathCauseChanges, deathObligations, deathRecords } from './schema.ts';

export type DeathRecord = typeof deathRecords.$inferSelect;
export type CauseChange = typeof deathCauseChanges.$inferSelect;
export type ObligationRecord = typeof deathObligations.$inferSelect;

/** The register rows of these people, by person. */
export async function selectRecords(db: Queryable, people: readonly string[]): Promise<Map<string, DeathRecord>> {
  const found = new Map<string, DeathRecord>();
  for (let i = 0; i < people.length; i += 5000) {
    const rows = await db.select().from(deathRecords).where(inArray(deathRecords.person, people.slice(i, i + 5000)));
    for (const row of rows) found.set(row.person, row);
  }
  return found;
}

/** The obligations done for these people, by person. */
export async function selectObligations(db: Queryable, people: readonly string[]): Promise<Map<string, ObligationRecord[]>> {
  const found = new Map<string, ObligationRecord[]>();
  for (let i = 0; i < people.length; i += 5000) {
    const rows = await db.select().from(deathObligations).where(inArray(deathObligations.person, people.slice(i, i + 5000)));
    for (const row of rows) found.set(row.person, [...(found.get(row.person) ?? []), row]);
  }
  return found;
}

export async function selectCauseChanges(db: Queryable, person: string): Promise<CauseChange[]> {
  return db.select().from(deathCauseChanges).where(eq(deathCauseChanges.person, person)).orderBy(asc(deathCauseChanges.at), asc(deathCauseChanges.id));
}

/** Locks a person's register row for a change (null when no details were written yet). */
export async function lockRecord(db: Queryable, person: string): Promise<DeathRecord | null> {
  const [row] = await db.select().from(deathRecords).where(eq(deathRecords.person, person)).for('update');
  return row ?? null;
}

export async function insertRecords(db: Queryable, rows: readonly (typeof deathRecords.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(deathRecords).values([...rows]);
}

/** Writes a person's register row unless one exists: whether it was written. */
export async function insertRecord(db: Queryable, row: typeof deathRecords.$inferInsert): Promise<boolean> {
  const written = await db.insert(deathRecords).values(row).onConflictDoNothing().returning({ person: deathRecords.person });
  return written.length > 0;
}

/** Rewrites the details of a person's register row (not its cause). */
export async function updateDetails(db: Queryable, person: string, details: Pick<DeathRecord, 'location' | 'circumstances' | 'foundBy' | 'incident'>): Promise<void> {
  await db.update(deathRecords).set(details).where(eq(deathRecords.person, person));
}

export async function setCause(db: Queryable, person: string, cause: string): Promise<void> {
  await db.update(deathRecords).set({ cause }).where(eq(deathRecords.person, person));
}

export async function insertCauseChange(db: Queryable, row: typeof deathCauseChanges.$inferInsert): Promise<void> {
  await db.insert(deathCauseChanges).values(row);
}

/** Records an obligation as done, or replaces what was recorded of it (a correction, audited by the caller). */
export async function upsertObligation(db: Queryable, row: typeof deathObligations.$inferInsert): Promise<void> {
  const { person: _person, obligation: _obligation, ...changes } = row;
  await db.insert(deathObligations).values(row).onConflictDoUpdate({ target: [deathObligations.person, deathObligations.obligation], set: changes });
}
