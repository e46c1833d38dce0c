import type { Role, User } from '../../api.ts';

/** Roles that work at centres: their start page shows the chosen centre now. */
const CENTRE_ROLES: readonly Role[] = ['officer', 'supervisor', 'director', 'classification', 'intelligence', 'health'];
/** Roles that watch the whole country (or their caseload of centres) at once. */
const NATIONAL_ROLES: readonly Role[] = ['hq', 'oversight'];

/** Which parts of the start page a user gets: the union of what each of their roles gets. */
export interface StartViews {
  /** The chosen centre now: roll, counts, people out, emergency. */
  centre: boolean;
  /** The director's cards: pavilions over capacity, pretrial limits, overrides. */
  director: boolean;
  /** Every centre's figures in one table. */
  national: boolean;
}

export function startViews(user: Pick<User, 'roles'>): StartViews {
  const holds = (roles: readonly Role[]) => user.roles.some((role) => roles.includes(role));
  return { centre: holds(CENTRE_ROLES), director: user.roles.includes('director'), national: holds(NATIONAL_ROLES) };
}
