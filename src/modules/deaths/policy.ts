import { decide, type Principal, type Role } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';

/**
 * Who may read and write the deaths-in-custody register (always within the caseload). Health,
 * the director and headquarters keep it; oversight reads it and writes nothing. Officers and
 * supervisors record a death as a movement (the movement form, the emergency's mark), which opens
 * the entry, but do not read the register: causes and autopsies are for those who answer for them.
 */
export const DEATH_PERMISSIONS = {
  'death.read': ['health', 'director', 'hq', 'oversight'],
  'death.write': ['health', 'director', 'hq'],
} as const satisfies Record<string, readonly Role[]>;

/** Refuses, as the API answers it, a caller who may not act on an entry of `centre`: NOT_FOUND outside the caseload, else FORBIDDEN. */
export function requireDeathAccess(principal: Pick<Principal, 'roles' | 'caseload'>, roles: readonly Role[], centre: string): void {
  const decision = decide(principal, roles, { centre });
  if (decision === 'not_found') throw new AppError('NOT_FOUND');
  if (decision === 'forbidden') throw new AppError('FORBIDDEN');
}
