/**
 * Every action the audit log knows. An entry with an action outside this list cannot be written:
 * the type system refuses it, and so do the tests that read the log.
 */
export const AUDIT_ACTIONS = [
  'system.started',
  'auth.login',
  'auth.login_failed',
  'auth.account_locked',
  'auth.account_unlocked',
  'auth.logout',
  'auth.password_changed',
  'user.created',
  'user.roles_changed',
  'user.caseload_changed',
  'user.language_changed',
  'user.activated',
  'user.deactivated',
  'centre.created',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
