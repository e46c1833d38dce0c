import type { Role, User } from '../../api.ts';

/** Who may do what with people in custody, as the server allows it (src/modules/roll/policy.ts, register/policy.ts). */
const ALLOWED = {
  admit: ['officer', 'supervisor', 'director'],
  release: ['officer', 'supervisor', 'director'],
  transfer: ['supervisor', 'director', 'hq'],
  internal_move: ['officer', 'supervisor', 'director', 'classification'],
  /** The photograph and physical description (src/modules/register/policy.ts, `person.register`). */
  identify: ['officer', 'supervisor', 'director', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type PersonAction = keyof typeof ALLOWED;

export function may(user: Pick<User, 'roles'>, action: PersonAction): boolean {
  return user.roles.some((role) => (ALLOWED[action] as readonly Role[]).includes(role));
}
