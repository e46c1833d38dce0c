import type { Queryable } from '../../db/engine.ts';
import { caseloadScope, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Language } from '../../kernel/language.ts';
import { ALERT_SEVERITIES, ALERT_TYPES, type AlertSeverity, type AlertType } from '../../kernel/vocabulary.ts';
import type { Clock } from '../../kernel/clock.ts';
import { findCentres, listCentreLocations, listCentres } from '../estate/index.ts';
import { severityRank, worseSeverity } from './alert-plan.ts';
import { presentAlert, readAlertNames } from './present-alerts.ts';
import { lastEvaluationOf } from './re-evaluation.ts';
import { countOpenAlerts, selectOpenAlerts } from './repository.ts';
import type { CentreWarningView, WarningBoardView } from './schemas.ts';

interface Counts {
  open: number;
  highest: AlertSeverity | null;
  byType: Record<AlertType, number>;
  bySeverity: Record<AlertSeverity, number>;
}

const emptyCounts = (): Counts => ({
  open: 0,
  highest: null,
  byType: Object.fromEntries(ALERT_TYPES.map((t) => [t, 0])) as Record<AlertType, number>,
  bySeverity: Object.fromEntries(ALERT_SEVERITIES.map((s) => [s, 0])) as Record<AlertSeverity, number>,
});

function add(counts: Counts, type: AlertType, severity: AlertSeverity, n: number) {
  counts.open += n;
  counts.byType[type] += n;
  counts.bySeverity[severity] += n;
  counts.highest = counts.highest === null ? severity : worseSeverity(counts.highest, severity);
}

const rankOf = (s: AlertSeverity | null) => (s === null ? -1 : severityRank(s));

/**
 * The national board: every centre of the caseload with its highest open severity and its open
 * alerts counted by type and severity; most severe first, then most open alerts, then by name.
 */
export async function warningBoard(db: Queryable, principal: Principal, clock: Clock): Promise<WarningBoardView> {
  const [centres, rows] = await Promise.all([listCentres(db, principal), countOpenAlerts(db, caseloadScope(principal))]);
  const counts = new Map(centres.map((c) => [c.code, emptyCounts()]));
  for (const row of rows) {
    const c = counts.get(row.centre);
    if (c) add(c, row.type, row.severity, row.n);
  }
  const lines = centres.map((c) => {
    const count = counts.get(c.code) ?? emptyCounts();
    return { code: c.code, name: c.name, ...count, lastEvaluatedAt: lastEvaluationOf(db, c.code) };
  });
  lines.sort((a, b) => rankOf(b.highest) - rankOf(a.highest) || b.open - a.open || a.name.localeCompare(b.name, 'es'));
  return { at: clock.now().toISOString(), centres: lines };
}

/**
 * A centre's board: every pavilion (and unit directly under the centre) with the highest
 * severity of the open alerts about it or anything in it, for the map coloured by risk, and the
 * open alerts with their reasons (withheld where the user may not read them), most severe first.
 */
export async function centreWarning(db: Queryable, principal: Principal, code: string, language: Language, clock: Clock): Promise<CentreWarningView> {
  const [centre] = principal.caseload.all || principal.caseload.centres.includes(code) ? await findCentres(db, [code]) : [];
  if (!centre) throw new AppError('WARNING_CENTRE_NOT_FOUND', { code }, 'code');
  const [locations, open] = await Promise.all([listCentreLocations(db, code), selectOpenAlerts(db, [code])]);
  const pavilionOf = new Map(locations.map((l) => [l.code, l.path.split('/')[0] ?? l.code]));
  const byPavilion = new Map<string, Counts>();
  const total = emptyCounts();
  for (const alert of open) {
    add(total, alert.type, alert.severity, 1);
    const pavilion = alert.location ? pavilionOf.get(alert.location) : undefined;
    if (!pavilion) continue;
    const counts = byPavilion.get(pavilion) ?? emptyCounts();
    add(counts, alert.type, alert.severity, 1);
    byPavilion.set(pavilion, counts);
  }
  const names = await readAlertNames(db, principal, open);
  return {
    at: clock.now().toISOString(),
    centre: { code: centre.code, name: centre.name },
    ...total,
    lastEvaluatedAt: lastEvaluationOf(db, code),
    pavilions: locations
      .filter((l) => l.parent === null)
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((l) => ({ code: l.code, name: l.name, kind: l.kind, highest: byPavilion.get(l.code)?.highest ?? null, open: byPavilion.get(l.code)?.open ?? 0 })),
    alerts: open.map((a) => presentAlert(a, principal, language, names)),
  };
}
