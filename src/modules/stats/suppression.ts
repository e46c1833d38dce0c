import { SUPPRESSED, WITHHELD } from './schemas.ts';

/**
 * Small-count suppression of the open data. Pure.
 *
 * Primary: a count of 1 to 4 in a column that could point at a person is written "<5".
 * Secondary: in every group of figures with a published total (a row's causes of death and its
 * total; the centres of a period and the national figure; the months of a year and the year), a
 * single hidden part could be worked out by subtraction, so the smallest other non-zero part is
 * withheld too ("*"), or the total when there is none; repeated until no group has a single
 * hidden part.
 */

/** A cell: its table, row and column. */
export interface CellRef {
  table: string;
  row: number;
  column: string;
}

/** Parts that add up to a total. */
export interface CellGroup {
  total: CellRef;
  parts: CellRef[];
}

export type Marker = typeof SUPPRESSED | typeof WITHHELD;

const keyOf = (ref: CellRef) => `${ref.table}\u0000${ref.row}\u0000${ref.column}`;

/**
 * Which cells to hide: `valueOf` reads a cell's count, `isSuppressible` says whether its column
 * (in its table) takes primary suppression, `groups` are the sums published.
 */
export function suppressionPlan(
  cells: readonly CellRef[],
  valueOf: (ref: CellRef) => number,
  isSuppressible: (ref: CellRef) => boolean,
  groups: readonly CellGroup[],
): Map<string, Marker> {
  const hidden = new Map<string, Marker>();
  for (const ref of cells) {
    const value = valueOf(ref);
    if (isSuppressible(ref) && value >= 1 && value <= 4) hidden.set(keyOf(ref), SUPPRESSED);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      if (hidden.has(keyOf(group.total))) continue;
      const hiddenParts = group.parts.filter((p) => hidden.has(keyOf(p)));
      if (hiddenParts.length !== 1) continue;
      const candidates = group.parts.filter((p) => !hidden.has(keyOf(p)) && valueOf(p) > 0).sort((a, b) => valueOf(a) - valueOf(b));
      hidden.set(keyOf(candidates[0] ?? group.total), WITHHELD);
      changed = true;
    }
  }
  return hidden;
}

/** The marker of a cell in a plan, if hidden. */
export function markerOf(plan: ReadonlyMap<string, Marker>, ref: CellRef): Marker | undefined {
  return plan.get(keyOf(ref));
}
