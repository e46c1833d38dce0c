import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { VerificationStatus } from '../../kernel/vocabulary.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { applyMovements, type ResolvedMovement } from '../roll/index.ts';
import { loadEmergency, lockListedPerson, setMark, type Emergency } from './repository.ts';

/** What an officer may record of a person found (or not) during an emergency. */
export type Mark = Exclude<VerificationStatus, 'unverified' | 'escaped'>;

/** Refuses any change to a closed emergency. */
export function refuseIfClosed(emergency: Emergency): void {
  if (emergency.status !== 'active') throw new AppError('EMERGENCY_CLOSED', { id: emergency.id }, 'emergency');
}

/**
 * Records what was found of a person on the frozen list: verified, injured, hostage or dead. The
 * last mark wins. A death is also a `death` movement under the emergency, so the roll drops at
 * once; a dead or escaped person's mark is final (a recapture is an ordinary movement).
 */
export async function markPerson(
  db: Database,
  context: AuditContext,
  input: { emergency: string; person: string; status: Mark; note?: string | null },
) {
  return runAudited(db, context, async (w) => {
    const emergency = await loadEmergency(w.tx, input.emergency, { forUpdate: true });
    refuseIfClosed(emergency);
    const row = await lockListedPerson(w.tx, emergency.id, input.person);
    if (!row) throw new AppError('EMERGENCY_PERSON_UNKNOWN', { id: input.person }, 'person');
    if (row.status === 'dead' || row.status === 'escaped') throw new AppError('EMERGENCY_MARK_FINAL', { id: input.person, status: row.status }, 'status');
    const note = input.note ?? null;
    const markedAt = nowIn(context);
    if (input.status === 'dead') {
      const death: ResolvedMovement = {
        person: input.person,
        type: 'death',
        at: markedAt,
        toCentre: null,
        toLocation: null,
        reason: 'emergency',
        note: note ?? `emergency ${emergency.kind}`,
        emergency: emergency.id,
      };
      await applyMovements(w, [death], context.actor.username, 'no_placement');
    }
    const updated = await setMark(w.tx, emergency.id, input.person, { status: input.status, note, markedAt, markedBy: context.actor.username });
    w.audit({
      action: 'emergency.person_marked',
      subjectType: 'person',
      subjectId: input.person,
      centre: emergency.centre,
      old: { status: row.status, note: row.note },
      new: { emergency: emergency.id, status: input.status, note, ...(input.status === 'dead' ? { movement: 'death' } : {}) },
    });
    return { emergency: emergency.id, person: input.person, status: input.status, note, markedAt, markedBy: (updated ?? row).markedBy };
  });
}
