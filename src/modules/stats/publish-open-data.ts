import type { Queryable } from '../../db/engine.ts';
import type { Clock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import { firstStayStart } from '../roll/index.ts';
import { loadStatistics } from './compute-statistics.ts';
import { buildOpenData, openDataFiles, type OpenDataSet } from './open-data.ts';
import { resolvePeriod, type PeriodAsked } from './period.ts';
import type { OpenDataIndex } from './schemas.ts';

/** How long a published set is served before it is computed again (the public endpoints are unauthenticated). */
export const OPEN_DATA_FRESH_MS = 5 * 60_000;
const KEPT_SETS = 16;
/** The longest period the public endpoints compute (anyone may ask; the command line has no limit). */
export const OPEN_DATA_MAX_YEARS = 10;

/**
 * The open data as the public endpoints serve it: every centre, the period asked (default: the
 * last full calendar year). A set is computed once and kept for OPEN_DATA_FRESH_MS, so anonymous
 * requests cannot make the server recompute a year of statistics on every call.
 */
export function openDataPublisher(db: Queryable) {
  const sets = new Map<string, { at: number; set: Promise<OpenDataSet> }>();

  async function openDataSet(asked: PeriodAsked, clock: Clock): Promise<OpenDataSet> {
    const now = clock.now();
    const period = resolvePeriod(asked, now);
    if (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`) > OPEN_DATA_MAX_YEARS * 366 * 86_400_000) {
      throw new AppError('STATS_PERIOD_TOO_LONG', { years: OPEN_DATA_MAX_YEARS }, 'from');
    }
    const key = `${period.from}/${period.to}`;
    const kept = sets.get(key);
    if (kept && now.getTime() - kept.at < OPEN_DATA_FRESH_MS && now.getTime() >= kept.at) return kept.set;
    const set = loadStatistics(db, period, null).then(buildOpenData);
    sets.delete(key);
    sets.set(key, { at: now.getTime(), set });
    set.catch(() => sets.delete(key));
    while (sets.size > KEPT_SETS) sets.delete(sets.keys().next().value as string);
    return set;
  }

  return {
    openDataSet,
    /** The index of the set: the period, the days worth asking for, the files and the dictionary. */
    async openDataIndex(asked: PeriodAsked, clock: Clock): Promise<OpenDataIndex> {
      const [set, first] = await Promise.all([openDataSet(asked, clock), firstStayStart(db)]);
      return {
        from: set.from,
        to: set.to,
        available: { from: first ? first.toISOString().slice(0, 10) : null, to: clock.now().toISOString().slice(0, 10) },
        files: openDataFiles(set),
        dictionary: set.dictionary,
      };
    },
  };
}

export type OpenDataPublisher = ReturnType<typeof openDataPublisher>;
