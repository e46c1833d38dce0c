import type { Transaction } from '../../db/engine.ts';
import { lockCentrePlacements } from '../../db/placement-lock.ts';
import type { Principal } from '../../kernel/access.ts';
import { findLocationInCaseload } from './read-locations.ts';
import type { Location } from './types.ts';

/**
 * A location of the caller's caseload, taken for a change that decides whether people may be
 * placed there (capacities, status): the centre's placement lock first — the one every cell
 * move and placement there takes — then the location read again under it, so the change and
 * the occupancy it checks cannot interleave with a move. A location never changes centre.
 */
export async function lockLocationForChange(tx: Transaction, principal: Pick<Principal, 'caseload'>, code: string): Promise<Location> {
  const { centre } = await findLocationInCaseload(tx, principal, code);
  await lockCentrePlacements(tx, centre);
  return findLocationInCaseload(tx, principal, code);
}
