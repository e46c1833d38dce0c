import type { Role, User } from '../../api.ts';

/**
 * Who may read and record searches and finds, as the server allows it
 * (src/modules/intelligence/policy.ts). The server decides; these only hide what would be refused.
 */
const ALLOWED = {
  read: ['officer', 'supervisor', 'director', 'intelligence', 'hq', 'oversight'],
  record: ['officer', 'supervisor', 'director', 'intelligence'],
} as const satisfies Record<string, readonly Role[]>;

export function maySeizures(user: Pick<User, 'roles'>, action: keyof typeof ALLOWED): boolean {
  return user.roles.some((role) => (ALLOWED[action] as readonly Role[]).includes(role));
}
