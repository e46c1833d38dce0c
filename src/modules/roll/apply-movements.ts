import { AppError } from '../../kernel/errors.ts';
import type { AuditedTransaction } from '../audit/index.ts';
import { closeEpisodes, setEpisodeCentres } from '../register/index.ts';
import { MOVEMENT_WORDS } from './movement-words.ts';
import { planMovements, type KnownState, type MovementPlan } from './plan-movements.ts';
import { loadStates, writeMovementPlan } from './repository.ts';
import { notifyRollChanged } from './roll-events.ts';
import type { ResolvedMovement } from './transitions.ts';

/**
 * The placement check for a live movement that puts someone in a cell; throws to refuse it.
 * Supplied by housing through the composition root (the roll does not depend on housing).
 */
export type PlacementGuard = (w: AuditedTransaction, placement: { person: string; centre: string; location: string; at: Date }) => Promise<void>;

/**
 * How the movements that put someone in a cell are checked; every writer says which:
 * - a `PlacementGuard`: each placement is checked in the transaction (live recording);
 * - `'unchecked_replay'`: history already decided elsewhere is replayed as it stands (the importer);
 * - `'checked_by_caller'`: the caller has just run the full check under the placement lock (housing's cell move);
 * - `'no_placement'`: the movements put no one in a cell (escapes, deaths); one that does is refused.
 */
export type PlacementCheck = PlacementGuard | 'unchecked_replay' | 'checked_by_caller' | 'no_placement';

/** The cell each movement puts its person in, if any: its target, or for an arrival the cell chosen at departure. */
function placementOf(m: ResolvedMovement, known: ReadonlyMap<string, KnownState>): { centre: string; location: string } | null {
  if (m.toCentre && m.toLocation) return { centre: m.toCentre, location: m.toLocation };
  const state = known.get(m.person)?.state;
  if (m.type === 'transfer_arrival' && state?.destination && state.destinationLocation) return { centre: state.destination, location: state.destinationLocation };
  return null;
}

async function checkPlacements(w: AuditedTransaction, movements: readonly ResolvedMovement[], known: ReadonlyMap<string, KnownState>, check: PlacementCheck) {
  if (check === 'unchecked_replay' || check === 'checked_by_caller') return;
  for (const m of movements) {
    const placement = placementOf(m, known);
    if (!placement) continue;
    if (check === 'no_placement') throw new Error(`applyMovements: ${m.type} of ${m.person} puts them in ${placement.location}, but the caller said no one is placed`);
    await check(w, { person: m.person, ...placement, at: m.at });
  }
}

/**
 * The one path by which movements change the roll, live or imported: load the people's
 * current state, check the placements as `placement` says, plan the movements in time order,
 * and write movements, stays and episode changes in the caller's transaction. Throws
 * MOVEMENT_INVALID on the first impossible one (the importer checks them all beforehand with
 * `planMovements`).
 */
export async function applyMovements(w: AuditedTransaction, movements: readonly ResolvedMovement[], recordedBy: string, placement: PlacementCheck): Promise<MovementPlan> {
  // People arriving by admission have no state to load; if one is in fact in custody, the
  // unique indexes on open stays and episodes refuse the write.
  const people = [...new Set(movements.filter((m) => m.type !== 'admission').map((m) => m.person))];
  const known: Map<string, KnownState> = await loadStates(w.tx, people, { lock: true });
  await checkPlacements(w, movements, known, placement);
  const plan = planMovements(known, movements);
  const [first] = plan.errors;
  if (first) {
    const m = movements[first.index] as ResolvedMovement;
    if (first.state === 'not_in_custody' && m.type !== 'admission') throw new AppError('PERSON_NOT_IN_CUSTODY', { id: m.person }, 'person');
    if (first.tooEarly) throw new AppError('MOVEMENT_BEFORE_LAST', { id: m.person, last: `${first.tooEarly.last.toISOString().slice(0, 16).replace('T', ' ')} UTC` }, 'at');
    throw new AppError('MOVEMENT_INVALID', { type: MOVEMENT_WORDS[m.type], id: m.person, detail: first.why }, 'type');
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
