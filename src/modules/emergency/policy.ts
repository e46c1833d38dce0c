import { EVERY_ROLE, type Role } from '../../kernel/access.ts';

/** Who may declare, verify and close emergencies. Everything is further limited to the caseload. */
export const EMERGENCY_PERMISSIONS = {
  'emergency.read': EVERY_ROLE,
  'emergency.declare': ['director'],
  'emergency.verify': ['officer', 'supervisor', 'director'],
  'emergency.declare_escapes': ['director'],
  'emergency.close': ['director'],
} as const satisfies Record<string, readonly Role[]>;
