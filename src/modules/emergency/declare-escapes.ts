import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { applyMovements, loadStates } from '../roll/index.ts';
import { refuseIfClosed } from './mark-person.ts';
import { loadEmergency, markEscaped, unverifiedOn, updateEmergency } from './repository.ts';

/**
 * The director's one action once the search is over: everyone still unverified who is inside
 * the centre gets an `escape` movement under the emergency, in one transaction, and is marked
 * escaped. People already unaccounted for (an escape recorded on its own) are marked escaped
 * without a second movement; people whom a movement took elsewhere meanwhile are left as they are.
 */
export async function declareEscapes(db: Database, context: AuditContext, input: { emergency: string; at?: Date | undefined }) {
  const now = nowIn(context);
  const at = input.at ?? now;
  if (at.getTime() > now.getTime() + 5 * 60_000) throw new AppError('VALIDATION_FAILED', { detail: 'at: in the future' }, 'at');
  return runAudited(db, context, async (w) => {
    const emergency = await loadEmergency(w.tx, input.emergency, { forUpdate: true });
    refuseIfClosed(emergency);
    if (at < emergency.declaredAt) throw new AppError('VALIDATION_FAILED', { detail: `at: before the emergency was declared (${emergency.declaredAt.toISOString()})` }, 'at');
    const unverified = await unverifiedOn(w.tx, emergency.id, { forUpdate: true });
    const states = await loadStates(w.tx, unverified);
    const escaping: string[] = [];
    const alreadyUnaccounted: string[] = [];
    const skipped: string[] = [];
    for (const person of unverified) {
      const state = states.get(person)?.state;
      if (state?.centre === emergency.centre && state.state === 'in') escaping.push(person);
      else if (state?.state === 'unaccounted') alreadyUnaccounted.push(person);
      else skipped.push(person);
    }
    const reason = `emergency ${emergency.kind}`;
    await applyMovements(
      w,
      escaping.map((person) => ({ person, type: 'escape', at, toCentre: null, toLocation: null, reason, emergency: emergency.id })),
      context.actor.username,
      'no_placement',
    );
    await markEscaped(w.tx, emergency.id, [...escaping, ...alreadyUnaccounted], now, context.actor.username);
    await updateEmergency(w.tx, emergency.id, { escapesDeclaredAt: now });
    w.audit({
      action: 'emergency.escapes_declared',
      subjectType: 'emergency',
      subjectId: emergency.id,
      centre: emergency.centre,
      new: { at, count: escaping.length, people: escaping, alreadyUnaccounted, skipped },
    });
    return { emergency: emergency.id, at, escaped: escaping, alreadyUnaccounted, skipped };
  });
}
