import type { Database } from '../../db/engine.ts';
import type { AuditContext } from '../audit/index.ts';
import { changeReport, requireEdit, type Editor } from './change-report.ts';
import { insertAddendum } from './repository.ts';

/** Adds a narrative addendum to a report: never edited, only added; in any status but duplicate. */
export async function addAddendum(db: Database, context: AuditContext, principal: Editor, id: string, input: { version: number; text: string }): Promise<ReturnType<typeof changeReport>> {
  return changeReport(
    db,
    context,
    principal,
    { id, version: input.version },
    (actors, incident) => requireEdit(actors, incident, 'addendum'),
    async (w, incident, now) => {
      await insertAddendum(w.tx, incident.id, { text: input.text, at: now, by: context.actor.username });
      return { changes: {}, history: { action: 'addendum_added' }, audit: 'incident.addendum_added', auditNew: { text: input.text } };
    },
  );
}
