import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { LocationKind } from '../../kernel/vocabulary.ts';
import { runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { checkCapacities, checkPlacementInTree } from './check-location.ts';
import { insertLocationRows, selectCentre, selectLocations, type LocationInsert } from './repository.ts';
import type { Location, NewLocation } from './types.ts';

type Known = { centre: string; kind: LocationKind; path: string; depth: number };

/** The rows in an order that puts every parent before its children, checked; throws on the first problem. */
function orderParentsFirst(rows: readonly NewLocation[], known: Map<string, Known>): LocationInsert[] {
  const pending = [...rows];
  const ordered: LocationInsert[] = [];
  // Keep taking the rows whose parent is known until none is left.
  while (pending.length > 0) {
    const before = pending.length;
    for (let i = pending.length - 1; i >= 0; i -= 1) {
      const row = pending[i] as NewLocation;
      const parent = row.parent === null ? null : known.get(row.parent);
      if (row.parent !== null && !parent) continue;
      pending.splice(i, 1);
      const problem = checkPlacementInTree(row, parent ?? null) ?? checkCapacities(row.kind, row);
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
  return ordered;
}

/**
 * Inserts locations, parents before children, after checking every one; throws on the first
 * problem. For the importer and for `addLocation`; the caller writes the audit entry.
 */
export async function insertLocations(w: AuditedTransaction, rows: readonly NewLocation[]): Promise<Location[]> {
  if (rows.length === 0) return [];
  const parents = [...new Set(rows.map((r) => r.parent).filter((p): p is string => p !== null))];
  const known = new Map<string, Known>((await selectLocations(w.tx, parents)).map((l) => [l.code, l]));
  const ordered = orderParentsFirst(rows, known);
  if (rows.length <= 100) {
    const [existing] = await selectLocations(w.tx, rows.map((r) => r.code));
    if (existing) throw new AppError('LOCATION_EXISTS', { code: existing.code }, 'code');
  }
  try {
    await insertLocationRows(w.tx, ordered);
  } catch (error) {
    if (/locations_code_unique/.test(String((error as { cause?: unknown }).cause ?? error))) throw new AppError('LOCATION_EXISTS', { code: '?' }, 'code');
    throw error;
  }
  return ordered.map((row) => ({ ...(row as NewLocation), status: 'active', path: row.path, depth: row.depth }));
}

/** Adds one location to a centre's tree. */
export async function addLocation(db: Database, context: AuditContext, row: NewLocation): Promise<Location> {
  return runAudited(db, context, async (w) => {
    if (!(await selectCentre(w.tx, row.centre))) throw new AppError('CENTRE_NOT_FOUND', { code: row.centre }, 'centre');
    const [location] = await insertLocations(w, [row]);
    w.audit({ action: 'location.created', subjectType: 'location', subjectId: row.code, centre: row.centre, new: row });
    return location as Location;
  });
}
