import type { Queryable } from '../../db/engine.ts';
import { caseloadScope, type Principal } from '../../kernel/access.ts';
import { findLocationInCaseload, listSubtree } from '../estate/index.ts';
import type { ListFilter } from './repository.ts';
import type { SearchKind } from './schemas.ts';
import type { SeizureItem } from '../../kernel/vocabulary.ts';

/** The filters of both lists, as the query strings give them. */
export interface ListQuery {
  centre?: string | undefined;
  location?: string | undefined;
  item?: SeizureItem[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  person?: string | undefined;
  kind?: SearchKind[] | undefined;
}

/**
 * The lists' filters as the repository takes them: the caller's caseload, and a location as the
 * codes of it and everything under it (a location outside the caseload is one that does not exist).
 */
export async function resolveFilter(db: Queryable, principal: Principal, query: ListQuery): Promise<ListFilter> {
  let locations: string[] | undefined;
  if (query.location) {
    await findLocationInCaseload(db, principal, query.location);
    locations = (await listSubtree(db, query.location)).map((l) => l.code);
  }
  return {
    scope: caseloadScope(principal),
    centre: query.centre,
    locations,
    items: query.item,
    from: query.from,
    to: query.to,
    person: query.person,
    kinds: query.kind,
  };
}
