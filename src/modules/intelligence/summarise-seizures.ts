import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { getCentre, listCentreLocations } from '../estate/index.ts';
import { sumSeizures } from './repository.ts';
import type { SeizureSummary } from './schemas.ts';

/** The day of an instant on a centre's clock, YYYY-MM-DD. */
function dayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The first day of the month eleven months before `day`: a year of whole months up to it. */
function yearBefore(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 12, 1));
  return start.toISOString().slice(0, 10);
}

/**
 * A centre's finds over time per pavilion: quantities summed in SQL by month (on the centre's
 * clock), location and item, then each location counted under the top of its tree (its pavilion,
 * or the unit itself: reception, health). Default: the last twelve months to today.
 */
export async function summariseSeizures(
  db: Queryable,
  principal: Pick<Principal, 'caseload'>,
  code: string,
  range: { from?: string | undefined; to?: string | undefined },
  clock: Clock,
): Promise<SeizureSummary> {
  const centre = await getCentre(db, principal, code);
  const to = range.to ?? dayIn(clock.now(), centre.timezone);
  const from = range.from ?? yearBefore(to);
  const locations = await listCentreLocations(db, code);
  const top = new Map(locations.map((l) => [l.code, l.path.split('/')[0] ?? l.code]));
  const sums = new Map<string, SeizureSummary['rows'][number]>();
  for (const row of await sumSeizures(db, code, { from, to, timeZone: centre.timezone })) {
    const pavilion = row.location ? (top.get(row.location) ?? null) : null;
    const key = `${row.month}|${pavilion ?? ''}|${row.item}`;
    const sum = sums.get(key) ?? { month: row.month, pavilion, item: row.item, quantity: 0, finds: 0 };
    sum.quantity += Number(row.quantity);
    sum.finds += Number(row.finds);
    sums.set(key, sum);
  }
  return {
    centre: code,
    from,
    to,
    pavilions: locations.filter((l) => l.depth === Math.min(...locations.map((x) => x.depth))).map((l) => ({ code: l.code, name: l.name })),
    rows: [...sums.values()],
  };
}
