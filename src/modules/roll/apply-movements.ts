import { AppError } from '../../kernel/errors.ts';
import type { AuditedTransaction } from '../audit/index.ts';
import { closeEpisodes, setEpisodeCentres } from '../register/index.ts';
import { planMovements, type KnownState, type MovementPlan } from './plan-movements.ts';
import { loadStates, writeMovementPlan } from './repository.ts';
import { notifyRollChanged } from './roll-events.ts';
import type { ResolvedMovement } from './transitions.ts';

/**
 * The one path by which movements change the roll, live or imported: load the people's
 * current state, plan the movements in time order, and write movements, stays and episode
 * changes in the caller's transaction. Throws MOVEMENT_INVALID on the first impossible one
 * (the importer checks them all beforehand with `planMovements`).
 */
export async function applyMovements(w: AuditedTransaction, movements: readonly ResolvedMovement[], recordedBy: string): Promise<MovementPlan> {
  // People arriving by admission have no state to load; if one is in fact in custody, the
  // unique indexes on open stays and episodes refuse the write.
  const people = [...new Set(movements.filter((m) => m.type !== 'admission').map((m) => m.person))];
  const known: Map<string, KnownState> = await loadStates(w.tx, people);
  const plan = planMovements(known, movements);
  const [first] = plan.errors;
  if (first) {
    const m = movements[first.index] as ResolvedMovement;
    if (first.state === 'not_in_custody' && m.type !== 'admission') throw new AppError('PERSON_NOT_IN_CUSTODY', { id: m.person }, 'person');
    throw new AppError('MOVEMENT_INVALID', { type: m.type, id: m.person, detail: first.detail }, 'type');
  }
  await writeMovementPlan(w, plan, recordedBy);
  if (plan.closeEpisodes.length > 0) {
    await closeEpisodes(w, plan.closeEpisodes);
  }
  if (plan.episodeCentres.length > 0) await setEpisodeCentres(w, plan.episodeCentres);
  const touched = plan.movements.flatMap((m) => [m.fromCentre, m.toCentre]).filter((c): c is string => c !== null);
  w.afterCommit(() => notifyRollChanged(touched));
  return plan;
}
