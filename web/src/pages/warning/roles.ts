import type { Role, User } from '../../api.ts';

/**
 * Who may read and handle early-warning alerts, as the server allows it (a copy of
 * src/modules/warning/policy.ts). What may be done with one alert comes with it (`can`); whether
 * its reasons are withheld, too (`withheld`).
 */
const ALLOWED = {
  read: ['officer', 'supervisor', 'director', 'classification', 'intelligence', 'hq', 'oversight'],
  handle: ['supervisor', 'director', 'intelligence', 'hq'],
  /** Told at once on screen of a critical alert raised at their centres. */
  notified: ['director', 'hq'],
} as const satisfies Record<string, readonly Role[]>;

export type WarningPermission = keyof typeof ALLOWED;

export function mayWarning(user: Pick<User, 'roles'>, permission: WarningPermission): boolean {
  return user.roles.some((role) => (ALLOWED[permission] as readonly Role[]).includes(role));
}
