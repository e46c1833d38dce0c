import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { isTimeZone } from '../../kernel/fields.ts';
import { runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { insertCentreRows, selectCentreCodes } from './repository.ts';
import type { Centre, NewCentre } from './types.ts';

/**
 * Inserts centres with their first control-authority record. For the importer and
 * `createCentre`; the caller writes the audit entry. A centre's time zone must be one the
 * runtime knows: the roll and the pretrial clock count days in it.
 */
export async function insertCentres(w: AuditedTransaction, rows: readonly NewCentre[], recordedBy: string): Promise<Centre[]> {
  if (rows.length === 0) return [];
  const unknownZone = rows.find((r) => !isTimeZone(r.timezone));
  if (unknownZone) throw new AppError('VALIDATION_FAILED', { detail: `timezone: ${unknownZone.timezone} is not an IANA time zone` }, 'timezone');
  const existing = await selectCentreCodes(w.tx, rows.map((r) => r.code));
  if (existing.length > 0) throw new AppError('CENTRE_EXISTS', { code: existing.join(', ') }, 'code');
  return insertCentreRows(w.tx, rows, recordedBy);
}

/** Adds a centre (administrators), audited. */
export async function createCentre(db: Database, context: AuditContext, centre: NewCentre): Promise<Centre> {
  return runAudited(db, context, async (w) => {
    const [created] = await insertCentres(w, [centre], context.actor.username);
    w.audit({ action: 'centre.created', subjectType: 'centre', subjectId: centre.code, centre: centre.code, new: centre });
    return created as Centre;
  });
}
