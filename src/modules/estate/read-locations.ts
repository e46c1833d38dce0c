import type { Queryable } from '../../db/engine.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { CentreSex } from '../../kernel/vocabulary.ts';
import { BED_KINDS } from './check-location.ts';
import {
  selectCapacityByCentre,
  selectCentreLocations,
  selectLocation,
  selectLocationChanges,
  selectLocations,
  selectLocationsInScope,
  selectPlacementLocations,
  selectSubtree,
} from './repository.ts';
import type { CapacityTotals } from './summarise-tree.ts';
import type { Location, LocationChange } from './types.ts';

/** Every location of a centre, in tree order (by path). */
export async function listCentreLocations(db: Queryable, centre: string): Promise<Location[]> {
  return selectCentreLocations(db, centre);
}

export async function findLocations(db: Queryable, codes: readonly string[]): Promise<Location[]> {
  return selectLocations(db, codes);
}

/**
 * A location of the caller's caseload: one elsewhere and one that does not exist are the same
 * LOCATION_NOT_FOUND, so the answer tells nothing about other centres.
 */
export async function findLocationInCaseload(db: Queryable, principal: Pick<Principal, 'caseload'>, code: string): Promise<Location> {
  const location = await selectLocation(db, code);
  if (!location || !isInCaseload(principal, location.centre)) throw new AppError('LOCATION_NOT_FOUND', { code }, 'code');
  return location;
}

/** One location, with its ancestors from the top (404 outside the caseload). */
export async function getLocation(
  db: Queryable,
  principal: Pick<Principal, 'caseload'>,
  code: string,
): Promise<{ location: Location; ancestors: Location[] }> {
  const location = await findLocationInCaseload(db, principal, code);
  const ancestorCodes = location.path.split('/').slice(0, -1);
  const ancestors = (await selectLocations(db, ancestorCodes)).sort((a, b) => a.depth - b.depth);
  return { location, ancestors };
}

/** The location and everything under it. */
export async function listSubtree(db: Queryable, code: string): Promise<Location[]> {
  const root = await selectLocation(db, code);
  if (!root) throw new AppError('LOCATION_NOT_FOUND', { code });
  return selectSubtree(db, root);
}

/** The capacity and status history of a location, newest first (404 outside the caseload). */
export async function getLocationHistory(db: Queryable, principal: Pick<Principal, 'caseload'>, code: string): Promise<LocationChange[]> {
  await findLocationInCaseload(db, principal, code);
  return selectLocationChanges(db, code);
}

/** The capacity and status history of a location, newest first. */
export async function locationHistory(db: Queryable, code: string): Promise<LocationChange[]> {
  return selectLocationChanges(db, code);
}

/** All locations of the centres in scope, in tree order. */
export async function listLocationsInScope(db: Queryable, principal: Pick<Principal, 'caseload'>): Promise<Location[]> {
  return selectLocationsInScope(db, caseloadScope(principal));
}

/** Capacity of each centre: the sums over its active locations with beds. */
export async function capacityByCentre(db: Queryable): Promise<Map<string, CapacityTotals>> {
  const rows = await selectCapacityByCentre(db, BED_KINDS);
  return new Map(rows.map((r) => [r.centre, { design: r.design, working: r.working, max: r.max }]));
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
  const found = await selectPlacementLocations(db, cell, others);
  const target = found.find((r) => r.location.code === cell) ?? null;
  const chain = new Set(target ? target.location.path.split('/').slice(0, -1) : []);
  return {
    target: target?.location ?? null,
    ancestors: found.filter((r) => chain.has(r.location.code)).map((r) => r.location).sort((a, b) => a.depth - b.depth),
    centreSex: target?.centreSex ?? null,
    paths: new Map(found.map((r) => [r.location.code, r.location.path.split('/')])),
  };
}
