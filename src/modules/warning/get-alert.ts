import type { Database, Queryable } from '../../db/engine.ts';
import { hasAnyRole, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Language } from '../../kernel/language.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { WARNING_PERMISSIONS } from './policy.ts';
import { mayReadRestricted, presentAlert, presentEvents, presentTimeline, readAlertNames } from './present-alerts.ts';
import { selectAlert, selectAlertEvents, type AlertJson } from './repository.ts';
import type { AlertDetailView } from './schemas.ts';

/** An alert of the caseload, or ALERT_NOT_FOUND (outside the caseload too). */
export async function findAlertInCaseload(db: Queryable, principal: Pick<Principal, 'caseload'>, id: string): Promise<AlertJson> {
  const alert = await selectAlert(db, id);
  if (!alert || !isInCaseload(principal, alert.centre)) throw new AppError('ALERT_NOT_FOUND', { id });
  return alert;
}

/**
 * One alert with its history (oldest first) and the timeline of facts behind it, in the user's
 * language; a restricted alert's details withheld from roles that may not read them.
 */
export async function getAlert(db: Queryable, principal: Principal, id: string, language: Language): Promise<AlertDetailView> {
  const alert = await findAlertInCaseload(db, principal, id);
  const [events, names] = await Promise.all([selectAlertEvents(db, [alert.id]), readAlertNames(db, principal, [alert])]);
  const handles = hasAnyRole(principal, WARNING_PERMISSIONS['alert.handle']);
  return {
    ...presentAlert(alert, principal, language, names),
    timeline: presentTimeline(alert, principal, language),
    events: presentEvents(events, language),
    can: { acknowledge: handles && alert.status === 'raised', resolve: handles && alert.status !== 'resolved' },
  };
}

/**
 * An alert as a user opens it: `getAlert`, and when its restricted details (the people, groups and
 * facts from intelligence) are shown, the reading is audited (`alert.details_read`), as reading a
 * person's memberships is.
 */
export async function readAlert(db: Database, context: AuditContext, principal: Principal, id: string, language: Language): Promise<AlertDetailView> {
  const view = await getAlert(db, principal, id, language);
  if (view.restricted && mayReadRestricted(principal)) {
    await runAudited(db, context, async (w) =>
      w.audit({ action: 'alert.details_read', subjectType: 'alert', subjectId: id, centre: view.centre, new: { type: view.type, persons: view.persons.length } }),
    );
  }
  return view;
}
