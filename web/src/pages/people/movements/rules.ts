import { decide, type Role } from '../../../../../src/kernel/access.ts';
import type { PersonMovement, Whereabouts } from '../../../api-people.ts';
import type { User } from '../../../api.ts';

/** The movements recorded from a person's page (a cell move has its own screen). */
export const MOVEMENT_ACTIONS = [
  'court_out',
  'court_return',
  'hospital_out',
  'hospital_return',
  'transfer',
  'transfer_out',
  'transfer_arrival',
  'escape',
  'recapture',
  'release',
  'death',
] as const;
export type MovementAction = (typeof MOVEMENT_ACTIONS)[number];

const MOVE: readonly Role[] = ['officer', 'supervisor', 'director', 'classification'];
const RELEASE: readonly Role[] = ['officer', 'supervisor', 'director'];
export const TRANSFER_ROLES: readonly Role[] = ['supervisor', 'director', 'hq'];

/** Who may record each movement, as the server allows it (src/modules/roll/policy.ts, MOVEMENT_PERMISSION). */
const ALLOWED: Record<MovementAction, readonly Role[]> = {
  court_out: MOVE,
  court_return: MOVE,
  hospital_out: MOVE,
  hospital_return: MOVE,
  transfer: TRANSFER_ROLES,
  transfer_out: TRANSFER_ROLES,
  transfer_arrival: MOVE,
  escape: MOVE,
  recapture: MOVE,
  release: RELEASE,
  death: RELEASE,
};

/** Which movements each state allows (src/modules/roll/transitions.ts), in the order they are offered. */
function possible(current: Whereabouts): MovementAction[] {
  switch (current.state) {
    case 'in':
      return ['court_out', 'hospital_out', 'transfer_out', 'transfer', 'release', 'escape', 'death'];
    case 'out':
      if (current.outReason === 'court') return ['court_return', 'release', 'escape', 'death'];
      if (current.outReason === 'hospital') return ['hospital_return', 'release', 'escape', 'death'];
      return ['release', 'escape', 'death'];
    case 'en_route':
      return ['transfer_arrival', 'escape', 'death'];
    case 'unaccounted':
      return ['recapture', 'death'];
  }
}

/**
 * The centre a person en route is going to: the destination of their latest departure (the
 * movements are newest first).
 */
export function destinationOf(current: Whereabouts, movements: readonly PersonMovement[]): string | null {
  if (current.state !== 'en_route') return null;
  return movements.find((m) => m.type === 'transfer_out')?.toCentre ?? null;
}

/**
 * The movements offered to `user` for a person in `current`: those the state allows and the
 * user's roles allow at the centre that records them (the receiving centre for an arrival). A
 * transfer is offered only with another centre of the caseload to send the person to.
 */
export function offeredActions(
  user: Pick<User, 'roles' | 'caseload'>,
  current: Whereabouts,
  options: { destination: string | null; otherCentres: number },
): MovementAction[] {
  return possible(current).filter((action) => {
    const centre = action === 'transfer_arrival' ? options.destination : current.centre;
    if (!centre || decide(user, ALLOWED[action], { centre }) !== 'allow') return false;
    if (action === 'transfer' || action === 'transfer_out') return options.otherCentres > 0;
    return true;
  });
}

/** Whether `user` may record `action` at `centre` (the out and arrivals lists' buttons). */
export function mayRecord(user: Pick<User, 'roles' | 'caseload'>, action: MovementAction, centre: string): boolean {
  return decide(user, ALLOWED[action], { centre }) === 'allow';
}

/** Where each movement may or must go (src/modules/roll/transitions.ts, TARGET_RULE). */
export const TARGET: Record<MovementAction, 'none' | 'optional_cell' | 'required'> = {
  court_out: 'none',
  hospital_out: 'none',
  escape: 'none',
  release: 'none',
  death: 'none',
  court_return: 'optional_cell',
  hospital_return: 'optional_cell',
  transfer_arrival: 'optional_cell',
  transfer: 'required',
  transfer_out: 'required',
  recapture: 'required',
};

/** A location code (not a centre's): the placement check applies to it. */
export const isCellCode = (code: string) => /^[A-Z0-9]+-[A-Z0-9-]+$/.test(code);
