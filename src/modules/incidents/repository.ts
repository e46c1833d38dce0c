import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { incidentAddenda, incidentHistory, incidentPeople, incidents, incidentStaff } from './schema.ts';
import type { ExternalForce, IncidentItemKind, IncidentSeverity, IncidentStatus, IncidentType, InjuryLevel, InvolvementRole, StaffRole } from './schemas.ts';
import './errors.ts';

export interface IncidentItem {
  item: IncidentItemKind;
  quantity: number | null;
  description: string | null;
}
export interface IncidentDamage {
  location: string;
  description: string;
}
/** `calledAt` as ISO text (it is kept in a JSON column). */
export interface IncidentForce {
  force: ExternalForce;
  calledAt: string | null;
  note: string | null;
}

/** An incident report's own row. */
export interface IncidentRecord {
  id: string;
  centre: string;
  location: string | null;
  type: IncidentType;
  severity: IncidentSeverity;
  status: IncidentStatus;
  startedAt: Date;
  endedAt: Date | null;
  description: string;
  otherDeaths: number;
  otherInjuries: number;
  items: IncidentItem[];
  damage: IncidentDamage[];
  forces: IncidentForce[];
  emergency: string | null;
  duplicateOf: string | null;
  reportedBy: string;
  reportedAt: Date;
  version: number;
}

type Row = typeof incidents.$inferSelect;

function toRecord(row: Row): IncidentRecord {
  const { externalForces, ...rest } = row;
  return {
    ...rest,
    type: row.type as IncidentType,
    severity: row.severity as IncidentSeverity,
    status: row.status as IncidentStatus,
    items: row.items as IncidentItem[],
    damage: row.damage as IncidentDamage[],
    forces: externalForces as IncidentForce[],
  };
}

/** An incident by id (no caseload check: the caller decides), or INCIDENT_NOT_FOUND. `forUpdate` locks its row. */
export async function loadIncident(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<IncidentRecord> {
  const query = db.select().from(incidents).where(eq(incidents.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('INCIDENT_NOT_FOUND', { id }, 'id');
  return toRecord(row);
}

/**
 * The last number issued in a centre's series of a year, with the series locked until the
 * caller's transaction ends (a transaction-scoped advisory lock), so two reports at once take
 * numbers one after the other. Reports are never deleted, so a number is never issued twice.
 */
export async function lockIncidentSeries(db: Queryable, prefix: string): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`incident-series:${prefix}`}))`);
  const pattern = `^${prefix}[0-9]{6,9}$`;
  const result = (await db.execute(sql`
    select coalesce(max(substring(id from ${prefix.length + 1}::int)::bigint), 0)::bigint as last
    from incidents where id like ${`${prefix}%`} and id ~ ${pattern}`)) as { rows: { last: string | number }[] };
  return Number(result.rows[0]?.last ?? 0);
}

export type NewIncident = Omit<IncidentRecord, 'version' | 'items' | 'damage' | 'forces' | 'duplicateOf' | 'otherDeaths' | 'otherInjuries' | 'endedAt'> &
  Partial<Pick<IncidentRecord, 'items' | 'damage' | 'forces' | 'duplicateOf' | 'otherDeaths' | 'otherInjuries' | 'endedAt'>>;

export async function insertIncident(db: Queryable, incident: NewIncident): Promise<void> {
  const { forces, ...rest } = incident;
  await db.insert(incidents).values({ ...rest, ...(forces ? { externalForces: forces } : {}) });
}

export type IncidentChanges = Partial<Omit<IncidentRecord, 'id' | 'centre' | 'reportedBy' | 'reportedAt' | 'version'>>;

/** Writes the changes and moves the version on by one (the caller holds the row's lock). */
export async function updateIncident(db: Queryable, id: string, changes: IncidentChanges): Promise<void> {
  const { forces, ...rest } = changes;
  await db
    .update(incidents)
    .set({ ...rest, ...(forces ? { externalForces: forces } : {}), version: sql`${incidents.version} + 1` })
    .where(eq(incidents.id, id));
}

export interface HistoryRow {
  action: string;
  fromStatus?: IncidentStatus | null;
  toStatus?: IncidentStatus | null;
  comment?: string | null;
  changes?: Record<string, { old: unknown; new: unknown }> | null;
  at: Date;
  by: string;
}

export async function insertHistory(db: Queryable, incident: string, entry: HistoryRow): Promise<void> {
  await db.insert(incidentHistory).values({ incident, ...entry });
}

export async function selectHistory(db: Queryable, incident: string) {
  return db.select().from(incidentHistory).where(eq(incidentHistory.incident, incident)).orderBy(asc(incidentHistory.id));
}

export async function insertAddendum(db: Queryable, incident: string, addendum: { text: string; at: Date; by: string }): Promise<void> {
  await db.insert(incidentAddenda).values({ incident, ...addendum });
}

export async function selectAddenda(db: Queryable, incident: string) {
  return db.select().from(incidentAddenda).where(eq(incidentAddenda.incident, incident)).orderBy(asc(incidentAddenda.id));
}

export interface PersonInvolvement {
  person: string;
  role: InvolvementRole;
  injury: InjuryLevel;
  note: string | null;
  addedAt: Date;
  addedBy: string;
}

export async function selectPeople(db: Queryable, incident: string): Promise<PersonInvolvement[]> {
  const rows = await db.select().from(incidentPeople).where(eq(incidentPeople.incident, incident)).orderBy(asc(incidentPeople.addedAt), asc(incidentPeople.person));
  return rows.map((r) => ({ ...r, role: r.role as InvolvementRole, injury: r.injury as InjuryLevel }));
}

const personKey = (incident: string, person: string, role: string) =>
  and(eq(incidentPeople.incident, incident), eq(incidentPeople.person, person), eq(incidentPeople.role, role));

export async function selectInvolvement(db: Queryable, incident: string, person: string, role: string): Promise<PersonInvolvement | undefined> {
  const [row] = await db.select().from(incidentPeople).where(personKey(incident, person, role));
  return row ? { ...row, role: row.role as InvolvementRole, injury: row.injury as InjuryLevel } : undefined;
}

export async function insertInvolvement(db: Queryable, incident: string, row: PersonInvolvement): Promise<void> {
  await db.insert(incidentPeople).values({ incident, ...row });
}

export async function updateInvolvement(db: Queryable, incident: string, person: string, role: string, change: { injury: InjuryLevel; note: string | null }): Promise<void> {
  await db.update(incidentPeople).set(change).where(personKey(incident, person, role));
}

export async function deleteInvolvement(db: Queryable, incident: string, person: string, role: string): Promise<void> {
  await db.delete(incidentPeople).where(personKey(incident, person, role));
}

export interface StaffInvolvement {
  id: string;
  name: string;
  role: StaffRole;
  injury: InjuryLevel;
  hostage: boolean;
  note: string | null;
  addedAt: Date;
  addedBy: string;
}

export async function selectStaff(db: Queryable, incident: string): Promise<StaffInvolvement[]> {
  const rows = await db.select().from(incidentStaff).where(eq(incidentStaff.incident, incident)).orderBy(asc(incidentStaff.addedAt), asc(incidentStaff.name));
  return rows.map(({ incident: _incident, ...r }) => ({ ...r, role: r.role as StaffRole, injury: r.injury as InjuryLevel }));
}

export async function insertStaff(db: Queryable, incident: string, row: Omit<StaffInvolvement, 'id'>): Promise<string> {
  const [inserted] = await db.insert(incidentStaff).values({ incident, ...row }).returning({ id: incidentStaff.id });
  return (inserted as { id: string }).id;
}

const staffKey = (incident: string, id: string) => and(eq(incidentStaff.incident, incident), eq(incidentStaff.id, id));

export async function updateStaff(db: Queryable, incident: string, id: string, change: Pick<StaffInvolvement, 'name' | 'role' | 'injury' | 'hostage' | 'note'>): Promise<void> {
  await db.update(incidentStaff).set(change).where(staffKey(incident, id));
}

export async function deleteStaff(db: Queryable, incident: string, id: string): Promise<void> {
  await db.delete(incidentStaff).where(staffKey(incident, id));
}

/** An incident as the early warning reads it (`at`: when it started, epoch milliseconds; casualties counted as the list counts them). */
export interface IncidentEventRow {
  id: string;
  centre: string;
  location: string | null;
  type: IncidentType;
  severity: IncidentSeverity;
  at: number;
  deaths: number;
  injuries: number;
}

/**
 * The incidents of these centres (or all) that started in [from, to], duplicates and reports
 * found not reportable left out, in time order: one set-based query.
 */
export async function selectIncidentEvents(db: Queryable, range: { centres?: readonly string[] | undefined; from: Date; to: Date }): Promise<IncidentEventRow[]> {
  const inCentres = range.centres ? sql`i.centre in (select jsonb_array_elements_text(${JSON.stringify(range.centres)}::jsonb))` : sql`true`;
  const result = (await db.execute(sql`
    select coalesce(json_agg(t order by t.at, t.id), '[]'::json)::text as rows from (
      select i.id, i.centre, i.location, i.type, i.severity, (extract(epoch from i.started_at) * 1000)::float8 as at,
             i.other_deaths + coalesce(pc.deaths, 0) + coalesce(sc.deaths, 0) as deaths,
             i.other_injuries + coalesce(pc.injuries, 0) + coalesce(sc.injuries, 0) as injuries
      from incidents i
      left join lateral (
        select count(*) filter (where w = 3)::int as deaths, count(*) filter (where w in (1, 2))::int as injuries
        from (select max(case injury when 'fatal' then 3 when 'serious' then 2 when 'minor' then 1 else 0 end) as w
              from incident_people where incident = i.id group by person) x
      ) pc on true
      left join lateral (
        select count(*) filter (where injury = 'fatal')::int as deaths, count(*) filter (where injury in ('minor', 'serious'))::int as injuries
        from incident_staff where incident = i.id
      ) sc on true
      where ${inCentres} and i.started_at >= ${range.from.toISOString()}::timestamptz and i.started_at <= ${range.to.toISOString()}::timestamptz
        and i.status not in ('duplicate', 'not_reportable')
    ) t`)) as { rows: { rows: string }[] };
  return JSON.parse(result.rows[0]?.rows ?? '[]') as IncidentEventRow[];
}

/** An incident as official statistics count it (`at`: when it started, epoch milliseconds). */
export interface IncidentCountRow {
  centre: string;
  type: IncidentType;
  at: number;
}

/**
 * The incidents of these centres (or all) that started in [from, to), duplicates and reports
 * found not reportable left out (as the early warning reads them): one query.
 */
export async function selectIncidentsStarted(db: Queryable, range: { centres?: readonly string[] | undefined; from: Date; to: Date }): Promise<IncidentCountRow[]> {
  const inCentres = range.centres ? sql`centre in (select jsonb_array_elements_text(${JSON.stringify(range.centres)}::jsonb))` : sql`true`;
  const result = (await db.execute(sql`
    select coalesce(json_agg(t), '[]'::json)::text as rows from (
      select centre, type, (extract(epoch from started_at) * 1000)::float8 as at from incidents
      where ${inCentres} and started_at >= ${range.from.toISOString()}::timestamptz and started_at < ${range.to.toISOString()}::timestamptz
        and status not in ('duplicate', 'not_reportable')
    ) t`)) as { rows: { rows: string }[] };
  return JSON.parse(result.rows[0]?.rows ?? '[]') as IncidentCountRow[];
}
