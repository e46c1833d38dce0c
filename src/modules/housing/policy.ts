import { EVERY_ROLE, type Role } from '../../kernel/access.ts';

/** Who may see and decide housing. Everything is further limited to the caseload. */
export const HOUSING_PERMISSIONS = {
  'non_association.read': ['officer', 'supervisor', 'director', 'classification', 'intelligence', 'hq'],
  'non_association.manage': ['classification', 'director'],
  'classification.manage': ['classification', 'director'],
  'placement.check': ['officer', 'supervisor', 'director', 'classification'],
  'placement.move': ['officer', 'supervisor', 'director', 'classification'],
  /** Only a director may override a blocking reason, with a reason. */
  'placement.override': ['director'],
  'placement.overrides.read': ['supervisor', 'director', 'classification', 'hq', 'oversight'],
  'power_map.read': ['intelligence', 'director', 'classification', 'supervisor', 'hq'],
  'cell_moves.read': EVERY_ROLE,
} as const satisfies Record<string, readonly Role[]>;
