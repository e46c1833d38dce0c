import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuditContext, AuditedTransaction } from '../audit/index.ts';
import { changeInvolved, type Editor } from './change-report.ts';
import { deleteStaff, insertStaff, selectStaff, updateStaff } from './repository.ts';
import type { IncidentDetail, InjuryLevel, StaffRole } from './schemas.ts';

export interface StaffFields {
  name: string;
  role: StaffRole;
  injury?: InjuryLevel | undefined;
  hostage?: boolean | undefined;
  note?: string | null | undefined;
}

const fieldsOf = (input: StaffFields) => ({ name: input.name, role: input.role, injury: input.injury ?? 'none', hostage: input.hostage ?? false, note: input.note || null });

/** What is recorded of a member of staff involved (INCIDENT_STAFF_UNKNOWN on `staffId` when none). */
async function staffMember(w: AuditedTransaction, incident: string, staffId: string) {
  const found = (await selectStaff(w.tx, incident)).find((s) => s.id === staffId);
  if (!found) throw new AppError('INCIDENT_STAFF_UNKNOWN', {}, 'staffId');
  const { name, role, injury, hostage, note } = found;
  return { name, role, injury, hostage, note };
}

/** Adds a member of staff involved: their role, injury, whether they were taken hostage. */
export async function addStaff(db: Database, context: AuditContext, principal: Editor, id: string, input: StaffFields & { version: number }): Promise<IncidentDetail> {
  return changeInvolved(db, context, principal, { id, version: input.version }, 'grow', async (w, incident, now) => {
    const fields = fieldsOf(input);
    const staffId = await insertStaff(w.tx, incident.id, { ...fields, addedAt: now, addedBy: context.actor.username });
    return { action: 'staff_added', changes: { [staffId]: { old: null, new: fields } } };
  });
}

/** Changes what is recorded of a member of staff involved. */
export async function changeStaff(db: Database, context: AuditContext, principal: Editor, id: string, staffId: string, input: StaffFields & { version: number }): Promise<IncidentDetail> {
  return changeInvolved(db, context, principal, { id, version: input.version }, 'grow', async (w, incident) => {
    const before = await staffMember(w, incident.id, staffId);
    const fields = fieldsOf(input);
    await updateStaff(w.tx, incident.id, staffId, fields);
    return { action: 'staff_changed', changes: { [staffId]: { old: before, new: fields } } };
  });
}

/** Removes a member of staff added by mistake (draft or returned). */
export async function removeStaff(db: Database, context: AuditContext, principal: Editor, id: string, staffId: string, input: { version: number }): Promise<IncidentDetail> {
  return changeInvolved(db, context, principal, { id, version: input.version }, 'remove', async (w, incident) => {
    const before = await staffMember(w, incident.id, staffId);
    await deleteStaff(w.tx, incident.id, staffId);
    return { action: 'staff_removed', changes: { [staffId]: { old: before, new: null } } };
  });
}
