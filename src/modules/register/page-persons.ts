import type { Queryable } from '../../db/engine.ts';
import type { SortDirection } from '../../kernel/paging.ts';
import type { LegalStatus } from '../../kernel/vocabulary.ts';
import { selectPersonsPage } from './repository.ts';

/**
 * A page of a list of people another module holds (a location's occupants): of `people`, those
 * with one of `legalStatuses` (`none`: not recorded), sorted in the database by name, register
 * number or legal status; the page's register numbers in order, and how many match in all. The
 * caller has already decided who may see these people.
 */
export async function pagePersonsAmong(
  db: Queryable,
  people: readonly string[],
  filter: {
    legalStatuses?: readonly (LegalStatus | 'none')[] | undefined;
    sort: 'name' | 'id' | 'legalStatus';
    dir: SortDirection;
    offset: number;
    limit: number;
  },
): Promise<{ total: number; ids: string[] }> {
  return selectPersonsPage(db, people, filter);
}
