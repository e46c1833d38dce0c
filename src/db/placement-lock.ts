import { sql } from 'drizzle-orm';
import type { Transaction } from './engine.ts';

/**
 * The placement lock of a centre: one transaction-scoped advisory lock per centre, taken by
 * every write that puts someone in a cell there (housing: cell moves and the roll's placement
 * guard) and by every write that changes whether a placement is allowed (estate: capacities
 * and the status of a location and everything under it). Holding it, a transaction reads beds
 * and statuses that no other placement or estate change can alter until it commits.
 */
export function placementLockKey(centre: string): string {
  return `custodia.placement:${centre}`;
}

/** Waits for and takes the centre's placement lock until the end of `tx`. */
export async function lockCentrePlacements(tx: Transaction, centre: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${placementLockKey(centre)}))`);
}
