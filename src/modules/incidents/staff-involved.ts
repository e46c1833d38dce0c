import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuditContext } from '../audit/index.ts';
import { changeReport, requireEdit, type Editor } from './change-report.ts';
import { deleteStaff, insertStaff, selectStaff, updateStaff } from './repository.ts';
import type { InjuryLevel, StaffRole } from './schemas.ts';

type Result = ReturnType<typeof changeReport>;
export interface StaffFields {
  name: string;
  role: StaffRole;
  injury?: InjuryLevel | undefined;
  hostage?: boolean | undefined;
  note?: string | null | undefined;
}

const fieldsOf = (input: StaffFields) => ({ name: input.name, role: input.role, injury: input.injury ?? 'none', hostage: input.hostage ?? false, note: input.note || null });

async function staffMember(w: Parameters<Parameters<typeof changeReport>[5]>[0], incident: string, staffId: string) {
  const found = (await selectStaff(w.tx, incident)).find((s) => s.id === staffId);
  if (!found) throw new AppError('INCIDENT_STAFF_UNKNOWN', {}, 'staffId');
  return found;
}

/** Adds a member of staff involved: their role, injury, whether they were taken hostage. */
export async function addStaff(db: Database, context: AuditContext, principal: Editor, id: string, input: StaffFields & { version: number }): Promise<Result> {
  return changeReport(
    db,
    context,
    principal,
    { id, version: input.version },
    (actors, incident) => requireEdit(actors, incident, 'grow'),
    async (w, incident, now) => {
      const fields = fieldsOf(input);
      const staffId = await insertStaff(w.tx, incident.id, { ...fields, addedAt: now, addedBy: context.actor.username });
      const changes = { [staffId]: { old: null, new: fields } };
      return { changes: {}, history: { action: 'staff_added', changes }, audit: 'incident.changed', auditNew: { changes } };
    },
  );
}

/** Changes what is recorded of a member of staff involved. */
export async function changeStaff(db: Database, context: AuditContext, principal: Editor, id: string, staffId: string, input: StaffFields & { version: number }): Promise<Result> {
  return changeReport(
    db,
    context,
    principal,
    { id, version: input.version },
    (actors, incident) => requireEdit(actors, incident, 'grow'),
    async (w, incident) => {
      const before = await staffMember(w, incident.id, staffId);
      const fields = fieldsOf(input);
      await updateStaff(w.tx, incident.id, staffId, fields);
      const { name, role, injury, hostage, note } = before;
      const changes = { [staffId]: { old: { name, role, injury, hostage, note }, new: fields } };
      return { changes: {}, history: { action: 'staff_changed', changes }, audit: 'incident.changed', auditNew: { changes } };
    },
  );
}

/** Removes a member of staff added by mistake (draft or returned). */
export async function removeStaff(db: Database, context: AuditContext, principal: Editor, id: string, staffId: string, input: { version: number }): Promise<Result> {
  return changeReport(
    db,
    context,
    principal,
    { id, version: input.version },
    (actors, incident) => requireEdit(actors, incident, 'remove'),
    async (w, incident) => {
      const { name, role, injury, hostage, note } = await staffMember(w, incident.id, staffId);
      await deleteStaff(w.tx, incident.id, staffId);
      const changes = { [staffId]: { old: { name, role, injury, hostage, note }, new: null } };
      return { changes: {}, history: { action: 'staff_removed', changes }, audit: 'incident.changed', auditNew: { changes } };
    },
  );
}
