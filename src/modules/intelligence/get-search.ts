import type { Queryable } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { locationNames, presentSearch, presentSeizures } from './present.ts';
import { itemsOfSearches, selectSearch, seizuresOfSearch } from './repository.ts';
import type { SearchDetailView } from './schemas.ts';

/** The centre of a search the caller may see; one outside the caseload does not exist (SEARCH_NOT_FOUND). */
export async function findSearchCentre(db: Queryable, principal: Pick<Principal, 'caseload'>, id: string): Promise<string> {
  const search = await selectSearch(db, id);
  if (!search || !isInCaseload(principal, search.centre)) throw new AppError('SEARCH_NOT_FOUND', { id }, 'id');
  return search.centre;
}

/** A search with its finds (SEARCH_NOT_FOUND outside the caseload). */
export async function getSearch(db: Queryable, principal: Pick<Principal, 'caseload'>, id: string): Promise<SearchDetailView> {
  const search = await selectSearch(db, id);
  if (!search || !isInCaseload(principal, search.centre)) throw new AppError('SEARCH_NOT_FOUND', { id }, 'id');
  const items = await itemsOfSearches(db, [id]);
  const places = await locationNames(db, [search.location]);
  return { ...presentSearch(search, items.map(({ item, quantity }) => ({ item, quantity })), places), finds: await presentSeizures(db, await seizuresOfSearch(db, id)) };
}
