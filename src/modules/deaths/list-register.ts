import type { Queryable } from '../../db/engine.ts';
import { caseloadScope, type Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { compareBy, slicePage, type PageOf, type PageWindow, type SortDirection } from '../../kernel/paging.ts';
import type { DeathCause } from '../../kernel/vocabulary.ts';
import { listDeaths } from '../roll/index.ts';
import { assembleEntries, type RegisterEntry } from './entries.ts';
import { isLate } from './overdue.ts';
import type { DEATH_SORTS } from './schemas.ts';

export interface RegisterPeriod {
  /** Centre codes to keep; null = every centre. */
  centres: readonly string[] | null;
  person?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/**
 * Every entry of the register at these centres in a period (inclusive `from`, exclusive `to`),
 * newest first, with its cause and notices as of `now`: for statistics and exports. No access
 * check: the caller decides the centres.
 */
export async function listRegisterEntries(db: Queryable, period: RegisterPeriod, now: Date): Promise<RegisterEntry[]> {
  return assembleEntries(db, await listDeaths(db, period), now);
}

export interface RegisterQuery extends PageWindow {
  centre?: string | undefined;
  cause?: DeathCause | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Only entries with a notice overdue (true), or none overdue (false). */
  overdue?: boolean | undefined;
  /** Only entries with a notice made late (true), or none made late (false). */
  late?: boolean | undefined;
  person?: string | undefined;
  sort: (typeof DEATH_SORTS)[number];
  dir: SortDirection;
}

const SORT_VALUE: Record<RegisterQuery['sort'], (e: RegisterEntry) => string | number> = {
  at: (e) => e.at.getTime(),
  name: (e) => `${e.person.familyNames} ${e.person.givenNames}`,
  centre: (e) => e.centre,
  cause: (e) => e.cause,
};

/**
 * The register as a user reads it: the centres of their caseload (or the one asked for, already
 * authorised), filtered by cause and overdue or late notices, sorted and paged. Deaths are few (hundreds a
 * year across the country), so the entries are put together and filtered in memory.
 */
export async function listRegister(db: Queryable, principal: Pick<Principal, 'caseload'>, query: RegisterQuery, clock: Clock): Promise<PageOf<RegisterEntry>> {
  const centres = query.centre ? [query.centre] : caseloadScope(principal);
  const entries = await listRegisterEntries(db, { centres, person: query.person, from: query.from, to: query.to }, clock.now());
  const kept = entries.filter(
    (e) =>
      (query.cause === undefined || e.cause === query.cause) &&
      (query.overdue === undefined || e.overdue === query.overdue) &&
      (query.late === undefined || isLate(e.alerts) === query.late),
  );
  const byPerson = compareBy<RegisterEntry>((e) => e.person.id, 'asc');
  const order = compareBy(SORT_VALUE[query.sort], query.dir);
  return slicePage(kept.sort((a, b) => order(a, b) || byPerson(a, b)), query);
}
