import { asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { centres } from './schema.ts';

export type CentreRow = typeof centres.$inferSelect;

/** Centres in the caseload (`null` = every centre): the filter sits in the SQL, so it fails closed. */
export async function selectCentres(db: Queryable, caseload: readonly string[] | null): Promise<CentreRow[]> {
  if (caseload !== null && caseload.length === 0) return [];
  const query = db.select().from(centres);
  const scoped = caseload === null ? query : query.where(inArray(centres.code, [...caseload]));
  return scoped.orderBy(asc(centres.code));
}

export async function selectCentre(db: Queryable, code: string): Promise<CentreRow | undefined> {
  const [row] = await db.select().from(centres).where(eq(centres.code, code));
  return row;
}

export async function selectCentreCodes(db: Queryable, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.select({ code: centres.code }).from(centres).where(inArray(centres.code, [...codes]));
  return rows.map((r) => r.code);
}
