import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { pageFromCounted, type PageOf, type PageWindow, type SortDirection } from '../../kernel/paging.ts';
import type { AlertSeverity, AlertStatus, AlertType } from '../../kernel/vocabulary.ts';
import { alertEvents, alerts } from './schema.ts';
import type { AlertEventKind, AlertResolution, AlertSort } from './schemas.ts';
import './errors.ts';

export type NewAlert = typeof alerts.$inferInsert;
export type NewAlertEvent = typeof alertEvents.$inferInsert;

/** A stored sentence. */
export interface StoredSentence {
  es: string;
  en: string;
}

/** An alert as read (timestamps as ISO text). */
export interface AlertJson {
  id: string;
  type: AlertType;
  centre: string;
  location: string | null;
  subject: string;
  severity: AlertSeverity;
  peakSeverity: AlertSeverity;
  score: number;
  since: string;
  reasons: StoredSentence[];
  persons: string[];
  groups: string[];
  restricted: boolean;
  timeline: { at: string; text: StoredSentence }[];
  status: AlertStatus;
  raisedAt: string;
  lastEvaluatedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgedByName: string | null;
  acknowledgedNote: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolvedByName: string | null;
  resolvedReason: string | null;
  resolution: AlertResolution | null;
  suppressed: boolean;
  version: number;
}

export interface AlertEventJson {
  id: number;
  alert: string;
  at: string;
  kind: AlertEventKind;
  severity: AlertSeverity;
  score: number;
  by: string | null;
  byName: string | null;
  note: string | null;
}

// The first key of a two-key advisory lock per centre for its alerts; the migrations (7284001),
// the audit chains (7284002), the counts (7284010) and the seizure ids (7284030) use others.
const ALERTS_LOCK = 7284050;

/** Serialises the reconciliations of one centre's alerts until the transaction ends. */
export async function lockCentreAlerts(db: Queryable, centre: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${ALERTS_LOCK}::int, hashtext(${centre}))`);
}

const ALERT_COLUMNS = sql`a.id, a.type, a.centre, a.location, a.subject, a.severity, a.peak_severity as "peakSeverity", a.score,
  a.since, a.reasons, a.persons, a.groups, a.restricted, a.timeline, a.status, a.raised_at as "raisedAt",
  a.last_evaluated_at as "lastEvaluatedAt", a.acknowledged_at as "acknowledgedAt", a.acknowledged_by as "acknowledgedBy",
  a.acknowledged_by_name as "acknowledgedByName", a.acknowledged_note as "acknowledgedNote", a.resolved_at as "resolvedAt",
  a.resolved_by as "resolvedBy", a.resolved_by_name as "resolvedByName", a.resolved_reason as "resolvedReason",
  a.resolution, a.suppressed, a.version`;

const textList = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

/** A centre's open alerts and those resolved by hand while their finding held (suppressed). */
export async function selectLiveAlerts(db: Queryable, centre: string): Promise<AlertJson[]> {
  return jsonRows<AlertJson>(db, sql`select ${ALERT_COLUMNS} from alerts a where a.centre = ${centre} and (a.status <> 'resolved' or a.suppressed) order by a.id`);
}

export async function selectAlert(db: Queryable, id: string): Promise<AlertJson | undefined> {
  const [row] = await jsonRows<AlertJson>(db, sql`select ${ALERT_COLUMNS} from alerts a where a.id = ${id}::uuid`);
  return row;
}

/** Inserts alerts in one statement; their ids in the order given. */
export async function insertAlerts(db: Queryable, rows: readonly NewAlert[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insert(alerts).values([...rows]).returning({ id: alerts.id, type: alerts.type, subject: alerts.subject });
  const ids = new Map(inserted.map((r) => [`${r.type}\u0000${r.subject}`, r.id]));
  return rows.map((row) => {
    const id = ids.get(`${row.type}\u0000${row.subject}`);
    if (!id) throw new Error('alert not inserted');
    return id;
  });
}

export async function insertAlertEvents(db: Queryable, rows: readonly NewAlertEvent[]): Promise<void> {
  if (rows.length > 0) await db.insert(alertEvents).values([...rows]);
}

/**
 * Changes an alert if it is still at `version`; its version after, or null when it moved on.
 * `bump: false` keeps the version (a change no one acting on the alert needs to have seen).
 */
export async function updateAlert(db: Queryable, id: string, version: number, change: Partial<NewAlert>, options: { bump?: boolean } = {}): Promise<number | null> {
  const [row] = await db
    .update(alerts)
    .set({ ...change, version: options.bump === false ? sql`${alerts.version}` : sql`${alerts.version} + 1` })
    .where(and(eq(alerts.id, id), eq(alerts.version, version)))
    .returning({ version: alerts.version });
  return row?.version ?? null;
}

/** The history of some alerts, oldest first. */
export async function selectAlertEvents(db: Queryable, ids: readonly string[]): Promise<AlertEventJson[]> {
  if (ids.length === 0) return [];
  return jsonRows<AlertEventJson>(
    db,
    sql`select e.id, e.alert, e.at, e.kind, e.severity, e.score, e.by, e.by_name as "byName", e.note
        from alert_events e where e.alert = any(${sql.param([...ids])}::uuid[]) order by e.alert, e.id`,
  );
}

/** The filters of the alert list, resolved: centres in scope (null = all), locations (a subtree). */
export interface AlertFilter {
  scope: readonly string[] | null;
  centre?: string | undefined;
  statuses?: readonly AlertStatus[] | undefined;
  types?: readonly AlertType[] | undefined;
  severities?: readonly AlertSeverity[] | undefined;
  locations?: readonly string[] | undefined;
}

function conditions(f: AlertFilter): SQL {
  const where: SQL[] = [sql`true`];
  if (f.scope !== null) where.push(sql`a.centre = any(${textList(f.scope)})`);
  if (f.centre) where.push(sql`a.centre = ${f.centre}`);
  if (f.statuses) where.push(sql`a.status = any(${textList(f.statuses)})`);
  if (f.types) where.push(sql`a.type = any(${textList(f.types)})`);
  if (f.severities) where.push(sql`a.severity = any(${textList(f.severities)})`);
  if (f.locations) where.push(sql`a.location = any(${textList(f.locations)})`);
  return sql.join(where, sql` and `);
}

const SEVERITY_RANK = sql`array_position(array['low','medium','high','critical']::text[], a.severity)`;
const STATUS_RANK = sql`array_position(array['raised','acknowledged','resolved']::text[], a.status)`;
const ORDER: Record<AlertSort, SQL> = {
  severity: SEVERITY_RANK,
  raisedAt: sql`a.raised_at`,
  since: sql`a.since`,
  score: sql`a.score`,
  centre: sql`a.centre`,
  type: sql`a.type`,
  status: STATUS_RANK,
};
const direction = (dir: SortDirection) => sql.raw(dir === 'asc' ? 'asc' : 'desc');

/** A page of alerts matching the filter, with the total in the same round trip; ties newest first. */
export async function pageAlerts(db: Queryable, filter: AlertFilter, window: PageWindow & { sort: AlertSort; dir: SortDirection }): Promise<PageOf<AlertJson>> {
  const rows = await jsonRows<AlertJson & { total: number }>(
    db,
    sql`with hits as (select * from alerts a where ${conditions(filter)})
      select c.total, p.* from (select count(*)::int as total from hits) c
      left join lateral (
        select ${ALERT_COLUMNS} from hits a
        order by ${ORDER[window.sort]} ${direction(window.dir)}, a.raised_at desc, a.id desc
        limit ${window.limit} offset ${window.offset}
      ) p on true`,
  );
  return pageFromCounted(rows, 'id', window);
}

/** Open alerts of some centres (null = all), most severe first, then newest. */
export async function selectOpenAlerts(db: Queryable, centres: readonly string[] | null): Promise<AlertJson[]> {
  const scope = centres === null ? sql`true` : sql`a.centre = any(${textList(centres)})`;
  return jsonRows<AlertJson>(
    db,
    sql`select ${ALERT_COLUMNS} from alerts a where a.status <> 'resolved' and ${scope}
        order by ${SEVERITY_RANK} desc, a.score desc, a.raised_at desc, a.id`,
  );
}

/** Open alerts counted per centre, type and severity (null = every centre). */
export async function countOpenAlerts(db: Queryable, centres: readonly string[] | null): Promise<{ centre: string; type: AlertType; severity: AlertSeverity; n: number }[]> {
  const scope = centres === null ? sql`true` : sql`a.centre = any(${textList(centres)})`;
  return jsonRows(db, sql`select a.centre, a.type, a.severity, count(*)::int as n from alerts a where a.status <> 'resolved' and ${scope} group by 1, 2, 3`);
}

/** Alerts about these locations open at some time in [from, to), newest first. */
export async function selectAlertsAbout(db: Queryable, locations: readonly string[], from: Date, to: Date): Promise<AlertJson[]> {
  if (locations.length === 0) return [];
  return jsonRows<AlertJson>(
    db,
    sql`select ${ALERT_COLUMNS} from alerts a
        where a.location = any(${textList(locations)}) and a.raised_at < ${to.toISOString()}::timestamptz
          and (a.resolved_at is null or a.resolved_at >= ${from.toISOString()}::timestamptz)
        order by a.raised_at desc, a.id`,
  );
}
