import { EVERY_ROLE, type Role } from '../../kernel/access.ts';

/** Who may read and change the register. Reads are further limited to the caseload. */
export const REGISTER_PERMISSIONS = {
  'person.read': EVERY_ROLE,
  /** The pretrial limits of a centre: whoever may read a person's file, which shows the clock. */
  'pretrial.read': EVERY_ROLE,
  'person.register': ['officer', 'supervisor', 'director', 'admin'],
  'legal_status.change': ['classification', 'director'],
  'classification.record': ['classification', 'director'],
  'case.add': ['classification', 'director', 'officer', 'supervisor'],
} as const satisfies Record<string, readonly Role[]>;
