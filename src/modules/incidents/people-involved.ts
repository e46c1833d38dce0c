import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuditContext, AuditedTransaction } from '../audit/index.ts';
import { changeInvolved, type Editor } from './change-report.ts';
import { checkInCustody } from './checks.ts';
import { deleteInvolvement, insertInvolvement, selectInvolvement, updateInvolvement } from './repository.ts';
import type { IncidentDetail, InjuryLevel, InvolvementRole } from './schemas.ts';

export interface Involvement {
  person: string;
  role: InvolvementRole;
}
type InvolvementFields = Involvement & { version: number; injury?: InjuryLevel | undefined; note?: string | null | undefined };

/** The person's involvement in this role, as it is now (INCIDENT_PERSON_UNKNOWN on `person` when there is none). */
async function involvement(w: AuditedTransaction, incident: string, input: Involvement) {
  const row = await selectInvolvement(w.tx, incident, input.person, input.role);
  if (!row) throw new AppError('INCIDENT_PERSON_UNKNOWN', { person: input.person }, 'person');
  return row;
}

/**
 * Adds a person in custody to a report in one role (a person may hold several): they must have
 * been on the roll of the report's centre when the incident started (refused on `person`).
 */
export async function addPerson(db: Database, context: AuditContext, principal: Editor, id: string, input: InvolvementFields): Promise<IncidentDetail> {
  const injury = input.injury ?? 'none';
  const note = input.note || null;
  return changeInvolved(db, context, principal, { id, version: input.version }, 'grow', async (w, incident, now) => {
    await checkInCustody(w.tx, [input.person], incident.centre, incident.startedAt);
    if (await selectInvolvement(w.tx, incident.id, input.person, input.role)) throw new AppError('INCIDENT_PERSON_ALREADY', { person: input.person }, 'person');
    await insertInvolvement(w.tx, incident.id, { person: input.person, role: input.role, injury, note, addedAt: now, addedBy: context.actor.username });
    return { action: 'person_added', changes: { [input.person]: { old: null, new: { role: input.role, injury, note } } } };
  });
}

/** Changes the injury or note of a person involved (an injury found later, a death). */
export async function changePerson(db: Database, context: AuditContext, principal: Editor, id: string, input: InvolvementFields): Promise<IncidentDetail> {
  return changeInvolved(db, context, principal, { id, version: input.version }, 'grow', async (w, incident) => {
    const row = await involvement(w, incident.id, input);
    const next = { injury: input.injury ?? row.injury, note: input.note === undefined ? row.note : input.note || null };
    await updateInvolvement(w.tx, incident.id, input.person, input.role, next);
    return { action: 'person_changed', changes: { [input.person]: { old: { role: row.role, injury: row.injury, note: row.note }, new: { role: row.role, ...next } } } };
  });
}

/** Removes a person added by mistake (draft or returned); the history keeps that they were. */
export async function removePerson(db: Database, context: AuditContext, principal: Editor, id: string, input: Involvement & { version: number }): Promise<IncidentDetail> {
  return changeInvolved(db, context, principal, { id, version: input.version }, 'remove', async (w, incident) => {
    const row = await involvement(w, incident.id, input);
    await deleteInvolvement(w.tx, incident.id, input.person, input.role);
    return { action: 'person_removed', changes: { [input.person]: { old: { role: row.role, injury: row.injury, note: row.note }, new: null } } };
  });
}
