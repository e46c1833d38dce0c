import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { movements } from './schema.ts';

/** A `death` movement as the deaths-in-custody register reads it: one per dead person. */
export interface DeathMovement {
  person: string;
  at: Date;
  /** The centre that held the person: the register entry's centre (and caseload). */
  centre: string;
  /** The person's last location (cell or unit), if placed. */
  location: string | null;
  /** The emergency the death was found in, if any. */
  emergency: string | null;
  reason: string | null;
  recordedBy: string;
  recordedAt: Date;
}

export interface DeathFilter {
  /** Centre codes to keep (a caseload); null = every centre. */
  centres: readonly string[] | null;
  /** From this instant (inclusive). */
  from?: Date | undefined;
  /** Until this instant (exclusive). */
  to?: Date | undefined;
  person?: string | undefined;
}

/**
 * The death movements recorded on the roll (live, from an emergency or imported), newest first:
 * every one is an entry of the deaths-in-custody register, whether or not its details are written.
 */
export async function listDeaths(db: Queryable, filter: DeathFilter): Promise<DeathMovement[]> {
  if (filter.centres !== null && filter.centres.length === 0) return [];
  const conditions: SQL[] = [eq(movements.type, 'death')];
  if (filter.centres !== null) conditions.push(inArray(movements.fromCentre, [...filter.centres]));
  if (filter.from) conditions.push(gte(movements.at, filter.from));
  if (filter.to) conditions.push(lt(movements.at, filter.to));
  if (filter.person !== undefined) conditions.push(eq(movements.person, filter.person));
  const rows = await db
    .select({
      person: movements.person,
      at: movements.at,
      centre: movements.fromCentre,
      location: movements.fromLocation,
      emergency: movements.emergency,
      reason: movements.reason,
      recordedBy: movements.recordedBy,
      recordedAt: movements.recordedAt,
    })
    .from(movements)
    .where(and(...conditions))
    .orderBy(desc(movements.at), desc(movements.id));
  return rows.map((row) => ({ ...row, centre: row.centre ?? '' }));
}
