import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { pageFromCounted, type PageOf, type PageWindow, type SortDirection } from '../../kernel/paging.ts';
import type { IncidentSeverity, IncidentSort, IncidentStatus, IncidentType } from './schemas.ts';

/** The list's filters, resolved: centres to scope by (null = all), days as instants, locations as codes. */
export interface IncidentFilter {
  /** The caseload (and the centre asked for); null = every centre. */
  centres: readonly string[] | null;
  types?: readonly IncidentType[] | undefined;
  statuses?: readonly IncidentStatus[] | undefined;
  severities?: readonly IncidentSeverity[] | undefined;
  /** `startedAt` within one of these windows, one per time zone of the centres: [centres, from, to). */
  periods?: readonly { centres: readonly string[]; from: Date | null; to: Date | null }[] | undefined;
  person?: string | undefined;
  /** The location and every location under it. */
  locations?: readonly string[] | undefined;
  emergency?: string | undefined;
  reportedBy?: string | undefined;
}

export interface IncidentListRow {
  id: string;
  centre: string;
  location: string | null;
  type: IncidentType;
  severity: IncidentSeverity;
  status: IncidentStatus;
  startedAt: Date;
  endedAt: Date | null;
  reportedBy: string;
  reportedAt: Date;
  emergency: string | null;
  description: string;
  deaths: number;
  injuries: number;
}

const SORT_SQL: Record<IncidentSort, SQL> = {
  startedAt: sql`started_at`,
  reportedAt: sql`reported_at`,
  id: sql`id`,
  centre: sql`centre`,
  type: sql`type`,
  severity: sql`(case severity when 'low' then 1 when 'medium' then 2 when 'high' then 3 else 4 end)`,
  status: sql`status`,
};

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

function conditions(filter: IncidentFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.centres !== null) where.push(filter.centres.length === 0 ? sql`false` : sql`i.centre in (${list(filter.centres)})`);
  if (filter.types?.length) where.push(sql`i.type in (${list(filter.types)})`);
  if (filter.statuses) where.push(filter.statuses.length === 0 ? sql`false` : sql`i.status in (${list(filter.statuses)})`);
  if (filter.severities?.length) where.push(sql`i.severity in (${list(filter.severities)})`);
  if (filter.periods) {
    const windows = filter.periods.map((p) => {
      const parts = [sql`i.centre in (${list(p.centres)})`];
      if (p.from) parts.push(sql`i.started_at >= ${p.from.toISOString()}::timestamptz`);
      if (p.to) parts.push(sql`i.started_at < ${p.to.toISOString()}::timestamptz`);
      return sql`(${sql.join(parts, sql` and `)})`;
    });
    where.push(windows.length === 0 ? sql`false` : sql`(${sql.join(windows, sql` or `)})`);
  }
  if (filter.person) where.push(sql`i.id in (select incident from incident_people where person = ${filter.person})`);
  if (filter.locations) where.push(filter.locations.length === 0 ? sql`false` : sql`i.location in (${list(filter.locations)})`);
  if (filter.emergency) where.push(sql`i.emergency = ${filter.emergency}::uuid`);
  if (filter.reportedBy) where.push(sql`i.reported_by = ${filter.reportedBy}`);
  return where;
}

/**
 * One page of incidents and how many match, in one round trip. Casualties are counted as
 * `countCasualties` does: a person once, at their worst injury, plus staff and the others.
 */
export async function selectIncidentPage(
  db: Queryable,
  filter: IncidentFilter,
  order: { sort: IncidentSort; dir: SortDirection },
  window: PageWindow,
): Promise<PageOf<IncidentListRow>> {
  const where = conditions(filter);
  const whereSql = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const dir = order.dir === 'asc' ? sql`asc` : sql`desc`;
  // The filter is written twice rather than shared through a CTE: a CTE read twice would be
  // materialised whole, where the page alone can stop after `limit` rows of an index.
  const result = (await db.execute(sql`
    select c.total, p.*, pc.*, sc.* from (select count(*)::int as total from incidents i ${whereSql}) c
    left join lateral (
      select i.id, i.centre, i.location, i.type, i.severity, i.status, i.started_at, i.ended_at, i.reported_by, i.reported_at,
             i.emergency, left(i.description, 400) as description, i.other_deaths, i.other_injuries
      from incidents i ${whereSql} order by ${SORT_SQL[order.sort]} ${dir}, i.id ${dir} limit ${window.limit} offset ${window.offset}
    ) p on true
    left join lateral (
      select count(*) filter (where w = 3)::int as people_deaths, count(*) filter (where w in (1, 2))::int as people_injuries
      from (select max(case injury when 'fatal' then 3 when 'serious' then 2 when 'minor' then 1 else 0 end) as w
            from incident_people where incident = p.id group by person) x
    ) pc on true
    left join lateral (
      select count(*) filter (where injury = 'fatal')::int as staff_deaths, count(*) filter (where injury in ('minor', 'serious'))::int as staff_injuries
      from incident_staff where incident = p.id
    ) sc on true
    order by ${SORT_SQL[order.sort]} ${dir}, p.id ${dir}`)) as { rows: (Record<string, unknown> & { total: number; id: string | null })[] };
  const page = pageFromCounted(result.rows, 'id', window);
  const at = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  return {
    ...page,
    items: page.items.map((r) => ({
      id: r.id as string,
      centre: r.centre as string,
      location: r.location as string | null,
      type: r.type as IncidentType,
      severity: r.severity as IncidentSeverity,
      status: r.status as IncidentStatus,
      startedAt: at(r.started_at) as Date,
      endedAt: at(r.ended_at),
      reportedBy: r.reported_by as string,
      reportedAt: at(r.reported_at) as Date,
      emergency: r.emergency as string | null,
      description: r.description as string,
      deaths: Number(r.other_deaths) + Number(r.people_deaths ?? 0) + Number(r.staff_deaths ?? 0),
      injuries: Number(r.other_injuries) + Number(r.people_injuries ?? 0) + Number(r.staff_injuries ?? 0),
    })),
  };
}
