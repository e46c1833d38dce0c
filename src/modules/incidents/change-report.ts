import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { findIncident, getIncident } from './get-incident.ts';
import { insertHistory, updateIncident, type HistoryRow, type IncidentChanges, type IncidentRecord } from './repository.ts';
import type { IncidentDetail } from './schemas.ts';
import { actorsFor, mayEdit, type Actor, type EditKind } from './transitions.ts';

export type Editor = Pick<Principal, 'caseload' | 'roles' | 'username'>;

/** What a change did: the row's new values, its history entry, and the audit entry's action. */
export interface ReportChange {
  changes: IncidentChanges;
  history: Omit<HistoryRow, 'at' | 'by'>;
  audit: 'incident.changed' | 'incident.addendum_added' | 'incident.transitioned';
  auditNew?: unknown;
  auditOld?: unknown;
}

/**
 * Refuses a change of this kind unless these actors may make it in the report's status: FORBIDDEN
 * for someone who may never (not the reporter, not a reviewer), INCIDENT_NOT_EDITABLE when the
 * status does not allow it.
 */
export function requireEdit(actors: readonly Actor[], incident: IncidentRecord, kind: EditKind): void {
  if (mayEdit(actors, incident.status, kind)) return;
  if (!mayEdit(actors, 'draft', 'grow')) throw new AppError('FORBIDDEN');
  throw new AppError('INCIDENT_NOT_EDITABLE', { id: incident.id, status: incident.status }, 'status');
}

/**
 * Every write to a report goes through here, in one audited transaction: the report's row is
 * locked (404 outside the caseload), the version the user saw must still be the report's (409
 * INCIDENT_VERSION_CHANGED otherwise), `decide` refuses what the user may not do, `work` makes
 * the change, and the version moves on with a history row and an audit entry. Answers the whole
 * report as it is now. A refusal writes nothing.
 */
export async function changeReport(
  db: Database,
  context: AuditContext,
  principal: Editor,
  target: { id: string; version: number },
  decide: (actors: readonly Actor[], incident: IncidentRecord) => void,
  work: (w: AuditedTransaction, incident: IncidentRecord, now: Date) => Promise<ReportChange>,
): Promise<IncidentDetail> {
  await runAudited(db, context, async (w) => {
    const incident = await findIncident(w.tx, principal, target.id, { forUpdate: true });
    decide(actorsFor(principal, incident), incident);
    if (incident.version !== target.version) {
      throw new AppError('INCIDENT_VERSION_CHANGED', { id: incident.id, seen: target.version, current: incident.version }, 'version');
    }
    const now = nowIn(context);
    const change = await work(w, incident, now);
    await updateIncident(w.tx, incident.id, change.changes);
    await insertHistory(w.tx, incident.id, { ...change.history, at: now, by: context.actor.username });
    w.audit({
      action: change.audit,
      subjectType: 'incident',
      subjectId: incident.id,
      centre: incident.centre,
      ...(change.auditOld === undefined ? {} : { old: change.auditOld }),
      new: { version: incident.version + 1, action: change.history.action, ...(change.auditNew ?? {}) },
    });
  });
  return getIncident(db, principal, target.id);
}

/** `{field: {old, new}}` of the fields whose value changes (dates compared as instants). */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { old: unknown; new: unknown }> {
  const norm = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
  const out: Record<string, { old: unknown; new: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (JSON.stringify(norm(before[key])) !== JSON.stringify(norm(value))) out[key] = { old: norm(before[key]) ?? null, new: norm(value) };
  }
  return out;
}

/** What a change of the people or staff involved did: its history action and `{who: {old, new}}`. */
export interface InvolvedChange {
  action: string;
  changes: Record<string, { old: unknown; new: unknown }>;
}

/**
 * A change of the people or staff involved (the report's own row stays as it is): refused unless
 * the user may make an edit of this `kind` now; history and audit both keep what `work` changed.
 */
export function changeInvolved(
  db: Database,
  context: AuditContext,
  principal: Editor,
  target: { id: string; version: number },
  kind: EditKind,
  work: (w: AuditedTransaction, incident: IncidentRecord, now: Date) => Promise<InvolvedChange>,
): Promise<IncidentDetail> {
  return changeReport(
    db,
    context,
    principal,
    target,
    (actors, incident) => requireEdit(actors, incident, kind),
    async (w, incident, now) => {
      const { action, changes } = await work(w, incident, now);
      return { changes: {}, history: { action, changes }, audit: 'incident.changed', auditNew: { changes } };
    },
  );
}
