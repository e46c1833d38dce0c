import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { findAlertInCaseload } from './get-alert.ts';
import { insertAlertEvents, lockCentreAlerts, selectAlert, updateAlert, type AlertJson } from './repository.ts';

/**
 * The frame of a change by hand (acknowledge, resolve): finds the alert in the caseload, takes
 * its centre's alert lock (so a re-evaluation of the centre waits), reads it again, refuses a
 * resolved alert (409 ALERT_RESOLVED) and a stale version (409 ALERT_VERSION_CHANGED), then lets
 * `work` change it in the same audited transaction.
 */
export async function changeAlertByHand(
  db: Database,
  context: AuditContext,
  principal: Principal,
  id: string,
  seenVersion: number,
  work: (w: AuditedTransaction, alert: AlertJson, at: Date) => Promise<void>,
): Promise<void> {
  await runAudited(db, context, async (w) => {
    const found = await findAlertInCaseload(w.tx, principal, id);
    await lockCentreAlerts(w.tx, found.centre);
    const alert = (await selectAlert(w.tx, id)) ?? found;
    if (alert.status === 'resolved') throw new AppError('ALERT_RESOLVED', { id });
    if (alert.version !== seenVersion) throw new AppError('ALERT_VERSION_CHANGED', { id, seen: seenVersion, current: alert.version }, 'version');
    await work(w, alert, nowIn(context));
  });
}

/** Writes the change at the version read (held under the lock) and its history entry. */
export async function writeChange(
  w: AuditedTransaction,
  alert: AlertJson,
  change: Parameters<typeof updateAlert>[3],
  event: { at: Date; kind: 'acknowledged' | 'resolved'; by: Principal; note: string },
): Promise<void> {
  if ((await updateAlert(w.tx, alert.id, alert.version, change)) === null) throw new AppError('ALERT_VERSION_CHANGED', { id: alert.id, seen: alert.version, current: '?' }, 'version');
  await insertAlertEvents(w.tx, [
    { alert: alert.id, at: event.at, kind: event.kind, severity: alert.severity, score: alert.score, by: event.by.id, byName: event.by.displayName, note: event.note },
  ]);
}
