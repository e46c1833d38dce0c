import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { listSubtree } from '../estate/index.ts';

/**
 * The codes of a location of the centre and of everything under it (a pavilion's wings and
 * cells, a wing's cells, a cell alone). A location of another centre does not exist here.
 */
export async function locationsUnder(db: Queryable, centre: string, code: string): Promise<string[]> {
  const subtree = await listSubtree(db, code);
  if (subtree[0]?.centre !== centre) throw new AppError('LOCATION_NOT_FOUND', { code }, 'location');
  return subtree.map((l) => l.code);
}
