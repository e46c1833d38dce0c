import { BED_KINDS } from './check-location.ts';
import type { Location } from './types.ts';

/** Pure: how full locations are, summed up the tree. */

export interface CapacityTotals {
  design: number;
  working: number;
  max: number;
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
    const hasBeds = l.status === 'active' && BED_KINDS.includes(l.kind);
    const own = {
      design: hasBeds ? (l.designCapacity ?? 0) : 0,
      working: hasBeds ? (l.workingCapacity ?? 0) : 0,
      max: hasBeds ? (l.maxCapacity ?? 0) : 0,
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
