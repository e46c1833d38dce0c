import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import type { Language } from '../../kernel/language.ts';
import type { AuditContext } from '../audit/index.ts';
import { getAlert } from './get-alert.ts';
import { changeAlertByHand, writeChange } from './handle-alert.ts';
import type { AlertDetailView, ResolveAlertInput } from './schemas.ts';
import { resolveAlertInputSchema } from './schemas.ts';

/**
 * Resolves an open alert by hand with a reason. It is kept (never deleted) with its history. If
 * its finding still holds, no new alert is raised for the subject until the finding stops, or
 * comes back at a higher severity than the alert had (`suppressed`); a later finding of the
 * subject raises a new alert — a resolved alert is never reopened.
 */
export async function resolveAlert(
  db: Database,
  context: AuditContext,
  principal: Principal,
  id: string,
  input: ResolveAlertInput,
  language: Language,
): Promise<AlertDetailView> {
  const { version, reason } = resolveAlertInputSchema.parse(input);
  await changeAlertByHand(db, context, principal, id, version, async (w, alert, at) => {
    await writeChange(
      w,
      alert,
      { status: 'resolved', resolvedAt: at, resolvedBy: principal.id, resolvedByName: principal.displayName, resolvedReason: reason, resolution: 'manual', suppressed: true },
      { at, kind: 'resolved', by: principal, note: reason },
    );
    w.audit({ action: 'alert.resolved', subjectType: 'alert', subjectId: id, centre: alert.centre, old: { status: alert.status }, new: { status: 'resolved', resolution: 'manual', reason } });
  });
  return getAlert(db, principal, id, language);
}
