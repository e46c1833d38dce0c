import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { FUTURE_SLACK_MS } from '../roll/index.ts';
import { findDeath } from './entries.ts';
import { DEATH_PERMISSIONS, requireDeathAccess } from './policy.ts';
import { selectObligations, upsertObligation } from './repository.ts';
import type { DeathObligation } from './schemas.ts';

export interface ObligationInput {
  person: string;
  obligation: DeathObligation;
  doneAt: Date;
  doneBy: string;
  reference: string | null;
  note: string | null;
}

const utcMinute = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * Records one of the obligations that follow a death as done: when (not before the death, not in
 * the future), by whom, with what reference. Recording it again corrects it; the audit log keeps
 * what it said before.
 */
export async function recordObligation(db: Database, caller: Pick<Principal, 'roles' | 'caseload'>, context: AuditContext, input: ObligationInput) {
  const death = await findDeath(db, caller, input.person);
  requireDeathAccess(caller, DEATH_PERMISSIONS['death.write'], death.centre);
  const now = nowIn(context);
  // Forms give the time to the minute: a notice given in the minute of the death is not before it.
  if (input.doneAt.getTime() < Math.floor(death.at.getTime() / 60_000) * 60_000) throw new AppError('DEATH_OBLIGATION_BEFORE_DEATH', { death: utcMinute(death.at) }, 'doneAt');
  if (input.doneAt.getTime() > now.getTime() + FUTURE_SLACK_MS) throw new AppError('DEATH_OBLIGATION_IN_FUTURE', {}, 'doneAt');
  return runAudited(db, context, async (w) => {
    const previous = (await selectObligations(w.tx, [death.person])).get(death.person)?.find((o) => o.obligation === input.obligation) ?? null;
    const row = { ...input, doneBy: input.doneBy.trim(), recordedAt: now, recordedBy: context.actor.username };
    await upsertObligation(w.tx, row);
    w.audit({
      action: 'death.obligation_recorded',
      subjectType: 'person',
      subjectId: death.person,
      centre: death.centre,
      old: previous && { obligation: previous.obligation, doneAt: previous.doneAt, doneBy: previous.doneBy, reference: previous.reference, note: previous.note },
      new: { obligation: input.obligation, doneAt: input.doneAt, doneBy: row.doneBy, reference: input.reference, note: input.note },
    });
    return row;
  });
}
