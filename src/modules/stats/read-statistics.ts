import type { Queryable } from '../../db/engine.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import { findMissingCentres } from '../estate/index.ts';
import { loadStatistics, type Statistics } from './compute-statistics.ts';
import { resolvePeriod, type PeriodAsked } from './period.ts';

/** Every centre: the open data's scope, and the command line's (run by whoever holds the database). */
export const NATIONAL: Pick<Principal, 'caseload'> = { caseload: { all: true, centres: [] } };

/**
 * Official statistics as a user may read them: the period asked (default: the last full calendar
 * year), one centre of their caseload or every centre of it. A centre outside the caseload
 * answers as one that does not exist.
 */
export async function readStatistics(
  db: Queryable,
  principal: Pick<Principal, 'caseload'>,
  query: PeriodAsked & { centre?: string | undefined },
  clock: Clock,
): Promise<Statistics> {
  const period = resolvePeriod(query, clock.now());
  if (query.centre !== undefined) {
    if (!isInCaseload(principal, query.centre) || (await findMissingCentres(db, [query.centre])).length > 0) {
      throw new AppError('CENTRE_NOT_FOUND', { code: query.centre }, 'centre');
    }
    return loadStatistics(db, period, [query.centre]);
  }
  return loadStatistics(db, period, caseloadScope(principal));
}
