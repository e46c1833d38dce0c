import type { Role } from '../../kernel/access.ts';

/**
 * Who may record and read searches and seizures. Everything is further limited to the caseload:
 * a search or a find outside it answers as one that does not exist.
 */
export const INTELLIGENCE_PERMISSIONS = {
  'seizure.read': ['officer', 'supervisor', 'director', 'intelligence', 'hq', 'oversight'],
  'seizure.record': ['officer', 'supervisor', 'director', 'intelligence'],
} as const satisfies Record<string, readonly Role[]>;

export type IntelligencePermission = keyof typeof INTELLIGENCE_PERMISSIONS;

/** Items that make a find a weapon find (the rest are contraband). */
export const WEAPON_ITEMS = ['firearm', 'ammunition', 'explosive', 'blade'] as const;
