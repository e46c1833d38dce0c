import type { Queryable } from '../../db/engine.ts';
import type { SeizureItem } from '../../kernel/vocabulary.ts';
import { seizuresBetween } from './repository.ts';

/** A find as statistics and the early warning read it. */
export interface PeriodSeizure {
  id: string;
  at: Date;
  centre: string;
  location: string | null;
  item: SeizureItem;
  quantity: number;
  person: string | null;
  incident: string | null;
}

/**
 * Every find in `[from, to)` (of some centres, or all), in time order. No caseload: the caller
 * (statistics, the early warning) decides who sees what it derives.
 */
export async function seizuresInPeriod(db: Queryable, range: { from: Date; to: Date; centres?: readonly string[] }): Promise<PeriodSeizure[]> {
  const rows = await seizuresBetween(db, range);
  return rows.map((r) => ({ id: r.id, at: new Date(r.at), centre: r.centre, location: r.location, item: r.item, quantity: Number(r.quantity), person: r.person, incident: r.incident }));
}
