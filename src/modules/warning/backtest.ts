import type { AlertType, IncidentType } from '../../kernel/vocabulary.ts';

/**
 * The backtest's scoring, pure: given, for each centre and day, the high and critical findings
 * that stood at the end of that day, and the serious incidents, how much of what happened the
 * warning saw coming, and how often it cried wolf, next to a naive baseline scored the same way.
 * The definitions are written out in docs/WARNING.md; `runBacktest` (run-backtest.ts) feeds it.
 */

/** The incidents the warning is scored against. */
export const SERIOUS_INCIDENT_TYPES: readonly IncidentType[] = ['riot', 'homicide', 'hostage_taking', 'explosion', 'escape'];
/** Days before an incident at which an alert must already stand. */
export const LEAD_DAYS = [1, 3, 7] as const;
/** An alarm not followed by a serious incident at its place within this many days is false. */
export const FOLLOW_DAYS = 7;
/** The baseline alerts where a serious incident happened within this many days. */
export const BASELINE_DAYS = 30;
/** Days in a month, for rates per centre-month. */
export const DAYS_PER_MONTH = 365.25 / 12;

const DAY_MS = 86_400_000;

/** An alert standing at the end of a day: its identity across days, and the place it is about. */
export interface StandingAlert {
  /** Same key on consecutive days: the same alert still standing (type, centre, subject). */
  key: string;
  type: AlertType;
  /** The pavilion (or unit under the centre) it is about; null: the centre as a whole. */
  pavilion: string | null;
}

/** One centre at the end of one local day. */
export interface CentreDay {
  centre: string;
  /** The local day (YYYY-MM-DD, in the centre's zone). */
  day: string;
  /** The instant the facts were taken: the end of that day (epoch ms). */
  end: number;
  /** The high and critical findings standing then. */
  alerts: StandingAlert[];
}

export interface SeriousIncident {
  id: string;
  centre: string;
  /** The pavilion (or unit) it happened in; null: recorded for the centre as a whole. */
  pavilion: string | null;
  type: IncidentType;
  /** When it started (epoch ms). */
  at: number;
  /** Its local day in the centre's zone. */
  day: string;
}

export interface BacktestInput {
  /** The period scored (local days, inclusive). */
  from: string;
  to: string;
  /** Every centre's days, from at least `max(LEAD_DAYS)` days before `from` to `to`. */
  days: readonly CentreDay[];
  /** Serious incidents from `BASELINE_DAYS` days before `from` to `FOLLOW_DAYS` days after `to`. */
  incidents: readonly SeriousIncident[];
}

export type Recall = Record<(typeof LEAD_DAYS)[number], number | null>;

export interface Score {
  /** Share of the period's serious incidents with an alert standing at their place 1, 3 and 7 days before (null: no incidents). */
  recall: Recall;
  /** Incidents seen coming, by lead time. */
  hits: Record<(typeof LEAD_DAYS)[number], number>;
  /** Runs of consecutive days an alert stood, counted on their first day, raised in the period. */
  alarms: number;
  false_alarms: number;
  false_alarms_per_centre_month: number;
}

export interface BacktestScore {
  from: string;
  to: string;
  /** Days in the period. */
  days: number;
  centres: number;
  /** Serious incidents in the period. */
  incidents: number;
  incidents_by_type: Partial<Record<IncidentType, number>>;
  lead_days: number[];
  warning: Score & { by_type: Partial<Record<AlertType, Score>> };
  baseline: Score;
}

/** `day` plus `n` days (YYYY-MM-DD, calendar arithmetic). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysInPeriod(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Whether an alert about `pavilion` (null: centre-wide) covers an incident at `place` (null: the centre as a whole). */
function covers(pavilion: string | null, place: string | null): boolean {
  return pavilion === null || place === null || pavilion === place;
}

/** What the scoring reads of an alert: its identity across days and its place. */
type Placed = Pick<StandingAlert, 'key' | 'pavilion'>;

interface Alarm {
  centre: string;
  pavilion: string | null;
  day: string;
  end: number;
}

/** The first day of each run of consecutive days an alert (by key) stood, per centre. */
function alarmsOf(days: readonly CentreDay[], alertsOf: (d: CentreDay) => readonly Placed[]): Alarm[] {
  const byCentre = new Map<string, CentreDay[]>();
  for (const d of days) {
    const list = byCentre.get(d.centre);
    if (list) list.push(d);
    else byCentre.set(d.centre, [d]);
  }
  const alarms: Alarm[] = [];
  for (const [centre, list] of byCentre) {
    list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    let yesterday = new Set<string>();
    let previousDay: string | null = null;
    for (const d of list) {
      const consecutive = previousDay !== null && addDays(previousDay, 1) === d.day;
      const today = new Set<string>();
      for (const alert of alertsOf(d)) {
        if (today.has(alert.key)) continue;
        today.add(alert.key);
        if (!consecutive || !yesterday.has(alert.key)) alarms.push({ centre, pavilion: alert.pavilion, day: d.day, end: d.end });
      }
      yesterday = today;
      previousDay = d.day;
    }
  }
  return alarms;
}

/** Scores one kind of alert (the warning's, one type of it, or the baseline's). */
function scoreAlerts(
  input: BacktestInput,
  centres: number,
  alertsOf: (d: CentreDay) => readonly Placed[],
  scored: readonly SeriousIncident[],
): Score {
  const dayOf = new Map<string, CentreDay>();
  for (const d of input.days) dayOf.set(`${d.centre}|${d.day}`, d);
  const hits = { 1: 0, 3: 0, 7: 0 };
  for (const incident of scored) {
    for (const lead of LEAD_DAYS) {
      const before = dayOf.get(`${incident.centre}|${addDays(incident.day, -lead)}`);
      if (before && alertsOf(before).some((a) => covers(a.pavilion, incident.pavilion))) hits[lead] += 1;
    }
  }
  const alarms = alarmsOf(input.days, alertsOf).filter((a) => a.day >= input.from && a.day <= input.to);
  const falseAlarms = alarms.filter(
    (a) => !input.incidents.some((i) => i.centre === a.centre && i.at > a.end && i.at <= a.end + FOLLOW_DAYS * DAY_MS && covers(a.pavilion, i.pavilion)),
  ).length;
  const centreMonths = (centres * daysInPeriod(input.from, input.to)) / DAYS_PER_MONTH;
  const share = (n: number) => (scored.length === 0 ? null : round(n / scored.length));
  return {
    recall: { 1: share(hits[1]), 3: share(hits[3]), 7: share(hits[7]) },
    hits,
    alarms: alarms.length,
    false_alarms: falseAlarms,
    false_alarms_per_centre_month: centreMonths > 0 ? round(falseAlarms / centreMonths) : 0,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The baseline's alerts at the end of a day: one per place (pavilion, or the centre for an
 * incident recorded without one) where a serious incident started in the last BASELINE_DAYS days.
 */
function baselineAlerts(incidentsOf: ReadonlyMap<string, SeriousIncident[]>): (d: CentreDay) => Placed[] {
  const cache = new Map<CentreDay, Placed[]>();
  return (d) => {
    const cached = cache.get(d);
    if (cached) return cached;
    const places = new Set<string | null>();
    for (const i of incidentsOf.get(d.centre) ?? []) if (i.at <= d.end && i.at > d.end - BASELINE_DAYS * DAY_MS) places.add(i.pavilion);
    const alerts = [...places].map((pavilion) => ({ key: `baseline|${pavilion ?? ''}`, pavilion }));
    cache.set(d, alerts);
    return alerts;
  };
}

/** Scores the warning's day-by-day alerts and the naive baseline against the serious incidents of the period. */
export function scoreBacktest(input: BacktestInput): BacktestScore {
  const serious = new Set(SERIOUS_INCIDENT_TYPES);
  const incidents = input.incidents.filter((i) => serious.has(i.type));
  const scored = incidents.filter((i) => i.day >= input.from && i.day <= input.to).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const centres = new Set(input.days.map((d) => d.centre)).size;
  const clean: BacktestInput = { ...input, incidents };
  const warning = scoreAlerts(clean, centres, (d) => d.alerts, scored);
  const types = [...new Set(input.days.flatMap((d) => d.alerts.map((a) => a.type)))].sort();
  const byType: Partial<Record<AlertType, Score>> = {};
  for (const type of types) byType[type] = scoreAlerts(clean, centres, (d) => d.alerts.filter((a) => a.type === type), scored);
  const incidentsOf = new Map<string, SeriousIncident[]>();
  for (const i of incidents) {
    const list = incidentsOf.get(i.centre);
    if (list) list.push(i);
    else incidentsOf.set(i.centre, [i]);
  }
  const incidentsByType: Partial<Record<IncidentType, number>> = {};
  for (const i of scored) incidentsByType[i.type] = (incidentsByType[i.type] ?? 0) + 1;
  return {
    from: input.from,
    to: input.to,
    days: daysInPeriod(input.from, input.to),
    centres,
    incidents: scored.length,
    incidents_by_type: incidentsByType,
    lead_days: [...LEAD_DAYS],
    warning: { ...warning, by_type: byType },
    baseline: scoreAlerts(clean, centres, baselineAlerts(incidentsOf), scored),
  };
}
