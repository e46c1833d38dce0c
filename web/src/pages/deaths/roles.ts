import type { Role, User } from '../../api.ts';

/**
 * Who may read and keep the deaths-in-custody register, as the server allows it
 * (src/modules/deaths/policy.ts). The server decides; these only hide what would be refused.
 */
const ALLOWED = {
  read: ['health', 'director', 'hq', 'oversight'],
  write: ['health', 'director', 'hq'],
} as const satisfies Record<string, readonly Role[]>;

export function mayDeaths(user: Pick<User, 'roles'>, action: keyof typeof ALLOWED): boolean {
  return user.roles.some((role) => (ALLOWED[action] as readonly Role[]).includes(role));
}
