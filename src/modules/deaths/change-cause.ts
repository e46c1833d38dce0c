import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { DeathCause } from '../../kernel/vocabulary.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { findDeath } from './entries.ts';
import { DEATH_PERMISSIONS, requireDeathAccess } from './policy.ts';
import { insertCauseChange, insertRecord, lockRecord, setCause } from './repository.ts';

/**
 * Changes the cause of a death, keeping the change and its reason. Establishing the first cause
 * of a death still `pending` needs no reason (nothing established is being overturned); every
 * other change needs one. An entry known only from its movement gets its register row here.
 */
export async function changeCause(
  db: Database,
  caller: Pick<Principal, 'roles' | 'caseload'>,
  context: AuditContext,
  input: { person: string; cause: DeathCause; reason: string },
) {
  const death = await findDeath(db, caller, input.person);
  requireDeathAccess(caller, DEATH_PERMISSIONS['death.write'], death.centre);
  const reason = input.reason.trim();
  const now = nowIn(context);
  return runAudited(db, context, async (w) => {
    const by = context.actor.username;
    await insertRecord(w.tx, { person: death.person, at: death.at, centre: death.centre, location: null, recordedAt: now, recordedBy: by });
    const record = await lockRecord(w.tx, death.person);
    const from = (record?.cause ?? 'pending') as DeathCause;
    if (from === input.cause) throw new AppError('DEATH_CAUSE_UNCHANGED', {}, 'cause');
    if (from !== 'pending' && reason.length < 3) throw new AppError('DEATH_CAUSE_REASON_REQUIRED', {}, 'reason');
    await setCause(w.tx, death.person, input.cause);
    await insertCauseChange(w.tx, { person: death.person, fromCause: from, toCause: input.cause, reason, at: now, by });
    w.audit({ action: 'death.cause_changed', subjectType: 'person', subjectId: death.person, centre: death.centre, old: { cause: from }, new: { cause: input.cause, reason } });
    return { person: death.person, from, to: input.cause, reason, at: now, by };
  });
}
