import type { Role } from '../../kernel/access.ts';

/**
 * Who may read and handle early-warning alerts; everything is further limited to the caseload
 * (an alert of a centre outside it answers 404).
 *
 * - Read: the staff of a centre who keep order (officer, supervisor, director, classification,
 *   intelligence), HQ, and oversight (read-only). Health staff and administrators do not.
 * - Acknowledge and resolve by hand: the staff who answer for the response — supervisor,
 *   director, intelligence — and HQ.
 * - Restricted details (reasons, people, groups and timeline of an alert built on intelligence):
 *   exactly the roles that may read group memberships (`membership.read`). Others see the type,
 *   place, severity, score, since and status, with `withheld: true`.
 * - The live stream of critical alerts: every reader of the centre (its directors and HQ among
 *   them); the event carries no reasons and no people.
 */
export const WARNING_PERMISSIONS = {
  'alert.read': ['officer', 'supervisor', 'director', 'classification', 'intelligence', 'hq', 'oversight'],
  'alert.handle': ['supervisor', 'director', 'intelligence', 'hq'],
  /** The same roles as groups' `membership.read` (policy.test.ts keeps them equal). */
  'alert.read_restricted': ['intelligence', 'classification', 'director', 'hq'],
} as const satisfies Record<string, readonly Role[]>;

export type WarningPermission = keyof typeof WARNING_PERMISSIONS;
