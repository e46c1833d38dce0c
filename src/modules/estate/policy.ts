import { EVERY_ROLE, type Role } from '../../kernel/access.ts';

/** Who may see and change the estate. Reads are further limited to the caseload. */
export const ESTATE_PERMISSIONS = {
  'centre.read': EVERY_ROLE,
  'centre.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
