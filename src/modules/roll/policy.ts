import { decide, EVERY_ROLE, type Principal, type Role } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { MovementType } from '../../kernel/vocabulary.ts';

/** Who may see the roll and record movements. Everything is further limited to the caseload. */
export const ROLL_PERMISSIONS = {
  'roll.read': EVERY_ROLE,
  'custody.admit': ['officer', 'supervisor', 'director'],
  'custody.release': ['officer', 'supervisor', 'director'],
  'custody.transfer': ['supervisor', 'director', 'hq'],
  'custody.move': ['officer', 'supervisor', 'director', 'classification'],
} as const satisfies Record<string, readonly Role[]>;

/** Who may record each kind of movement (at the centre that records it). */
export const MOVEMENT_PERMISSION: Record<Exclude<MovementType, 'admission'>, readonly Role[]> = {
  release: ROLL_PERMISSIONS['custody.release'],
  death: ROLL_PERMISSIONS['custody.release'],
  transfer: ROLL_PERMISSIONS['custody.transfer'],
  internal_move: ROLL_PERMISSIONS['custody.move'],
  court_out: ROLL_PERMISSIONS['custody.move'],
  court_return: ROLL_PERMISSIONS['custody.move'],
  hospital_out: ROLL_PERMISSIONS['custody.move'],
  hospital_return: ROLL_PERMISSIONS['custody.move'],
  escape: ROLL_PERMISSIONS['custody.move'],
  recapture: ROLL_PERMISSIONS['custody.move'],
  transfer_out: ROLL_PERMISSIONS['custody.transfer'],
  transfer_arrival: ROLL_PERMISSIONS['custody.move'],
};

/** Refuses, as the API answers it, a caller who may not act at `centre`: NOT_FOUND outside the caseload, else FORBIDDEN. */
export function requireAllowed(principal: Pick<Principal, 'roles' | 'caseload'>, roles: readonly Role[], centre: string): void {
  const decision = decide(principal, roles, { centre });
  if (decision === 'not_found') throw new AppError('NOT_FOUND');
  if (decision === 'forbidden') throw new AppError('FORBIDDEN');
}
