import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { EmergencyKind } from '../../kernel/vocabulary.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { findMissingCentres } from '../estate/index.ts';
import { findStays } from '../roll/index.ts';
import { activeAt, insertEmergency } from './repository.ts';
import { summarise, type EmergencySummary } from './summarise.ts';

const isActiveIndexViolation = (error: unknown) => /emergencies_one_active_per_centre/.test(String((error as { cause?: unknown }).cause ?? error));

/**
 * Declares an emergency at a centre and freezes the expected roll: everyone whose open stay is
 * inside the centre ('in') goes on the list, unverified, with the cell they should be in. People
 * out at court or hospital, or en route, are not expected inside. One active emergency per centre.
 * Returns it with the counts of its list.
 */
export async function declareEmergency(
  db: Database,
  context: AuditContext,
  input: { centre: string; kind: EmergencyKind; reason: string },
): Promise<EmergencySummary> {
  if ((await findMissingCentres(db, [input.centre])).length > 0) throw new AppError('CENTRE_NOT_FOUND', { code: input.centre }, 'centre');
  const refuseActive = (since: Date | string) => new AppError('EMERGENCY_ACTIVE', { centre: input.centre, since: since instanceof Date ? since.toISOString() : since }, 'centre');
  let declared;
  try {
    declared = await runAudited(db, context, async (w) => {
      const active = await activeAt(w.tx, input.centre);
      if (active) throw refuseActive(active.declaredAt);
      const id = randomUUID();
      const declaredAt = nowIn(context);
      const inside = await findStays(w.tx, { centre: input.centre, states: ['in'] });
      const emergency = await insertEmergency(w.tx, { id, centre: input.centre, kind: input.kind, reason: input.reason, declaredAt, declaredBy: context.actor.username }, inside);
      w.audit({
        action: 'emergency.declared',
        subjectType: 'emergency',
        subjectId: id,
        centre: input.centre,
        new: { kind: input.kind, reason: input.reason, declaredAt, expected: inside.length },
      });
      return emergency;
    });
  } catch (error) {
    // Two declarations at once: the partial unique index lets only one through.
    if (!isActiveIndexViolation(error)) throw error;
    const winner = await activeAt(db, input.centre);
    throw refuseActive(winner?.declaredAt ?? '?');
  }
  const [summary] = await summarise(db, [declared]);
  return summary as EmergencySummary;
}
