import { and, asc, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Database, Queryable } from '../../db/engine.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type {
  CentreSex,
  LocationKind,
  LocationSex,
  LocationStatus,
  Regime,
  SecurityLevel,
} from '../../kernel/vocabulary.ts';
import { runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { BED_KINDS, checkCapacities, checkPlacementInTree, type Capacities } from './check-location.ts';
import { centres, locationChanges, locations } from './schema.ts';

export interface NewLocation extends Capacities {
  code: string;
  centre: string;
  parent: string | null;
  kind: LocationKind;
  name: string;
  sex: LocationSex;
  regime: Regime;
  security: SecurityLevel;
}

export interface Location extends NewLocation {
  status: LocationStatus;
  path: string;
  depth: number;
}

type LocationRow = typeof locations.$inferSelect;

function present(row: Omit<LocationRow, 'id' | 'createdAt'>): Location {
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

/** Tells whether a person count would be found at these locations; supplied by the roll. */
export type OccupancyOf = (db: Queryable, locationCodes: readonly string[]) => Promise<Map<string, number>>;

/**
 * Inserts locations, parents before children, after checking every one; throws on the first
 * problem. For the importer and for `addLocation`; the caller writes the audit entry.
 */
export async function insertLocations(w: AuditedTransaction, rows: readonly NewLocation[]): Promise<Location[]> {
  if (rows.length === 0) return [];
  const known = new Map<string, { centre: string; kind: LocationKind; path: string; depth: number }>();
  const parents = [...new Set(rows.map((r) => r.parent).filter((p): p is string => p !== null))];
  for (let i = 0; i < parents.length; i += 5000) {
    const found = await w.tx.select().from(locations).where(inArray(locations.code, parents.slice(i, i + 5000)));
    for (const row of found) known.set(row.code, { centre: row.centre, kind: row.kind as LocationKind, path: row.path, depth: row.depth });
  }
  const pending = [...rows];
  const ordered: (typeof locations.$inferInsert)[] = [];
  // Parents first: keep taking the rows whose parent is known until none is left.
  while (pending.length > 0) {
    const before = pending.length;
    for (let i = pending.length - 1; i >= 0; i -= 1) {
      const row = pending[i] as NewLocation;
      const parent = row.parent === null ? null : known.get(row.parent);
      if (row.parent !== null && !parent) continue;
      pending.splice(i, 1);
      const problem =
        checkPlacementInTree(row, parent ?? null) ?? checkCapacities(row.kind, row);
      if (problem) throw new AppError('LOCATION_INVALID', { code: row.code, detail: problem }, 'parent');
      const path = parent ? `${parent.path}/${row.code}` : row.code;
      const depth = parent ? parent.depth + 1 : 1;
      known.set(row.code, { centre: row.centre, kind: row.kind, path, depth });
      ordered.push({ ...row, path, depth });
    }
    if (pending.length === before) {
      const orphan = pending[0] as NewLocation;
      throw new AppError('LOCATION_NOT_FOUND', { code: orphan.parent }, 'parent');
    }
  }
  if (rows.length <= 100) {
    const [existing] = await findLocations(w.tx, rows.map((r) => r.code));
    if (existing) throw new AppError('LOCATION_EXISTS', { code: existing.code }, 'code');
  }
  try {
    await bulkInsert(w.tx, locations, ordered);
  } catch (error) {
    if (/locations_code_unique/.test(String((error as { cause?: unknown }).cause ?? error))) throw new AppError('LOCATION_EXISTS', { code: '?' }, 'code');
    throw error;
  }
  return ordered.map((row) => ({ ...(row as NewLocation), status: 'active', path: row.path, depth: row.depth }));
}

/** Adds one location to a centre's tree. */
export async function addLocation(db: Database, context: AuditContext, row: NewLocation): Promise<Location> {
  const [centre] = await db.select({ code: centres.code }).from(centres).where(eq(centres.code, row.centre));
  if (!centre) throw new AppError('CENTRE_NOT_FOUND', { code: row.centre }, 'centre');
  return runAudited(db, context, async (w) => {
    const [location] = await insertLocations(w, [row]);
    w.audit({ action: 'location.created', subjectType: 'location', subjectId: row.code, centre: row.centre, new: row });
    return location as Location;
  });
}

/** Every location of a centre, in tree order (by path). */
export async function listCentreLocations(db: Queryable, centre: string): Promise<Location[]> {
  const rows = await jsonRows<Omit<LocationRow, 'id' | 'createdAt'>>(
    db,
    sql`select code, centre, parent, kind, name, sex, regime, security, design_capacity as "designCapacity",
               working_capacity as "workingCapacity", max_capacity as "maxCapacity", status, path, depth
        from locations where centre = ${centre} order by path`,
  );
  return rows.map(present);
}

export async function findLocations(db: Queryable, codes: readonly string[]): Promise<Location[]> {
  if (codes.length === 0) return [];
  const rows: LocationRow[] = [];
  for (let i = 0; i < codes.length; i += 5000) {
    rows.push(...(await db.select().from(locations).where(inArray(locations.code, [...codes.slice(i, i + 5000)]))));
  }
  return rows.map(present);
}

/** One location, with its ancestors from the top (404 outside the caseload). */
export async function getLocation(
  db: Queryable,
  principal: Pick<Principal, 'caseload'>,
  code: string,
): Promise<{ location: Location; ancestors: Location[] }> {
  const [row] = await db.select().from(locations).where(eq(locations.code, code));
  if (!row || !isInCaseload(principal, row.centre)) throw new AppError('LOCATION_NOT_FOUND', { code });
  const location = present(row);
  const ancestorCodes = location.path.split('/').slice(0, -1);
  const ancestors = (await findLocations(db, ancestorCodes)).sort((a, b) => a.depth - b.depth);
  return { location, ancestors };
}

/** The location and everything under it. */
export async function listSubtree(db: Queryable, code: string): Promise<Location[]> {
  const [root] = await db.select().from(locations).where(eq(locations.code, code));
  if (!root) throw new AppError('LOCATION_NOT_FOUND', { code });
  const rows = await db
    .select()
    .from(locations)
    .where(or(eq(locations.code, code), like(locations.path, `${root.path}/%`)))
    .orderBy(asc(locations.path));
  return rows.map(present);
}

/**
 * Changes the three capacities of a location with beds. The maximum may not fall below the
 * people housed there now. The change and its reason are kept in the location's history.
 */
export async function changeCapacity(
  db: Database,
  context: AuditContext,
  occupancyOf: OccupancyOf,
  input: { code: string; designCapacity: number; workingCapacity: number; maxCapacity: number; reason: string },
): Promise<Location> {
  const [row] = await db.select().from(locations).where(eq(locations.code, input.code));
  if (!row) throw new AppError('LOCATION_NOT_FOUND', { code: input.code }, 'code');
  const problem = checkCapacities(row.kind as LocationKind, input);
  if (problem) throw new AppError('CAPACITY_INVALID', { detail: problem }, 'maxCapacity');
  return runAudited(db, context, async (w) => {
    const occupancy = (await occupancyOf(w.tx, [input.code])).get(input.code) ?? 0;
    if (input.maxCapacity < occupancy) {
      throw new AppError('CAPACITY_BELOW_OCCUPANCY', { code: input.code, max: input.maxCapacity, occupancy }, 'maxCapacity');
    }
    const old = { designCapacity: row.designCapacity, workingCapacity: row.workingCapacity, maxCapacity: row.maxCapacity };
    const next = { designCapacity: input.designCapacity, workingCapacity: input.workingCapacity, maxCapacity: input.maxCapacity };
    const [updated] = await w.tx.update(locations).set(next).where(eq(locations.code, input.code)).returning();
    await w.tx.insert(locationChanges).values({
      location: input.code,
      kind: 'capacity',
      oldValue: `${old.designCapacity ?? '-'}/${old.workingCapacity ?? '-'}/${old.maxCapacity ?? '-'}`,
      newValue: `${next.designCapacity}/${next.workingCapacity}/${next.maxCapacity}`,
      reason: input.reason,
      recordedBy: context.actor.username,
    });
    w.audit({ action: 'location.capacity_changed', subjectType: 'location', subjectId: input.code, centre: row.centre, old, new: { ...next, reason: input.reason } });
    return present(updated as LocationRow);
  });
}

/**
 * Closes, reopens or marks damaged a location and everything under it. A location where
 * people are housed cannot be closed.
 */
export async function setLocationStatus(
  db: Database,
  context: AuditContext,
  occupancyOf: OccupancyOf,
  input: { code: string; status: LocationStatus; reason: string },
): Promise<Location[]> {
  const subtree = await listSubtree(db, input.code);
  const root = subtree[0] as Location;
  return runAudited(db, context, async (w) => {
    if (input.status === 'closed') {
      const occupancy = await occupancyOf(w.tx, subtree.map((l) => l.code));
      const count = [...occupancy.values()].reduce((a, b) => a + b, 0);
      if (count > 0) throw new AppError('LOCATION_OCCUPIED', { code: input.code, count }, 'status');
    }
    const changed = subtree.filter((l) => l.status !== input.status);
    if (changed.length === 0) {
      w.audit({ action: 'location.status_changed', subjectType: 'location', subjectId: input.code, centre: root.centre, new: { status: input.status, reason: input.reason, unchanged: true } });
      return subtree;
    }
    await w.tx.update(locations).set({ status: input.status }).where(inArray(locations.code, changed.map((l) => l.code)));
    await w.tx.insert(locationChanges).values(
      changed.map((l) => ({ location: l.code, kind: 'status', oldValue: l.status, newValue: input.status, reason: input.reason, recordedBy: context.actor.username })),
    );
    w.audit({
      action: 'location.status_changed',
      subjectType: 'location',
      subjectId: input.code,
      centre: root.centre,
      old: { status: root.status },
      new: { status: input.status, reason: input.reason, locations: changed.length },
    });
    return subtree.map((l) => ({ ...l, status: input.status }));
  });
}

export interface LocationChange {
  location: string;
  kind: string;
  oldValue: string;
  newValue: string;
  reason: string;
  at: Date;
  recordedBy: string;
}

/** The capacity and status history of a location, newest first. */
export async function locationHistory(db: Queryable, code: string): Promise<LocationChange[]> {
  return db.select({
    location: locationChanges.location,
    kind: locationChanges.kind,
    oldValue: locationChanges.oldValue,
    newValue: locationChanges.newValue,
    reason: locationChanges.reason,
    at: locationChanges.at,
    recordedBy: locationChanges.recordedBy,
  }).from(locationChanges).where(eq(locationChanges.location, code)).orderBy(desc(locationChanges.at), desc(locationChanges.id));
}

/** All locations of the centres in scope (null = every centre), in tree order. */
export async function listLocationsInScope(db: Queryable, principal: Pick<Principal, 'caseload'>): Promise<Location[]> {
  const scope = caseloadScope(principal);
  if (scope !== null && scope.length === 0) return [];
  const rows = await db
    .select()
    .from(locations)
    .where(scope === null ? undefined : and(inArray(locations.centre, [...scope])))
    .orderBy(asc(locations.centre), asc(locations.path));
  return rows.map(present);
}

export interface CapacityTotals {
  design: number;
  working: number;
  max: number;
}

/** Capacity of each centre: the sums over its active locations with beds. */
export async function capacityByCentre(db: Queryable): Promise<Map<string, CapacityTotals>> {
  const rows = await db
    .select({
      centre: locations.centre,
      design: sql<number>`coalesce(sum(${locations.designCapacity}), 0)::int`,
      working: sql<number>`coalesce(sum(${locations.workingCapacity}), 0)::int`,
      max: sql<number>`coalesce(sum(${locations.maxCapacity}), 0)::int`,
    })
    .from(locations)
    .where(and(eq(locations.status, 'active'), inArray(locations.kind, [...BED_KINDS])))
    .groupBy(locations.centre);
  return new Map(rows.map((r) => [r.centre, { design: r.design, working: r.working, max: r.max }]));
}

export interface LocationSummary extends Location, CapacityTotals {
  /** People whose place is this location or one under it. */
  occupancy: number;
  /** under | at | over_design | over_max, against the active beds under it. */
  band: 'under' | 'at' | 'over_design' | 'over_max';
}

/** How full a location is: at design, over it, or over the absolute maximum. */
export function occupancyBand(occupancy: number, design: number, max: number): LocationSummary['band'] {
  if (occupancy > max) return 'over_max';
  if (occupancy > design) return 'over_design';
  if (occupancy === design && design > 0) return 'at';
  return 'under';
}

/**
 * Sums capacities and occupancy up the tree. Pure: `locations` in path order, `counts` the
 * people at each exact location. Closed and damaged locations add no capacity.
 */
export function summariseTree(tree: readonly Location[], counts: ReadonlyMap<string, number>): LocationSummary[] {
  const totals = new Map<string, CapacityTotals & { occupancy: number }>();
  for (const l of tree) totals.set(l.code, { design: 0, working: 0, max: 0, occupancy: 0 });
  for (const l of tree) {
    const own = {
      design: l.status === 'active' && BED_KINDS.includes(l.kind) ? (l.designCapacity ?? 0) : 0,
      working: l.status === 'active' && BED_KINDS.includes(l.kind) ? (l.workingCapacity ?? 0) : 0,
      max: l.status === 'active' && BED_KINDS.includes(l.kind) ? (l.maxCapacity ?? 0) : 0,
      occupancy: counts.get(l.code) ?? 0,
    };
    for (const code of l.path.split('/')) {
      const t = totals.get(code);
      if (!t) continue;
      t.design += own.design;
      t.working += own.working;
      t.max += own.max;
      t.occupancy += own.occupancy;
    }
  }
  return tree.map((l) => {
    const t = totals.get(l.code) as CapacityTotals & { occupancy: number };
    return { ...l, ...t, band: occupancyBand(t.occupancy, t.design, t.max) };
  });
}

/**
 * What placing someone in `cell` needs of the estate, in one query: the cell, its ancestors (top
 * first), its centre's sex, and the paths of some other locations (where other people are).
 */
export async function placementLocations(
  db: Queryable,
  cell: string,
  others: readonly string[],
): Promise<{ target: Location | null; ancestors: Location[]; centreSex: CentreSex | null; paths: Map<string, string[]> }> {
  const rows = await db
    .select({ location: locations, centreSex: centres.sex })
    .from(locations)
    .innerJoin(centres, eq(centres.code, locations.centre))
    .where(
      sql`${locations.code} = any(
        string_to_array((select l.path from locations l where l.code = ${cell}), '/')
        || array(select jsonb_array_elements_text(${JSON.stringify(others)}::jsonb)))`,
    );
  const found = rows.map((r) => ({ location: present(r.location), centreSex: r.centreSex as CentreSex }));
  const target = found.find((r) => r.location.code === cell) ?? null;
  const chain = new Set(target ? target.location.path.split('/').slice(0, -1) : []);
  return {
    target: target?.location ?? null,
    ancestors: found.filter((r) => chain.has(r.location.code)).map((r) => r.location).sort((a, b) => a.depth - b.depth),
    centreSex: target?.centreSex ?? null,
    paths: new Map(found.map((r) => [r.location.code, r.location.path.split('/')])),
  };
}
