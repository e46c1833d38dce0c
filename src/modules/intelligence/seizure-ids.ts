import type { Queryable } from '../../db/engine.ts';
import { lastSeizureNumber, lockSeizureSeries } from './repository.ts';

/** The year of an instant on a centre's clock. */
export function yearIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(at);
}

/**
 * Issues `count` seizure ids of a centre's series for a year, `<CENTRE>-SZ-<YYYY>-<NNNNNN>`,
 * following the highest one issued. The series is locked until the transaction ends, so that two
 * finds recorded at once never get the same number.
 */
export async function issueSeizureIds(tx: Queryable, centre: string, year: string, count: number): Promise<string[]> {
  if (count === 0) return [];
  const prefix = `${centre}-SZ-${year}-`;
  await lockSeizureSeries(tx, prefix);
  const last = await lastSeizureNumber(tx, prefix);
  return Array.from({ length: count }, (_, i) => `${prefix}${String(last + i + 1).padStart(6, '0')}`);
}
