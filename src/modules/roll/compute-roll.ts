import { and, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import { caseloadScope, type Principal } from '../../kernel/access.ts';
import { systemClock, type Clock } from '../../kernel/clock.ts';
import { capacityByCentre, listAllCentres } from '../estate/index.ts';
import { pretrialCounts, pretrialEpisodesAt } from '../register/index.ts';
import { assembleRoll, type DayMovement, type RollReport } from './roll-arithmetic.ts';
import { movements, stays } from './schema.ts';

export type { RollCentre, RollLine, RollReport } from './roll-arithmetic.ts';

/**
 * The establishment roll now: per centre in the caseload (or one centre), who is on roll, in,
 * out at court or hospital, unaccounted for, against the three capacities, with the pretrial
 * count. `on_roll` counts everyone in custody of the centre and not released; `in` is
 * on_roll − out − unaccounted − en_route. "Now" is `options.clock`'s (the system clock by default).
 */
export async function computeRoll(
  db: Database,
  principal: Pick<Principal, 'caseload'>,
  options: { centre?: string | undefined; clock?: Clock | undefined } = {},
): Promise<RollReport> {
  const at = (options.clock ?? systemClock).now();
  const scope = caseloadScope(principal);
  const [centres, capacities, pretrial, states, day] = await Promise.all([
    listAllCentres(db),
    capacityByCentre(db),
    pretrialCounts(db),
    db
      .select({ centre: stays.centre, state: stays.state, outReason: stays.outReason, destination: stays.destination, n: sql<number>`count(*)::int` })
      .from(stays)
      .where(isNull(stays.validTo))
      .groupBy(stays.centre, stays.state, stays.outReason, stays.destination),
    dayMovements(db, at),
  ]);
  return assembleRoll(at, centres, capacities, pretrial, states, day, scope, options.centre);
}

/**
 * The roll as it stood at a past time, from the stay intervals; the pretrial count from the
 * legal-status history as it stood on that day.
 */
export async function computeRollAt(
  db: Database,
  principal: Pick<Principal, 'caseload'>,
  at: Date,
  options: { centre?: string | undefined } = {},
): Promise<RollReport> {
  const scope = caseloadScope(principal);
  const openAt = sql`tstzrange(${stays.validFrom}, ${stays.validTo}, '[)') @> ${at.toISOString()}::timestamptz`;
  const [centres, capacities, states, episodes, day] = await Promise.all([
    listAllCentres(db),
    capacityByCentre(db),
    db
      .select({ centre: stays.centre, state: stays.state, outReason: stays.outReason, destination: stays.destination, n: sql<number>`count(*)::int` })
      .from(stays)
      .where(openAt)
      .groupBy(stays.centre, stays.state, stays.outReason, stays.destination),
    db.select({ centre: stays.centre, episode: stays.episode }).from(stays).where(openAt),
    dayMovements(db, at),
  ]);
  const pretrialEpisodes = await pretrialEpisodesAt(db, at.toISOString().slice(0, 10));
  const pretrial = new Map<string, number>();
  for (const e of episodes) if (pretrialEpisodes.has(e.episode)) pretrial.set(e.centre, (pretrial.get(e.centre) ?? 0) + 1);
  return assembleRoll(at, centres, capacities, pretrial, states, day, scope, options.centre);
}

/** Movements of the last 36 hours up to `at`: enough to cover "today" in any time zone. */
function dayMovements(db: Database, at: Date): Promise<DayMovement[]> {
  return db
    .select({ type: movements.type, fromCentre: movements.fromCentre, toCentre: movements.toCentre, at: movements.at })
    .from(movements)
    .where(and(gt(movements.at, new Date(at.getTime() - 36 * 3_600_000)), lte(movements.at, at)));
}

