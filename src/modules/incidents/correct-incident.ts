import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuditContext } from '../audit/index.ts';
import { changeReport, diff, requireEdit, type Editor } from './change-report.ts';
import { checkEmergency, checkEnd, checkInCustody, checkLocations, checkStart } from './checks.ts';
import { selectPeople, type IncidentChanges } from './repository.ts';
import type { IncidentSeverity, IncidentType } from './schemas.ts';

export interface Correction {
  version: number;
  type?: IncidentType | undefined;
  severity?: IncidentSeverity | undefined;
  location?: string | null | undefined;
  startedAt?: Date | undefined;
  description?: string | undefined;
  emergency?: string | null | undefined;
  endedAt?: Date | null | undefined;
  otherDeaths?: number | undefined;
  otherInjuries?: number | undefined;
}

const FIRST_REPORT = ['type', 'severity', 'location', 'startedAt', 'description', 'emergency'] as const;

/**
 * Corrects a report's fields: the first report's (type, severity, location, start, description,
 * emergency) while draft or returned; the end time and the other casualties while it is open.
 * Only the fields that change are written, and kept in the history as {field: {old, new}}.
 */
export async function correctIncident(db: Database, context: AuditContext, principal: Editor, id: string, input: Correction): Promise<ReturnType<typeof changeReport>> {
  const { version, ...fields } = input;
  const touchesFirstReport = FIRST_REPORT.some((f) => fields[f] !== undefined);
  return changeReport(
    db,
    context,
    principal,
    { id, version },
    (actors, incident) => requireEdit(actors, incident, touchesFirstReport ? 'correct' : 'grow'),
    async (w, incident, now) => {
      const changes = diff(incident as unknown as Record<string, unknown>, fields);
      if (Object.keys(changes).length === 0) throw new AppError('INCIDENT_NOTHING_CHANGED');
      const startedAt = fields.startedAt ?? incident.startedAt;
      if (fields.startedAt) checkStart(startedAt, now);
      // A new start: everyone involved must have been in custody there then too.
      if (changes.startedAt) await checkInCustody(w.tx, (await selectPeople(w.tx, incident.id)).map((p) => p.person), incident.centre, startedAt, 'startedAt');
      checkEnd(startedAt, fields.endedAt === undefined ? incident.endedAt : fields.endedAt);
      if (fields.location !== undefined) await checkLocations(w.tx, incident.centre, [fields.location]);
      if (fields.emergency !== undefined) await checkEmergency(w.tx, incident.centre, fields.emergency);
      const written = Object.fromEntries(Object.keys(changes).map((k) => [k, fields[k as keyof typeof fields]])) as IncidentChanges;
      return { changes: written, history: { action: 'corrected', changes }, audit: 'incident.changed', auditNew: { changes } };
    },
  );
}
