import { dateProblem } from '../../kernel/fields.ts';
import { AppError } from '../../kernel/errors.ts';
import './errors.ts';

/** A period of official statistics: its first and last day, both included. */
export interface StatsPeriod {
  from: string;
  to: string;
}

/** A period as asked (a year, or from–to, or nothing). */
export interface PeriodAsked {
  year?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The days a request means: a calendar year, a from–to period, or by default the last full
 * calendar year before `now`. A period reaching past today stops at today (the day of `now` in
 * UTC): days not yet lived have no figures. Refusals name the field.
 */
export function resolvePeriod(asked: PeriodAsked, now: Date): StatsPeriod {
  const today = now.toISOString().slice(0, 10);
  if (asked.year !== undefined && (asked.from !== undefined || asked.to !== undefined)) throw new AppError('STATS_PERIOD_BOTH', {}, 'year');
  if ((asked.from === undefined) !== (asked.to === undefined)) throw new AppError('STATS_PERIOD_INCOMPLETE', {}, asked.from === undefined ? 'from' : 'to');
  let period: StatsPeriod;
  if (asked.year !== undefined) {
    const year = String(asked.year).padStart(4, '0');
    const problem = dateProblem(`${year}-01-01`) ?? dateProblem(`${year}-12-31`);
    if (!Number.isInteger(asked.year) || problem) throw new AppError('VALIDATION_FAILED', { detail: `year: ${asked.year}` }, 'year');
    period = { from: `${year}-01-01`, to: `${year}-12-31` };
  } else if (asked.from !== undefined && asked.to !== undefined) {
    for (const field of ['from', 'to'] as const) {
      if (dateProblem(asked[field] as string)) throw new AppError('VALIDATION_FAILED', { detail: `${field}: ${asked[field]}` }, field);
    }
    // Said on `to`, as every period in Custodia: the last day is the one before the first.
    if (asked.from > asked.to) throw new AppError('STATS_PERIOD_ORDER', { from: asked.from, to: asked.to }, 'to');
    period = { from: asked.from, to: asked.to };
  } else {
    const last = Number(today.slice(0, 4)) - 1;
    period = { from: `${last}-01-01`, to: `${last}-12-31` };
  }
  if (period.from > today) throw new AppError('STATS_PERIOD_FUTURE', { today }, asked.year !== undefined ? 'year' : 'from');
  return period.to > today ? { from: period.from, to: today } : period;
}
