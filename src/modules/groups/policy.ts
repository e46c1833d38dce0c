import type { Role } from '../../kernel/access.ts';

/**
 * Criminal groups and memberships are intelligence: oversight never sees them raw. Placement
 * warnings derived from them reach the officers who move people (see housing).
 */
export const GROUP_PERMISSIONS = {
  'group.read': ['intelligence', 'classification', 'director', 'supervisor', 'hq'],
  'group.manage': ['intelligence'],
  'membership.read': ['intelligence', 'classification', 'director', 'hq'],
  'membership.manage': ['intelligence'],
} as const satisfies Record<string, readonly Role[]>;
