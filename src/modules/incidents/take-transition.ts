import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuditContext } from '../audit/index.ts';
import { changeReport, type Editor } from './change-report.ts';
import { findIncident } from './get-incident.ts';
import type { IncidentAction } from './schemas.ts';
import { decideTransition, TRANSITIONS } from './transitions.ts';

export interface TransitionRequest {
  version: number;
  action: IncidentAction;
  comment?: string | null | undefined;
  duplicateOf?: string | null | undefined;
}

/**
 * Moves a report through its workflow as `transitions.ts` says: FORBIDDEN for a user the table
 * does not name, INCIDENT_TRANSITION_NOT_ALLOWED from a status the action does not start from, a
 * comment and the duplicated report (another report of the same centre) where required. Kept in
 * the history with its comment.
 */
export async function takeTransition(db: Database, context: AuditContext, principal: Editor, id: string, input: TransitionRequest): Promise<ReturnType<typeof changeReport>> {
  const transition = TRANSITIONS.find((t) => t.action === input.action);
  if (!transition) throw new AppError('FORBIDDEN');
  const comment = input.comment?.trim() || null;
  return changeReport(
    db,
    context,
    principal,
    { id, version: input.version },
    (actors, incident) => {
      const decision = decideTransition(actors, incident.status, input.action);
      if (!decision.ok && decision.refusal === 'forbidden') throw new AppError('FORBIDDEN');
      if (!decision.ok) throw new AppError('INCIDENT_TRANSITION_NOT_ALLOWED', { status: incident.status, action: input.action }, 'action');
      if (transition.comment && !comment) throw new AppError('INCIDENT_COMMENT_REQUIRED', {}, 'comment');
      if (transition.duplicateOf && !input.duplicateOf) throw new AppError('INCIDENT_DUPLICATE_OF_REQUIRED', {}, 'duplicateOf');
    },
    async (w, incident) => {
      let duplicateOf = incident.duplicateOf;
      if (transition.duplicateOf) {
        const original = await findIncident(w.tx, principal, input.duplicateOf ?? '').catch(() => null);
        if (!original || original.centre !== incident.centre || original.id === incident.id) throw new AppError('INCIDENT_DUPLICATE_OF_REQUIRED', {}, 'duplicateOf');
        duplicateOf = original.id;
      }
      return {
        changes: { status: transition.to, duplicateOf },
        history: { action: input.action, fromStatus: incident.status, toStatus: transition.to, comment },
        audit: 'incident.transitioned',
        auditOld: { status: incident.status },
        auditNew: { status: transition.to, comment, ...(transition.duplicateOf ? { duplicateOf } : {}) },
      };
    },
  );
}
