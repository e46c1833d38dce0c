import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { MovementType, ReleaseReason } from '../../kernel/vocabulary.ts';
import { nowIn, runAudited, type AuditContext, type AuditAction } from '../audit/index.ts';
import { applyMovements, type PlacementCheck } from './apply-movements.ts';
import { MOVEMENT_WORDS } from './movement-words.ts';
import { resolveTargets } from './resolve-targets.ts';
import { TARGET_RULE, type ResolvedMovement } from './transitions.ts';

export interface MovementOptions {
  /** How a movement into a cell is checked: live writers pass housing's guard. */
  guard: PlacementCheck;
}

export interface MovementInput {
  person: string;
  type: Exclude<MovementType, 'admission'>;
  at?: Date;
  /** a cell or centre code, where the type needs one */
  to?: string | null;
  reason?: string | null;
  note?: string | null;
}

/** How far ahead of the clock a movement may be dated (a watch a little fast, a form filled in just before the door opens). */
export const FUTURE_SLACK_MS = 5 * 60_000;

const AUDIT_ACTION: Record<Exclude<MovementType, 'admission'>, AuditAction> = {
  release: 'custody.released',
  death: 'custody.released',
  transfer: 'custody.transferred',
  internal_move: 'custody.moved',
  court_out: 'custody.moved',
  court_return: 'custody.moved',
  hospital_out: 'custody.moved',
  hospital_return: 'custody.moved',
  escape: 'custody.moved',
  recapture: 'custody.moved',
  transfer_out: 'custody.transferred',
  transfer_arrival: 'custody.transferred',
};

/** Resolves `to` against the estate for `person`'s movement (named in the refusal), or says what is wrong with it. */
export async function resolveTarget(db: Database, type: MovementType, to: string | null | undefined, person: string) {
  const rule = TARGET_RULE[type];
  if (!to) {
    if (rule === 'required') {
      throw new AppError('MOVEMENT_INVALID', { type: MOVEMENT_WORDS[type], id: person, detail: { es: 'hace falta una celda o un centro de destino', en: 'a cell or centre is required' } }, 'to');
    }
    return { centre: null, location: null };
  }
  if (rule === 'forbidden') {
    throw new AppError('MOVEMENT_INVALID', { type: MOVEMENT_WORDS[type], id: person, detail: { es: 'este movimiento no lleva destino: deje el destino vacío', en: 'this movement has no destination: leave it empty' } }, 'to');
  }
  const target = (await resolveTargets(db, [to])).get(to);
  if (!target?.ok) {
    if (target?.problem === 'inactive') throw new AppError('LOCATION_INACTIVE', { code: to, status: target.detail }, 'to');
    throw new AppError('LOCATION_NOT_FOUND', { code: to }, 'to');
  }
  return { centre: target.centre, location: target.location };
}

/**
 * Records one movement of a person in custody, live: release, death, transfer, internal move,
 * court and hospital out and back, escape, recapture. The roll follows at once.
 */
export async function recordMovement(db: Database, context: AuditContext, input: MovementInput, options: MovementOptions) {
  const target = await resolveTarget(db, input.type, input.to, input.person);
  const now = nowIn(context);
  const at = input.at ?? now;
  if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) throw new AppError('MOVEMENT_IN_FUTURE', { type: input.type, id: input.person, detail: 'dated in the future', minutes: FUTURE_SLACK_MS / 60_000 }, 'at');
  return runAudited(db, context, async (w) => {
    // The guard checks a placement into a cell, and an arrival into the cell chosen at departure.
    const movement: ResolvedMovement = {
      person: input.person,
      type: input.type,
      at,
      toCentre: target.centre,
      toLocation: target.location,
      reason: input.reason ?? null,
      note: input.note ?? null,
    };
    const plan = await applyMovements(w, [movement], context.actor.username, options.guard);
    const [recorded] = plan.movements;
    w.audit({
      action: AUDIT_ACTION[input.type],
      subjectType: 'person',
      subjectId: input.person,
      // The centre that held the person: its audit chain records the movement.
      centre: recorded?.fromCentre ?? null,
      old: { centre: recorded?.fromCentre, location: recorded?.fromLocation },
      new: { type: input.type, at, centre: recorded?.toCentre, location: recorded?.toLocation, reason: input.reason ?? null, note: input.note ?? null },
    });
    return { movement: recorded, state: plan.finalStates.get(input.person) ?? null };
  });
}

/** Releases a person: the episode ends with its reason. */
export function releasePerson(
  db: Database,
  context: AuditContext,
  input: { person: string; at?: Date; reason: ReleaseReason; note?: string | null },
) {
  // A release or a death puts no one in a cell.
  const options: MovementOptions = { guard: 'no_placement' };
  if (input.reason === 'death') return recordMovement(db, context, { person: input.person, type: 'death', at: input.at, reason: 'death', note: input.note }, options);
  return recordMovement(db, context, { person: input.person, type: 'release', at: input.at, reason: input.reason, note: input.note }, options);
}
