import type { Localised } from '../../kernel/language.ts';
import type { MovementType, ReleaseReason } from '../../kernel/vocabulary.ts';
import type { MovementRecord } from '../register/index.ts';
import { nextState, type PersonState, type ResolvedMovement } from './transitions.ts';

/** A person's state with the id of the open stay row that holds it, if it is in the database. */
export interface KnownState {
  state: PersonState;
  stayId: number | null;
}

export interface PlannedStay {
  person: string;
  episode: string;
  centre: string;
  location: string | null;
  state: PersonState['state'];
  outReason: PersonState['outReason'];
  destination: string | null;
  destinationLocation: string | null;
  validFrom: Date;
  validTo: Date | null;
}

/** A movement row to write: where from and to, as a `MovementRecord` will read it. */
export interface PlannedMovement extends Pick<MovementRecord, 'at' | 'fromCentre' | 'fromLocation' | 'toCentre' | 'toLocation' | 'reason'> {
  person: string;
  episode: string;
  type: MovementType;
  emergency: string | null;
}

export interface MovementPlan {
  movements: PlannedMovement[];
  /** New stay rows; some closed again within the plan. */
  stays: PlannedStay[];
  /** Open stay rows in the database to close. */
  closeStays: { id: number; validTo: Date }[];
  closeEpisodes: { episode: string; releasedAt: Date; reason: ReleaseReason | 'unspecified'; note: string | null }[];
  episodeCentres: { episode: string; centre: string }[];
  /** The state of everyone touched, after the plan. null = no longer in custody. */
  finalStates: Map<string, PersonState | null>;
  /** Index into the input, and why that movement is impossible (`tooEarly`: dated before the person's last movement). */
  errors: { index: number; detail: string; why: Localised; state: string; tooEarly?: { last: Date } }[];
}

/**
 * Applies movements in time order (stable for equal times) to the known states, in memory,
 * and says what to write: movement rows, stay intervals, episodes ended or moved. Pure. An
 * impossible movement is reported and skipped; the ones after it are still checked.
 */
export function planMovements(initial: ReadonlyMap<string, KnownState>, movements: readonly ResolvedMovement[]): MovementPlan {
  const plan: MovementPlan = { movements: [], stays: [], closeStays: [], closeEpisodes: [], episodeCentres: [], finalStates: new Map(), errors: [] };
  // Per person: the current state and where its open interval lives (database row or plan index).
  const current = new Map<string, { state: PersonState; stayId: number | null; planned: number | null }>();
  for (const [person, known] of initial) current.set(person, { ...known, planned: null });

  const order = movements.map((m, index) => ({ m, index })).sort((a, b) => a.m.at.getTime() - b.m.at.getTime() || a.index - b.index);
  for (const { m, index } of order) {
    const before = current.get(m.person) ?? null;
    const transition = nextState(before?.state ?? null, m);
    if (!transition.ok) {
      plan.errors.push({ index, detail: transition.detail, why: transition.why, state: transition.state, ...(transition.tooEarly ? { tooEarly: transition.tooEarly } : {}) });
      continue;
    }
    const episode = before?.state.episode ?? m.episode ?? '';
    plan.movements.push({
      person: m.person,
      episode,
      type: m.type,
      at: m.at,
      fromCentre: before?.state.centre ?? null,
      fromLocation: before?.state.location ?? null,
      // A departure records where the person is going; everything else where they are now.
      toCentre: transition.next?.state === 'en_route' ? (transition.next.destination ?? null) : (transition.next?.centre ?? null),
      toLocation: transition.next?.state === 'en_route' ? (transition.next.destinationLocation ?? null) : (transition.next?.location ?? null),
      reason: m.reason,
      emergency: m.emergency ?? null,
    });
    if (before) {
      if (before.planned !== null) (plan.stays[before.planned] as PlannedStay).validTo = m.at;
      else if (before.stayId !== null) plan.closeStays.push({ id: before.stayId, validTo: m.at });
    }
    const next = transition.next;
    if (next) {
      plan.stays.push({
        person: next.person,
        episode: next.episode,
        centre: next.centre,
        location: next.location,
        state: next.state,
        outReason: next.outReason,
        destination: next.destination ?? null,
        destinationLocation: next.destinationLocation ?? null,
        validFrom: m.at,
        validTo: null,
      });
      current.set(m.person, { state: next, stayId: null, planned: plan.stays.length - 1 });
      if (transition.movedCentre) plan.episodeCentres.push({ episode: next.episode, centre: next.centre });
    } else {
      current.delete(m.person);
      plan.closeEpisodes.push({ episode, releasedAt: m.at, reason: transition.ends ?? 'unspecified', note: m.note ?? m.reason });
    }
    plan.finalStates.set(m.person, next);
  }
  return plan;
}
