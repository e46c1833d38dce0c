import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Language } from '../../kernel/language.ts';
import type { AuditContext } from '../audit/index.ts';
import { getAlert } from './get-alert.ts';
import { changeAlertByHand, writeChange } from './handle-alert.ts';
import type { AcknowledgeAlertInput, AlertDetailView } from './schemas.ts';
import { acknowledgeAlertInputSchema } from './schemas.ts';

/**
 * Acknowledges a raised alert with a note (who, when, the note): it stays open, and is still
 * resolved automatically when its finding stops. A resolved alert cannot be acknowledged (409),
 * nor one already acknowledged (409, naming who).
 */
export async function acknowledgeAlert(
  db: Database,
  context: AuditContext,
  principal: Principal,
  id: string,
  input: AcknowledgeAlertInput,
  language: Language,
): Promise<AlertDetailView> {
  const { version, note } = acknowledgeAlertInputSchema.parse(input);
  await changeAlertByHand(db, context, principal, id, version, async (w, alert, at) => {
    if (alert.status === 'acknowledged') throw new AppError('ALERT_ALREADY_ACKNOWLEDGED', { id, by: alert.acknowledgedByName ?? '' });
    await writeChange(
      w,
      alert,
      { status: 'acknowledged', acknowledgedAt: at, acknowledgedBy: principal.id, acknowledgedByName: principal.displayName, acknowledgedNote: note },
      { at, kind: 'acknowledged', by: principal, note },
    );
    w.audit({ action: 'alert.acknowledged', subjectType: 'alert', subjectId: id, centre: alert.centre, old: { status: alert.status }, new: { status: 'acknowledged', note } });
  });
  return getAlert(db, principal, id, language);
}
