import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Language } from '../../kernel/language.ts';
import type { AlertSeverity } from '../../kernel/vocabulary.ts';
import { findCentres, findLocationInCaseload, listSubtree } from '../estate/index.ts';
import { presentAlert, presentEvents, readAlertNames } from './present-alerts.ts';
import { selectAlertEvents, selectAlertsAbout } from './repository.ts';
import { riskByDay, type AlertLife } from './risk-days.ts';
import { riskHistoryQuerySchema, type RiskHistoryQuery, type RiskHistoryView } from './schemas.ts';
import { dayIn, dayStartIn } from './signals/common.ts';

/** The longest period one request may draw, in days. */
export const RISK_HISTORY_MAX_DAYS = 366;
const DEFAULT_DAYS = 90;
const DAY_MS = 86_400_000;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * A location's risk history (a pavilion, usually): for each day of the centre's calendar from
 * `from` to `to` (default the 90 days up to today) the highest severity of the alerts open about
 * it or anything under it, and those alerts with their history.
 */
export async function riskHistory(db: Queryable, principal: Principal, code: string, query: RiskHistoryQuery, language: Language, clock: Clock): Promise<RiskHistoryView> {
  const q = riskHistoryQuerySchema.parse(query);
  const location = await findLocationInCaseload(db, principal, code);
  const [centre] = await findCentres(db, [location.centre]);
  const zone = centre?.timezone ?? 'America/Guayaquil';
  const today = dayIn(clock.now().toISOString(), zone);
  const to = q.to ?? (q.from ? [addDays(q.from, DEFAULT_DAYS - 1), today].sort()[0]! : today);
  const from = q.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
  if (span < 1 || span > RISK_HISTORY_MAX_DAYS) throw new AppError('WARNING_PERIOD_INVALID', { from, to, days: RISK_HISTORY_MAX_DAYS }, q.from && span < 1 ? 'from' : 'to');

  const days = Array.from({ length: span }, (_, i) => {
    const day = addDays(from, i);
    return { day, start: Date.parse(dayStartIn(day, zone)), end: Date.parse(dayStartIn(addDays(day, 1), zone)) };
  });
  const codes = [location.code, ...(await listSubtree(db, location.code)).map((l) => l.code)];
  const alerts = await selectAlertsAbout(db, [...new Set(codes)], new Date(days[0]!.start), new Date(days[days.length - 1]!.end));
  const [events, names] = await Promise.all([selectAlertEvents(db, alerts.map((a) => a.id)), readAlertNames(db, principal, alerts)]);
  const lives: AlertLife[] = alerts.map((a) => {
    const own = events.filter((e) => e.alert === a.id && (e.kind === 'raised' || e.kind === 'severity_changed'));
    const severities: { at: number; severity: AlertSeverity }[] = own.map((e) => ({ at: Date.parse(e.at), severity: e.severity }));
    if (severities.length === 0) severities.push({ at: Date.parse(a.raisedAt), severity: a.severity });
    return { raisedAt: Date.parse(a.raisedAt), resolvedAt: a.resolvedAt ? Date.parse(a.resolvedAt) : null, severities };
  });
  return {
    location: { code: location.code, name: location.name, centre: location.centre, kind: location.kind },
    from,
    to,
    days: riskByDay(days, lives),
    alerts: alerts.map((a) => ({
      ...presentAlert(a, principal, language, names),
      events: presentEvents(
        events.filter((e) => e.alert === a.id),
        language,
      ),
    })),
  };
}
