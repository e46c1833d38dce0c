import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable } from '../../db/engine.ts';
import { jsonRows } from '../../db/json-rows.ts';
import type {
  Authority,
  CentreSex,
  CentreType,
  LocationKind,
  LocationSex,
  LocationStatus,
  Regime,
  SecurityLevel,
} from '../../kernel/vocabulary.ts';
import { centreAuthorities, centres, locationChanges, locations } from './schema.ts';
import type { AuthorityRecord, Centre, Location, LocationChange, NewCentre } from './types.ts';

/** The estate's SQL: centres, their control authorities, locations and their change history. */

export type CentreRow = typeof centres.$inferSelect;
type LocationRow = typeof locations.$inferSelect;
export type LocationInsert = typeof locations.$inferInsert;

// Reads of many codes go in batches, so a parameter list never grows past what PostgreSQL takes.
const BATCH = 5000;

export function presentCentre(row: CentreRow): Centre {
  return {
    code: row.code,
    name: row.name,
    city: row.city,
    province: row.province,
    type: row.type as CentreType,
    sex: row.sex as CentreSex,
    authority: row.authority as Authority,
    timezone: row.timezone,
    capacityEstimated: row.capacityEstimated,
  };
}

function presentLocation(row: Omit<LocationRow, 'id' | 'createdAt'>): Location {
  return {
    code: row.code,
    centre: row.centre,
    parent: row.parent,
    kind: row.kind as LocationKind,
    name: row.name,
    sex: row.sex as LocationSex,
    regime: row.regime as Regime,
    security: row.security as SecurityLevel,
    designCapacity: row.designCapacity,
    workingCapacity: row.workingCapacity,
    maxCapacity: row.maxCapacity,
    status: row.status as LocationStatus,
    path: row.path,
    depth: row.depth,
  };
}

// ---- Centres ---------------------------------------------------------------------------------

/** Centres in the caseload (`null` = every centre): the filter sits in the SQL, so it fails closed. */
export async function selectCentres(db: Queryable, caseload: readonly string[] | null): Promise<Centre[]> {
  if (caseload !== null && caseload.length === 0) return [];
  const query = db.select().from(centres);
  const scoped = caseload === null ? query : query.where(inArray(centres.code, [...caseload]));
  return (await scoped.orderBy(asc(centres.code))).map(presentCentre);
}

export async function selectCentre(db: Queryable, code: string): Promise<Centre | undefined> {
  const [row] = await db.select().from(centres).where(eq(centres.code, code));
  return row ? presentCentre(row) : undefined;
}

export async function selectCentresByCode(db: Queryable, codes: readonly string[]): Promise<Centre[]> {
  if (codes.length === 0) return [];
  return (await db.select().from(centres).where(inArray(centres.code, [...codes]))).map(presentCentre);
}

export async function selectCentreCodes(db: Queryable, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.select({ code: centres.code }).from(centres).where(inArray(centres.code, [...codes]));
  return rows.map((r) => r.code);
}

/** Inserts centres with their first control-authority record (held since before registration). */
export async function insertCentreRows(db: Queryable, rows: readonly NewCentre[], recordedBy: string): Promise<Centre[]> {
  const inserted = await db.insert(centres).values(rows.map((r) => ({ ...r, capacityEstimated: r.capacityEstimated ?? false }))).returning();
  await db.insert(centreAuthorities).values(rows.map((r) => ({ centre: r.code, authority: r.authority, since: null, decree: null, recordedBy })));
  return inserted.map(presentCentre);
}

/** Who has controlled the centre, newest first (undated records last). */
export async function selectAuthorityHistory(db: Queryable, centre: string, limit?: number): Promise<AuthorityRecord[]> {
  const query = db
    .select()
    .from(centreAuthorities)
    .where(eq(centreAuthorities.centre, centre))
    .orderBy(sql`${centreAuthorities.since} desc nulls last`, desc(centreAuthorities.id));
  const rows = await (limit === undefined ? query : query.limit(limit));
  return rows.map((r) => ({ authority: r.authority as Authority, since: r.since, decree: r.decree, recordedAt: r.recordedAt, recordedBy: r.recordedBy }));
}

export async function insertAuthority(
  db: Queryable,
  record: { centre: string; authority: Authority; since: string; decree: string; recordedBy: string },
): Promise<void> {
  await db.insert(centreAuthorities).values(record);
}

export async function updateCentreAuthority(db: Queryable, centre: string, authority: Authority): Promise<Centre> {
  const [row] = await db.update(centres).set({ authority }).where(eq(centres.code, centre)).returning();
  return presentCentre(row as CentreRow);
}

// ---- Locations -------------------------------------------------------------------------------

export async function selectLocation(db: Queryable, code: string): Promise<Location | undefined> {
  const [row] = await db.select().from(locations).where(eq(locations.code, code));
  return row ? presentLocation(row) : undefined;
}

export async function selectLocations(db: Queryable, codes: readonly string[]): Promise<Location[]> {
  const found: Location[] = [];
  for (let i = 0; i < codes.length; i += BATCH) {
    const rows = await db.select().from(locations).where(inArray(locations.code, [...codes.slice(i, i + BATCH)]));
    found.push(...rows.map(presentLocation));
  }
  return found;
}

/** Every location of a centre, in tree order (by path), read as one JSON text. */
export async function selectCentreLocations(db: Queryable, centre: string): Promise<Location[]> {
  const rows = await jsonRows<Omit<LocationRow, 'id' | 'createdAt'>>(
    db,
    sql`select code, centre, parent, kind, name, sex, regime, security, design_capacity as "designCapacity",
               working_capacity as "workingCapacity", max_capacity as "maxCapacity", status, path, depth
        from locations where centre = ${centre} order by path`,
  );
  return rows.map(presentLocation);
}

/** The location with this path and everything under it, in tree order. */
export async function selectSubtree(db: Queryable, root: Pick<Location, 'code' | 'path'>): Promise<Location[]> {
  const rows = await db
    .select()
    .from(locations)
    .where(or(eq(locations.code, root.code), like(locations.path, `${root.path}/%`)))
    .orderBy(asc(locations.path));
  return rows.map(presentLocation);
}

/** All locations of the centres in scope (null = every centre), in tree order. */
export async function selectLocationsInScope(db: Queryable, scope: readonly string[] | null): Promise<Location[]> {
  if (scope !== null && scope.length === 0) return [];
  const rows = await db
    .select()
    .from(locations)
    .where(scope === null ? undefined : inArray(locations.centre, [...scope]))
    .orderBy(asc(locations.centre), asc(locations.path));
  return rows.map(presentLocation);
}

/** Inserts locations already checked and ordered parents first. */
export async function insertLocationRows(db: Queryable, rows: readonly LocationInsert[]): Promise<void> {
  await bulkInsert(db, locations, rows);
}

export async function updateCapacities(
  db: Queryable,
  code: string,
  capacities: { designCapacity: number; workingCapacity: number; maxCapacity: number },
): Promise<Location> {
  const [row] = await db.update(locations).set(capacities).where(eq(locations.code, code)).returning();
  return presentLocation(row as LocationRow);
}

export async function updateStatuses(db: Queryable, codes: readonly string[], status: LocationStatus): Promise<void> {
  await db.update(locations).set({ status }).where(inArray(locations.code, [...codes]));
}

export async function insertLocationChanges(db: Queryable, changes: readonly Omit<LocationChange, 'at'>[]): Promise<void> {
  if (changes.length > 0) await db.insert(locationChanges).values([...changes]);
}

/** The capacity and status history of a location, newest first. */
export async function selectLocationChanges(db: Queryable, code: string): Promise<LocationChange[]> {
  const rows = await db
    .select({
      location: locationChanges.location,
      kind: locationChanges.kind,
      oldValue: locationChanges.oldValue,
      newValue: locationChanges.newValue,
      reason: locationChanges.reason,
      at: locationChanges.at,
      recordedBy: locationChanges.recordedBy,
    })
    .from(locationChanges)
    .where(eq(locationChanges.location, code))
    .orderBy(desc(locationChanges.at), desc(locationChanges.id));
  return rows.map((r) => ({ ...r, kind: r.kind as LocationChange['kind'] }));
}

/** Capacity of each centre: the sums over its active locations of these kinds. */
export async function selectCapacityByCentre(
  db: Queryable,
  bedKinds: readonly LocationKind[],
): Promise<{ centre: string; design: number; working: number; max: number }[]> {
  return db
    .select({
      centre: locations.centre,
      design: sql<number>`coalesce(sum(${locations.designCapacity}), 0)::int`,
      working: sql<number>`coalesce(sum(${locations.workingCapacity}), 0)::int`,
      max: sql<number>`coalesce(sum(${locations.maxCapacity}), 0)::int`,
    })
    .from(locations)
    .where(and(eq(locations.status, 'active'), inArray(locations.kind, [...bedKinds])))
    .groupBy(locations.centre);
}

/** The cell, its ancestors and the `others` locations, each with its centre's sex: one query. */
export async function selectPlacementLocations(
  db: Queryable,
  cell: string,
  others: readonly string[],
): Promise<{ location: Location; centreSex: CentreSex }[]> {
  const rows = await db
    .select({ location: locations, centreSex: centres.sex })
    .from(locations)
    .innerJoin(centres, eq(centres.code, locations.centre))
    .where(
      sql`${locations.code} = any(
        string_to_array((select l.path from locations l where l.code = ${cell}), '/')
        || array(select jsonb_array_elements_text(${JSON.stringify(others)}::jsonb)))`,
    );
  return rows.map((r) => ({ location: presentLocation(r.location), centreSex: r.centreSex as CentreSex }));
}

/** A centre's name and zone, its location tree and the capacity and status changes after `since`: what the early warning reads. */
export interface WarningEstateRows {
  centres: { code: string; name: string; timezone: string }[];
  locations: {
    code: string;
    centre: string;
    parent: string | null;
    kind: LocationKind;
    name: string;
    design: number | null;
    working: number | null;
    max: number | null;
    status: LocationStatus;
  }[];
  /** Capacity values as `design/working/max` ('-' for none); status values as the status. `at` in epoch milliseconds. */
  changes: { location: string; kind: 'capacity' | 'status'; oldValue: string; newValue: string; at: number }[];
}

/** The early warning's read of the estate: these centres (or all), in three set-based queries. */
export async function selectWarningEstate(db: Queryable, options: { centres?: readonly string[] | undefined; since: Date }): Promise<WarningEstateRows> {
  const only = (column: SQL) => (options.centres ? sql`${column} in (select jsonb_array_elements_text(${JSON.stringify(options.centres)}::jsonb))` : sql`true`);
  const [centreRows, locationRows, changes] = await Promise.all([
    jsonRows<WarningEstateRows['centres'][number]>(db, sql`select code, name, timezone from centres c where ${only(sql`c.code`)} order by code`),
    jsonRows<WarningEstateRows['locations'][number]>(
      db,
      sql`select code, centre, parent, kind, name, design_capacity as design, working_capacity as working, max_capacity as max, status
          from locations l where ${only(sql`l.centre`)} order by code`,
    ),
    jsonRows<WarningEstateRows['changes'][number]>(
      db,
      sql`select x.location, x.kind, x.old_value as "oldValue", x.new_value as "newValue", (extract(epoch from x.at) * 1000)::float8 as at
          from location_changes x join locations l on l.code = x.location
          where ${only(sql`l.centre`)} and x.at > ${options.since.toISOString()}::timestamptz order by x.at, x.id`,
    ),
  ]);
  return { centres: centreRows, locations: locationRows, changes };
}
