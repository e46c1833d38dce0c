import type { Database, Queryable } from '../../db/engine.ts';
import { decide, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { RELEASE_REASONS } from '../../kernel/vocabulary.ts';
import { nowIn, type AuditContext } from '../audit/index.ts';
import { findCustody } from '../register/index.ts';
import type { PlacementGuard } from './apply-movements.ts';
import { releaseReasonRefusal } from './movement-words.ts';
import { MOVEMENT_PERMISSION, requireAllowed, ROLL_PERMISSIONS } from './policy.ts';
import { recordMovement, resolveTarget, type MovementInput } from './record-movement.ts';
import { loadStates } from './repository.ts';
import type { PersonState } from './transitions.ts';

/** Housing's cell move (the full placement check, kept in the person's cell-move history). */
export type CellMove = (db: Database, context: AuditContext, input: { person: string; cell: string; at?: Date; comment: string }) => Promise<unknown>;

export interface MovementDeps {
  db: Database;
  /** The placement check for movements that put someone in a cell (housing's, through the composition root). */
  guardPlacement: PlacementGuard;
  /** When given, an internal move goes through it, without any override. */
  cellMove?: CellMove | undefined;
}

type Caller = Pick<Principal, 'roles' | 'caseload'>;

/** A release's reasons: a death is recorded as a `death` movement, never as a reason for release. */
const LIVE_RELEASE_REASONS = RELEASE_REASONS.filter((r) => r !== 'death');

/**
 * The centre that records this movement: the receiving centre for an arrival, the centre holding
 * the person otherwise. A person held elsewhere and one who does not exist are the same
 * NOT_FOUND; one the caller knows who is no longer in custody is PERSON_NOT_IN_CUSTODY.
 */
async function recordingCentre(db: Queryable, caller: Caller, person: string, type: MovementInput['type']): Promise<string> {
  if (type === 'transfer_arrival') {
    const destination = (await loadStates(db, [person])).get(person)?.state.destination;
    if (destination) {
      if (!isInCaseload(caller, destination)) throw new AppError('NOT_FOUND');
      return destination;
    }
  }
  return (await findCustody(db, person, caller)).centre;
}

/**
 * A recapture returns a person to the centre they escaped from. Taking them to another centre is
 * a transfer: only someone with transfer rights and the receiving centre in their caseload may.
 */
async function refuseRecaptureElsewhere(db: Database, caller: Caller, person: string, centre: string, to: string | null | undefined): Promise<void> {
  const target = await resolveTarget(db, 'recapture', to, person);
  if (target.centre === null || target.centre === centre) return;
  if (decide(caller, ROLL_PERMISSIONS['custody.transfer'], { centre: target.centre }) !== 'allow') {
    throw new AppError('RECAPTURE_ELSEWHERE', { centre, to: target.centre }, 'to');
  }
}

/**
 * A transfer puts the person in the receiving centre's custody: only someone with transfer
 * rights there (the centre in their caseload) may send them (TRANSFER_DESTINATION_FORBIDDEN, on `to`).
 */
async function refuseTransferElsewhere(db: Database, caller: Caller, person: string, type: 'transfer' | 'transfer_out', to: string | null | undefined): Promise<void> {
  const target = await resolveTarget(db, type, to, person);
  if (target.centre === null) return;
  if (decide(caller, ROLL_PERMISSIONS['custody.transfer'], { centre: target.centre }) !== 'allow') {
    throw new AppError('TRANSFER_DESTINATION_FORBIDDEN', { to: target.centre }, 'to');
  }
}

/**
 * Records a movement asked for by a user: decides who may record it where, then records it. An
 * internal move is a cell move (checked in full and kept in the cell-move history) when housing's
 * cell move is wired in; every other movement into a cell passes the placement guard.
 */
export async function recordPersonMovement(
  deps: MovementDeps,
  caller: Caller,
  context: AuditContext,
  input: MovementInput,
): Promise<{ type: MovementInput['type']; at: Date; state: PersonState | null }> {
  const centre = await recordingCentre(deps.db, caller, input.person, input.type);
  requireAllowed(caller, MOVEMENT_PERMISSION[input.type], centre);
  if (input.type === 'recapture') await refuseRecaptureElsewhere(deps.db, caller, input.person, centre, input.to);
  if (input.type === 'transfer' || input.type === 'transfer_out') await refuseTransferElsewhere(deps.db, caller, input.person, input.type, input.to);
  if (input.type === 'release' && (!input.reason || !(LIVE_RELEASE_REASONS as readonly string[]).includes(input.reason))) {
    throw new AppError('VALIDATION_FAILED', { detail: releaseReasonRefusal(LIVE_RELEASE_REASONS) }, 'reason');
  }
  if (input.type === 'internal_move' && deps.cellMove && input.to) {
    await resolveTarget(deps.db, 'internal_move', input.to, input.person); // unknown or closed: said as such
    const comment = [input.reason, input.note].filter(Boolean).join(' — ') || 'internal_move';
    await deps.cellMove(deps.db, context, { person: input.person, cell: input.to, comment, ...(input.at ? { at: input.at } : {}) });
    const state = (await loadStates(deps.db, [input.person])).get(input.person)?.state ?? null;
    return { type: input.type, at: state?.since ?? nowIn(context), state };
  }
  const result = await recordMovement(deps.db, context, input, { guard: deps.guardPlacement });
  return { type: input.type, at: result.movement?.at ?? nowIn(context), state: result.state };
}
