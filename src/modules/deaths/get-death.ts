import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { assembleEntries, findDeath, type RegisterEntry } from './entries.ts';
import { DEATH_PERMISSIONS, requireDeathAccess } from './policy.ts';
import { selectCauseChanges, type CauseChange } from './repository.ts';

export type DeathEntryDetail = RegisterEntry & { causeHistory: CauseChange[] };

/** One entry of the register, with every change of its cause (404 outside the caseload). */
export async function getDeath(db: Queryable, principal: Pick<Principal, 'roles' | 'caseload'>, person: string, clock: Clock): Promise<DeathEntryDetail> {
  const death = await findDeath(db, principal, person);
  requireDeathAccess(principal, DEATH_PERMISSIONS['death.read'], death.centre);
  const [entry] = await assembleEntries(db, [death], clock.now());
  return { ...(entry as RegisterEntry), causeHistory: await selectCauseChanges(db, person) };
}
