import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { resolveFilter } from './list-filter.ts';
import { presentSeizures } from './present.ts';
import { pageSeizures } from './repository.ts';
import type { SeizureListQuery, SeizurePage } from './schemas.ts';

/** A page of the finds in the caller's caseload, filtered and sorted (newest first by default). */
export async function listSeizures(db: Queryable, principal: Principal, query: SeizureListQuery): Promise<SeizurePage> {
  const page = await pageSeizures(db, await resolveFilter(db, principal, query), query);
  return { ...page, items: await presentSeizures(db, page.items) };
}
