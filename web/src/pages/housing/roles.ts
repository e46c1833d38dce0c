import type { Role, User } from '../../api.ts';

/**
 * Who may do what with criminal groups, non-associations, classification and cell moves, as the
 * server allows it (src/modules/groups/policy.ts, src/modules/housing/policy.ts,
 * src/modules/register/policy.ts). The server decides; these only hide what would be refused.
 */
const ALLOWED = {
  'group.read': ['intelligence', 'classification', 'director', 'supervisor', 'hq'],
  'group.manage': ['intelligence'],
  'membership.read': ['intelligence', 'classification', 'director', 'hq'],
  'membership.manage': ['intelligence'],
  'non_association.read': ['officer', 'supervisor', 'director', 'classification', 'intelligence', 'hq'],
  'non_association.manage': ['classification', 'director'],
  'classification.manage': ['classification', 'director'],
  'placement.move': ['officer', 'supervisor', 'director', 'classification'],
  'placement.override': ['director'],
  'placement.overrides.read': ['supervisor', 'director', 'classification', 'hq', 'oversight'],
  'power_map.read': ['intelligence', 'director', 'classification', 'supervisor', 'hq'],
} as const satisfies Record<string, readonly Role[]>;

export type HousingAction = keyof typeof ALLOWED;

export function mayHousing(user: Pick<User, 'roles'>, action: HousingAction): boolean {
  return user.roles.some((role) => (ALLOWED[action] as readonly Role[]).includes(role));
}
