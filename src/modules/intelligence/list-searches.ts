import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { resolveFilter } from './list-filter.ts';
import { locationNames, presentSearch } from './present.ts';
import { itemsOfSearches, pageSearches } from './repository.ts';
import type { SearchListQuery, SearchPage } from './schemas.ts';

/** A page of the searches in the caller's caseload, each with what it found item by item. */
export async function listSearches(db: Queryable, principal: Principal, query: SearchListQuery): Promise<SearchPage> {
  const page = await pageSearches(db, await resolveFilter(db, principal, query), query);
  const items = await itemsOfSearches(db, page.items.map((s) => s.id));
  const places = await locationNames(db, page.items.map((s) => s.location));
  return {
    ...page,
    items: page.items.map((s) => presentSearch(s, items.filter((i) => i.search === s.id).map(({ item, quantity }) => ({ item, quantity })), places)),
  };
}
