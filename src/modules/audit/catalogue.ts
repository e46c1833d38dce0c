/**
 * Every action the audit log knows. An entry with an action outside this list cannot be written:
 * the type system refuses it, and so do the tests that read the log.
 */
export const AUDIT_ACTIONS = [
  'system.started',
  'audit.checkpointed',
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
  'user.password_reset',
  'centre.created',
  'centre.authority_changed',
  'location.created',
  'location.capacity_changed',
  'location.status_changed',
  'person.created',
  'person.next_of_kin_added',
  'person.description_changed',
  'person.photo_recorded',
  'custody.admitted',
  'custody.released',
  'custody.transferred',
  'custody.moved',
  'custody.legal_status_changed',
  'case.added',
  'import.applied',
  'emergency.declared',
  'emergency.person_marked',
  'emergency.location_verified',
  'emergency.escapes_declared',
  'emergency.closed',
  'count.started',
  'count.entered',
  'count.reconciled',
  'count.closed',
  'group.created',
  'group.updated',
  'group.relation_recorded',
  'group.relation_ended',
  'membership.recorded',
  'membership.ended',
  'non_association.opened',
  'non_association.closed',
  'non_association.reopened',
  'classification.recorded',
  'placement.moved',
  'placement.overridden',
  // Reads of restricted records (intelligence): who looked at whose memberships, and when.
  'membership.read',
  'group.members_read',
  'power_map.read',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
