import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuditContext } from '../audit/index.ts';
import { changeReport, requireEdit, type Editor } from './change-report.ts';
import { checkInCustody } from './checks.ts';
import { deleteInvolvement, insertInvolvement, selectInvolvement, updateInvolvement } from './repository.ts';
import type { InjuryLevel, InvolvementRole } from './schemas.ts';

type Result = ReturnType<typeof changeReport>;
export interface Involvement {
  person: string;
  role: InvolvementRole;
}

/**
 * Adds a person in custody to a report in one role (a person may hold several): they must have
 * been on the roll of the report's centre when the incident started (refused on `person`).
 */
export async function addPerson(
  db: Database,
  context: AuditContext,
  principal: Editor,
  id: string,
  input: Involvement & { version: number; injury?: InjuryLevel | undefined; note?: string | null | undefined },
): Promise<Result> {
  const injury = input.injury ?? 'none';
  const note = input.note || null;
  return changeReport(
    db,
    context,
    principal,
    { id, version: input.version },
    (actors, incident) => requireEdit(actors, incident, 'grow'),
    async (w, incident, now) => {
      await checkInCustody(w.tx, [input.person], incident.centre, incident.startedAt);
      if (await selectInvolvement(w.tx, incident.id, input.person, input.role)) throw new AppError('INCIDENT_PERSON_ALREADY', { person: input.person }, 'person');
      await insertInvolvement(w.tx, incident.id, { person: input.person, role: input.role, injury, note, addedAt: now, addedBy: context.actor.username });
      const changes = { [input.person]: { old: null, new: { role: input.role, injury, note } } };
      return { changes: {}, history: { action: 'person_added', changes }, audit: 'incident.changed', auditNew: { changes } };
    },
  );
}

/** Changes the injury or note of a person involved (an injury found later, a death). */
export async function changePerson(
  db: Database,
  context: AuditContext,
  principal: Editor,
  id: string,
  input: Involvement & { version: number; injury?: InjuryLevel | undefined; note?: string | null | undefined },
): Promise<Result> {
  return changeReport(
    db,
    context,
    principal,
    { id, version: input.version },
    (actors, incident) => requireEdit(actors, incident, 'grow'),
    async (w, incident) => {
      const row = await selectInvolvement(w.tx, incident.id, input.person, input.role);
      if (!row) throw new AppError('INCIDENT_PERSON_UNKNOWN', { person: input.person }, 'person');
      const next = { injury: input.injury ?? row.injury, note: input.note === undefined ? row.note : input.note || null };
      await updateInvolvement(w.tx, incident.id, input.person, input.role, next);
      const changes = { [input.person]: { old: { role: row.role, injury: row.injury, note: row.note }, new: { role: row.role, ...next } } };
      return { changes: {}, history: { action: 'person_changed', changes }, audit: 'incident.changed', auditNew: { changes } };
    },
  );
}

/** Removes a person added by mistake (draft or returned); the history keeps that they were. */
export async function removePerson(db: Database, context: AuditContext, principal: Editor, id: string, input: Involvement & { version: number }): Promise<Result> {
  return changeReport(
    db,
    context,
    principal,
    { id, version: input.version },
    (actors, incident) => requireEdit(actors, incident, 'remove'),
    async (w, incident) => {
      const row = await selectInvolvement(w.tx, incident.id, input.person, input.role);
      if (!row) throw new AppError('INCIDENT_PERSON_UNKNOWN', { person: input.person }, 'person');
      await deleteInvolvement(w.tx, incident.id, input.person, input.role);
      const changes = { [input.person]: { old: { role: row.role, injury: row.injury, note: row.note }, new: null } };
      return { changes: {}, history: { action: 'person_removed', changes }, audit: 'incident.changed', auditNew: { changes } };
    },
  );
}
