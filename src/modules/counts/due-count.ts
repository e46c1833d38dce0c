import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { getCentre } from '../estate/index.ts';
import { COUNT_TIMES, countDue, type CountDue } from './count-schedule.ts';
import { listSessions } from './repository.ts';

export interface CentreCountDue extends CountDue {
  centre: string;
  timeZone: string;
  times: readonly string[];
  /** The centre's count in progress, if any (one open count per centre). */
  openCount: string | null;
}

/**
 * The standard count of a centre due now (in the centre's time zone), whether a count was started
 * since its time, and the next one; outside the caseload the centre does not exist.
 */
export async function dueCount(db: Queryable, clock: Clock, principal: Pick<Principal, 'caseload'>, code: string): Promise<CentreCountDue> {
  const centre = await getCentre(db, principal, code);
  const [latest] = await listSessions(db, [centre.code], 1);
  return {
    centre: centre.code,
    timeZone: centre.timezone,
    times: COUNT_TIMES,
    ...countDue(clock.now(), centre.timezone, latest?.startedAt ?? null),
    openCount: latest?.status === 'open' ? latest.id : null,
  };
}
