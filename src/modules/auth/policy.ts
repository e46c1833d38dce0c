import type { Role } from '../../kernel/access.ts';

/** Who may manage users and read the audit log: a permission and the roles that hold it. */
export const AUTH_PERMISSIONS = {
  'user.read': ['admin'],
  'user.manage': ['admin'],
  'audit.read': ['admin'],
  'audit.verify': ['admin', 'oversight'],
} as const satisfies Record<string, readonly Role[]>;
