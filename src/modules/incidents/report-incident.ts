import type { Database } from '../../db/engine.ts';
import type { AuditContext } from '../audit/index.ts';
import { createIncident, type NewIncidentInput } from './create-incident.ts';
import type { Editor } from './change-report.ts';
import { getIncident } from './get-incident.ts';
import type { IncidentDetail } from './schemas.ts';

/** An officer's first report (the caller has checked the role and the centre): created, then answered whole. */
export async function reportIncident(db: Database, context: AuditContext, principal: Editor, input: NewIncidentInput): Promise<IncidentDetail> {
  const created = await createIncident(db, context, input);
  return getIncident(db, principal, created.id);
}
