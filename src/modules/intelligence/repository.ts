import { eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { pageFromCounted, type PageOf, type PageWindow, type SortDirection } from '../../kernel/paging.ts';
import type { SeizureItem } from '../../kernel/vocabulary.ts';
import { searches, seizures } from './schema.ts';
import type { SearchKind, SearchResult } from './schemas.ts';
import './errors.ts';

export type SearchRow = typeof searches.$inferSelect;
export type SeizureRow = typeof seizures.$inferSelect;
export type NewSeizure = typeof seizures.$inferInsert;

// The first key of a two-key advisory lock per centre and year of seizure ids; the migrations
// (7284001), the audit chains (7284002) and the counts (7284010) use other keys.
const SEIZURE_SERIES_LOCK = 7284030;

/** Serialises the issue of seizure ids of one centre and year until the transaction ends. */
export async function lockSeizureSeries(db: Queryable, prefix: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${SEIZURE_SERIES_LOCK}::int, hashtext(${prefix}))`);
}

/** The highest number issued in a series (`LIT-SZ-2026-` → 17), 0 when none. */
export async function lastSeizureNumber(db: Queryable, prefix: string): Promise<number> {
  const result = (await db.execute(
    sql`select coalesce(max(substring(id from length(${prefix}) + 1)::int), 0)::int as n from seizures where id like ${`${prefix}%`} and substring(id from length(${prefix}) + 1) ~ '^[0-9]{6,9}$'`,
  )) as { rows: { n: number }[] };
  return Number(result.rows[0]?.n ?? 0);
}

export async function insertSearch(db: Queryable, row: typeof searches.$inferInsert): Promise<SearchRow> {
  const [inserted] = await db.insert(searches).values(row).returning();
  return inserted as SearchRow;
}

export async function insertSeizures(db: Queryable, rows: readonly NewSeizure[]): Promise<SeizureRow[]> {
  if (rows.length === 0) return [];
  return db.insert(seizures).values([...rows]).returning();
}

export async function selectSearch(db: Queryable, id: string): Promise<SearchRow | undefined> {
  const [row] = await db.select().from(searches).where(eq(searches.id, id));
  return row;
}

export async function seizuresOfSearch(db: Queryable, search: string): Promise<SeizureRow[]> {
  return db.select().from(seizures).where(eq(seizures.search, search)).orderBy(seizures.id);
}

/** What each search found, item by item. */
export async function itemsOfSearches(db: Queryable, ids: readonly string[]): Promise<{ search: string; item: SeizureItem; quantity: number }[]> {
  if (ids.length === 0) return [];
  const result = (await db.execute(
    sql`select search::text as search, item, sum(quantity)::int as quantity from seizures where search = any(${sql.param([...ids])}::uuid[]) group by search, item order by search, item`,
  )) as { rows: { search: string; item: SeizureItem; quantity: number }[] };
  return result.rows.map((r) => ({ ...r, quantity: Number(r.quantity) }));
}

/** The filters of the lists, resolved: centres in scope (null = all), locations (a subtree), instants. */
export interface ListFilter {
  scope: readonly string[] | null;
  centre?: string | undefined;
  locations?: readonly string[] | undefined;
  items?: readonly SeizureItem[] | undefined;
  /** Days (YYYY-MM-DD, both included) on the national clock. */
  from?: string | undefined;
  to?: string | undefined;
  person?: string | undefined;
  kinds?: readonly SearchKind[] | undefined;
}

const textList = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

/** The zone of the lists' day filters: mainland Ecuador's (no daylight saving). */
const LIST_TIME_ZONE = 'America/Guayaquil';
/** The first instant of a day, and the first after it, on a clock. */
const dayStart = (day: string, zone: string) => sql`(${day}::date)::timestamp at time zone ${zone}`;
const dayAfter = (day: string, zone: string) => sql`((${day}::date) + 1)::timestamp at time zone ${zone}`;
const asc = (dir: SortDirection) => sql.raw(dir === 'asc' ? 'asc' : 'desc');

function seizureConditions(f: ListFilter, at: SQL): SQL[] {
  const where: SQL[] = [];
  if (f.scope !== null) where.push(sql`z.centre = any(${textList(f.scope)})`);
  if (f.centre) where.push(sql`z.centre = ${f.centre}`);
  if (f.locations) where.push(sql`z.location = any(${textList(f.locations)})`);
  if (f.items) where.push(sql`z.item = any(${textList(f.items)})`);
  if (f.person) where.push(sql`z.person = ${f.person}`);
  if (f.from) where.push(sql`${at} >= ${dayStart(f.from, LIST_TIME_ZONE)}`);
  if (f.to) where.push(sql`${at} < ${dayAfter(f.to, LIST_TIME_ZONE)}`);
  return where;
}

const whereAll = (conditions: SQL[]) => (conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `));

const SEIZURE_ORDER: Record<string, SQL> = {
  at: sql`z.at`,
  item: sql`z.item`,
  quantity: sql`z.quantity`,
  location: sql`z.location`,
};

/** A page of finds matching the filter, with the total in the same round trip. */
export async function pageSeizures(db: Queryable, filter: ListFilter, window: PageWindow & { sort: string; dir: SortDirection }): Promise<PageOf<SeizureJson>> {
  const order = SEIZURE_ORDER[window.sort] ?? sql`z.at`;
  const rows = await jsonRows<SeizureJson & { total: number }>(
    db,
    sql`with hits as (select * from seizures z where ${whereAll(seizureConditions(filter, sql`z.at`))})
      select c.total, p.* from (select count(*)::int as total from hits) c
      left join lateral (
        select z.id, z.at, z.centre, z.location, z.item, z.quantity, z.where_found as "whereFound", z.description, z.person,
               z.incident, z.search, z.recorded_at as "recordedAt", z.recorded_by as "recordedBy"
        from hits z order by ${order} ${asc(window.dir)} nulls last, z.id ${asc(window.dir)}
        limit ${window.limit} offset ${window.offset}
      ) p on true`,
  );
  return pageFromCounted(rows, 'id', window);
}

/** A find as the lists read it (timestamps as text). */
export interface SeizureJson {
  id: string;
  at: string;
  centre: string;
  location: string | null;
  item: SeizureItem;
  quantity: number;
  whereFound: string | null;
  description: string | null;
  person: string | null;
  incident: string | null;
  search: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface SearchJson {
  id: string;
  centre: string;
  location: string | null;
  kind: SearchKind;
  startedAt: string;
  endedAt: string | null;
  team: string;
  result: SearchResult;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
}

const SEARCH_ORDER: Record<string, SQL> = { startedAt: sql`s.started_at`, location: sql`s.location` };

/** A page of searches matching the filter (a search matches `items`/`person` through its finds). */
export async function pageSearches(db: Queryable, filter: ListFilter, window: PageWindow & { sort: string; dir: SortDirection }): Promise<PageOf<SearchJson>> {
  const where: SQL[] = [];
  if (filter.scope !== null) where.push(sql`s.centre = any(${textList(filter.scope)})`);
  if (filter.centre) where.push(sql`s.centre = ${filter.centre}`);
  if (filter.locations) where.push(sql`s.location = any(${textList(filter.locations)})`);
  if (filter.kinds) where.push(sql`s.kind = any(${textList(filter.kinds)})`);
  if (filter.from) where.push(sql`s.started_at >= ${dayStart(filter.from, LIST_TIME_ZONE)}`);
  if (filter.to) where.push(sql`s.started_at < ${dayAfter(filter.to, LIST_TIME_ZONE)}`);
  const findConditions: SQL[] = [];
  if (filter.items) findConditions.push(sql`z.item = any(${textList(filter.items)})`);
  if (filter.person) findConditions.push(sql`z.person = ${filter.person}`);
  if (findConditions.length > 0) where.push(sql`exists (select 1 from seizures z where z.search = s.id and ${whereAll(findConditions)})`);
  const order = SEARCH_ORDER[window.sort] ?? sql`s.started_at`;
  const rows = await jsonRows<SearchJson & { total: number }>(
    db,
    sql`with hits as (select * from searches s where ${whereAll(where)})
      select c.total, p.* from (select count(*)::int as total from hits) c
      left join lateral (
        select s.id, s.centre, s.location, s.kind, s.started_at as "startedAt", s.ended_at as "endedAt", s.team, s.result, s.note,
               s.recorded_at as "recordedAt", s.recorded_by as "recordedBy"
        from hits s order by ${order} ${asc(window.dir)} nulls last, s.id ${asc(window.dir)}
        limit ${window.limit} offset ${window.offset}
      ) p on true`,
  );
  return pageFromCounted(rows, 'id', window);
}

/** A centre's finds between two days (both included, on the centre's clock), summed by month, location and item. */
export async function sumSeizures(
  db: Queryable,
  centre: string,
  range: { from: string; to: string; timeZone: string },
): Promise<{ month: string; location: string | null; item: SeizureItem; quantity: number; finds: number }[]> {
  const rows = await jsonRows<{ month: string; location: string | null; item: SeizureItem; quantity: number; finds: number }>(
    db,
    sql`select to_char(z.at at time zone ${range.timeZone}, 'YYYY-MM') as month, z.location, z.item,
               sum(z.quantity)::int as quantity, count(*)::int as finds
        from seizures z
        where z.centre = ${centre} and z.at >= ${dayStart(range.from, range.timeZone)} and z.at < ${dayAfter(range.to, range.timeZone)}
        group by 1, 2, 3 order by 1, 2, 3`,
  );
  return rows;
}

/** Every find between two instants (of some centres, or all), in time order. */
export async function seizuresBetween(db: Queryable, range: { from: Date; to: Date; centres?: readonly string[] | undefined }): Promise<SeizureJson[]> {
  const where = [
    ...seizureConditions({ scope: range.centres ?? null }, sql`z.at`),
    sql`z.at >= ${range.from.toISOString()}::timestamptz`,
    sql`z.at < ${range.to.toISOString()}::timestamptz`,
  ];
  return jsonRows<SeizureJson>(
    db,
    sql`select z.id, z.at, z.centre, z.location, z.item, z.quantity, z.where_found as "whereFound", z.description, z.person,
               z.incident, z.search, z.recorded_at as "recordedAt", z.recorded_by as "recordedBy"
        from seizures z where ${whereAll(where)} order by z.at, z.id`,
  );
}
