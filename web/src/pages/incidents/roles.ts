import type { IncidentAction } from '../../../../src/modules/incidents/schemas.ts';
import type { Role, User } from '../../api.ts';

/**
 * Who may read and open incident reports, as the server allows it (a copy of
 * src/modules/incidents/policy.ts). What may be done with one report comes with it (`allowed`).
 */
const ALLOWED = {
  read: ['officer', 'supervisor', 'director', 'classification', 'intelligence', 'health', 'hq', 'oversight'],
  report: ['officer', 'supervisor', 'director', 'hq'],
} as const satisfies Record<string, readonly Role[]>;

export type IncidentPermission = keyof typeof ALLOWED;

export function mayIncident(user: Pick<User, 'roles'>, permission: IncidentPermission): boolean {
  return user.roles.some((role) => (ALLOWED[permission] as readonly Role[]).includes(role));
}

/** The actions that need a comment giving the reason (src/modules/incidents/transitions.ts). */
export const COMMENTED: readonly IncidentAction[] = ['return', 'mark_duplicate', 'mark_not_reportable', 'reopen'];
