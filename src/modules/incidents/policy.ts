import type { Role } from '../../kernel/access.ts';

/**
 * Who may read and write incident reports. Everything is further limited to the caseload, and
 * the status workflow's own table (`transitions.ts`) says who takes each action. Oversight and
 * the other specialists read; they never write.
 */
export const INCIDENT_PERMISSIONS = {
  'incident.read': ['officer', 'supervisor', 'director', 'classification', 'intelligence', 'health', 'hq', 'oversight'],
  /** Open a first report. */
  'incident.report': ['officer', 'supervisor', 'director', 'hq'],
  /** Change a report at all (the reporter, a reviewer): who may call the write routes; transitions.ts decides the rest. */
  'incident.write': ['officer', 'supervisor', 'director', 'hq'],
  /**
   * Change a report (correct it, add people, staff, items, addenda…): its reporter, or these
   * roles on anyone's report (a supervisor completes a report for an officer).
   */
  'incident.edit_any': ['supervisor', 'director', 'hq'],
} as const satisfies Record<string, readonly Role[]>;
