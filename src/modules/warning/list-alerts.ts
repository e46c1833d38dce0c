import type { Queryable } from '../../db/engine.ts';
import { caseloadScope, type Principal } from '../../kernel/access.ts';
import type { Language } from '../../kernel/language.ts';
import type { PageOf } from '../../kernel/paging.ts';
import { findLocationInCaseload, listSubtree } from '../estate/index.ts';
import { presentAlert, readAlertNames } from './present-alerts.ts';
import { pageAlerts } from './repository.ts';
import { alertListQuerySchema, type AlertListQuery, type AlertView } from './schemas.ts';

/**
 * Alerts of the caseload (scoped in the SQL), filtered by centre, status, type, severity and
 * location (that location and everything under it), a page at a time; most severe first unless
 * asked otherwise. Restricted details withheld as `presentAlert` says.
 */
export async function listAlerts(db: Queryable, principal: Principal, query: AlertListQuery, language: Language): Promise<PageOf<AlertView>> {
  const q = alertListQuerySchema.parse(query);
  let locations: string[] | undefined;
  if (q.location) {
    const root = await findLocationInCaseload(db, principal, q.location);
    locations = [root.code, ...(await listSubtree(db, root.code)).map((l) => l.code)];
  }
  const page = await pageAlerts(
    db,
    { scope: caseloadScope(principal), centre: q.centre, statuses: q.status, types: q.type, severities: q.severity, locations },
    { limit: q.limit, offset: q.offset, sort: q.sort, dir: q.dir },
  );
  const names = await readAlertNames(db, principal, page.items);
  return { ...page, items: page.items.map((a) => presentAlert(a, principal, language, names)) };
}
