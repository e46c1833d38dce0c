import type { Queryable } from '../../db/engine.ts';
import { hasAnyRole, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Language } from '../../kernel/language.ts';
import { WARNING_PERMISSIONS } from './policy.ts';
import { presentAlert, presentEvents, presentTimeline, readAlertNames } from './present-alerts.ts';
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
