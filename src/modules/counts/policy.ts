import { EVERY_ROLE, type Role } from '../../kernel/access.ts';

/**
 * Who may start, enter, reconcile, close and read counts, and read the roll sheet. Everything is
 * further limited to the caseload.
 */
export const COUNT_PERMISSIONS = {
  'count.start': ['officer', 'supervisor', 'director'],
  'count.enter': ['officer', 'supervisor', 'director'],
  'count.reconcile': ['supervisor', 'director'],
  'count.close': ['supervisor', 'director'],
  'count.read': EVERY_ROLE,
  /** The roll sheet is a view of the roll: whoever may read the roll may print it. */
  'roll.read': EVERY_ROLE,
} as const satisfies Record<string, readonly Role[]>;
