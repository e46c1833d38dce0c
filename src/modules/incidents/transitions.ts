import { hasAnyRole, type Principal, type Role } from '../../kernel/access.ts';
import { INCIDENT_PERMISSIONS } from './policy.ts';
import type { IncidentAction, IncidentStatus } from './schemas.ts';

/**
 * The status workflow of an incident report, as data: each action, the statuses it starts from,
 * the status it leads to, who may take it and what it requires. Pure: the use cases and the web's
 * buttons decide with these functions; the grid tests read the same table.
 *
 * `reporter` is the user who reported it (while they hold a reporting role), and any supervisor
 * of the centre acting for them (an officer off duty, a report completed on their behalf).
 */
export type Actor = Role | 'reporter';

export interface Transition {
  action: IncidentAction;
  from: readonly IncidentStatus[];
  to: IncidentStatus;
  by: readonly Actor[];
  /** A comment (the reason) is required. */
  comment: boolean;
  /** The report it duplicates is required. */
  duplicateOf: boolean;
}

const REVIEWERS: readonly Actor[] = ['supervisor', 'director', 'hq'];
const SENIOR: readonly Actor[] = ['director', 'hq'];

export const TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: ['draft'], to: 'submitted', by: ['reporter'], comment: false, duplicateOf: false },
  { action: 'return', from: ['submitted'], to: 'returned', by: REVIEWERS, comment: true, duplicateOf: false },
  { action: 'resubmit', from: ['returned'], to: 'submitted', by: ['reporter'], comment: false, duplicateOf: false },
  { action: 'close', from: ['submitted'], to: 'closed', by: SENIOR, comment: false, duplicateOf: false },
  { action: 'mark_duplicate', from: ['submitted', 'returned'], to: 'duplicate', by: REVIEWERS, comment: true, duplicateOf: true },
  { action: 'mark_not_reportable', from: ['submitted', 'returned'], to: 'not_reportable', by: SENIOR, comment: true, duplicateOf: false },
  { action: 'reopen', from: ['closed'], to: 'submitted', by: SENIOR, comment: true, duplicateOf: false },
];

/** The kinds of change to a report other than its status, and the statuses that allow each. */
export const EDIT_STATUSES = {
  /** The first report's fields (type, severity, location, start, description, emergency). */
  correct: ['draft', 'returned'],
  /** People, staff, items, damage, forces, the end time, other casualties. */
  grow: ['draft', 'submitted', 'returned'],
  /** A person or member of staff added by mistake. */
  remove: ['draft', 'returned'],
  addendum: ['draft', 'submitted', 'returned', 'closed', 'not_reportable'],
} as const satisfies Record<string, readonly IncidentStatus[]>;
export type EditKind = keyof typeof EDIT_STATUSES;

/** The actors a user is for one report: their roles, and `reporter` when they reported it or supervise. */
export function actorsFor(principal: Pick<Principal, 'roles' | 'username'>, report: { reportedBy: string }): Actor[] {
  const reports = hasAnyRole(principal, INCIDENT_PERMISSIONS['incident.report']);
  const isReporter = (reports && principal.username === report.reportedBy) || principal.roles.includes('supervisor');
  return isReporter ? [...principal.roles, 'reporter'] : [...principal.roles];
}

export type TransitionDecision = { ok: true; transition: Transition } | { ok: false; refusal: 'forbidden' | 'not_from_status' };

/** Whether these actors may take `action` on a report in `status` (the role first, then the status). */
export function decideTransition(actors: readonly Actor[], status: IncidentStatus, action: IncidentAction): TransitionDecision {
  const transition = TRANSITIONS.find((t) => t.action === action);
  if (!transition || !transition.by.some((actor) => actors.includes(actor))) return { ok: false, refusal: 'forbidden' };
  if (!transition.from.includes(status)) return { ok: false, refusal: 'not_from_status' };
  return { ok: true, transition };
}

/** The actions these actors may take now, in the table's order. */
export function availableTransitions(actors: readonly Actor[], status: IncidentStatus): IncidentAction[] {
  return TRANSITIONS.filter((t) => decideTransition(actors, status, t.action).ok).map((t) => t.action);
}

/** Whether these actors may make a change of this kind to a report in `status`: the reporter or a reviewer role. */
export function mayEdit(actors: readonly Actor[], status: IncidentStatus, kind: EditKind): boolean {
  const editors: readonly Actor[] = ['reporter', ...INCIDENT_PERMISSIONS['incident.edit_any']];
  return actors.some((a) => editors.includes(a)) && (EDIT_STATUSES[kind] as readonly IncidentStatus[]).includes(status);
}
