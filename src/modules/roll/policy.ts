import { EVERY_ROLE, type Role } from '../../kernel/access.ts';

/** Who may see the roll and record movements. Everything is further limited to the caseload. */
export const ROLL_PERMISSIONS = {
  'roll.read': EVERY_ROLE,
  'custody.admit': ['officer', 'supervisor', 'director'],
  'custody.release': ['officer', 'supervisor', 'director'],
  'custody.transfer': ['supervisor', 'director', 'hq'],
  'custody.move': ['officer', 'supervisor', 'director', 'classification'],
  'emergency.read': EVERY_ROLE,
  'emergency.declare': ['director'],
  'emergency.verify': ['officer', 'supervisor', 'director'],
  'emergency.declare_escapes': ['director'],
  'emergency.close': ['director'],
  'count.start': ['officer', 'supervisor', 'director'],
  'count.enter': ['officer', 'supervisor', 'director'],
  'count.reconcile': ['supervisor', 'director'],
  'count.close': ['supervisor', 'director'],
  'count.read': EVERY_ROLE,
} as const satisfies Record<string, readonly Role[]>;
