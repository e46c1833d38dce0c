import type { Role, User } from '../../api.ts';

/** Who may do what on the roll screens, as the server allows it (src/modules/roll/policy.ts). */
const ALLOWED = {
  'count.start': ['officer', 'supervisor', 'director'],
  'count.enter': ['officer', 'supervisor', 'director'],
  'count.reconcile': ['supervisor', 'director'],
  'count.close': ['supervisor', 'director'],
  'emergency.declare': ['director'],
  'emergency.verify': ['officer', 'supervisor', 'director'],
  'emergency.declare_escapes': ['director'],
  'emergency.close': ['director'],
  recapture: ['officer', 'supervisor', 'director', 'classification'],
} as const satisfies Record<string, readonly Role[]>;

export type RollAction = keyof typeof ALLOWED;

export function mayRoll(user: Pick<User, 'roles'>, action: RollAction): boolean {
  return user.roles.some((role) => (ALLOWED[action] as readonly Role[]).includes(role));
}
