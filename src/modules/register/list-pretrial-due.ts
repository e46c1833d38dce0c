import type { Queryable } from '../../db/engine.ts';
import { decide, type Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import { findCentres } from '../estate/index.ts';
import { REGISTER_PERMISSIONS } from './policy.ts';
import { localDate, pretrialClock } from './pretrial-clock.ts';
import { selectPretrialDue } from './repository.ts';
import type { PretrialDue } from './schemas.ts';

const DAY = 86_400_000;

/** The calendar day `days` after `date` (YYYY-MM-DD). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The people held at a centre in preventive detention whose limit (COIP art. 541, the pretrial
 * clock's rule) has passed or falls within `within` days of the centre's today: the most urgent
 * first, at most `limit` listed, with the true totals. A centre outside the caseload is not found,
 * exactly like one that does not exist.
 */
export async function listPretrialDue(
  db: Queryable,
  principal: Pick<Principal, 'roles' | 'caseload'>,
  request: { centre: string; within: number; limit: number },
  clock: Clock,
): Promise<PretrialDue> {
  const decision = decide(principal, REGISTER_PERMISSIONS['pretrial.read'], { centre: request.centre });
  if (decision === 'not_found') throw new AppError('CENTRE_NOT_FOUND', { code: request.centre });
  if (decision === 'forbidden') throw new AppError('FORBIDDEN');
  const [centre] = await findCentres(db, [request.centre]);
  if (!centre) throw new AppError('CENTRE_NOT_FOUND', { code: request.centre });

  const now = clock.now();
  const today = localDate(now, centre.timezone);
  const found = await selectPretrialDue(db, centre.code, { today, horizon: addDays(today, request.within), limit: request.limit });
  return {
    centre: centre.code,
    today,
    within: request.within,
    overdue: found.overdue,
    due: found.due,
    people: found.rows.map((row) => ({
      id: row.person,
      givenNames: row.givenNames,
      familyNames: row.familyNames,
      clock: pretrialClock(row.since, row.maxPenaltyYears, now, centre.timezone),
    })),
  };
}
