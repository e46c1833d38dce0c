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
  /**
   * Who reads a placement warning built from criminal groups (rivals around, a rival group's
   * territory) in full: the staff who move people and those who may read groups (the groups
   * module's policy). Anyone else sees that the warning exists, not the groups or their numbers.
   */
  'placement.group_details': ['officer', 'supervisor', 'director', 'classification', 'intelligence', 'hq'],
} as const satisfies Record<string, readonly Role[]>;
