import type { PersonSex } from '../../kernel/vocabulary.ts';
import { apportion } from './centres.ts';
import type { CentreLayout, PlannedCell } from './locations.ts';
import type { Random } from './random.ts';

/** Where one person will be at admission, before anything else is drawn about them. */
export interface Slot {
  layout: CentreLayout;
  /** null: not placed (just admitted, waiting in reception; or no room left). */
  cell: PlannedCell | null;
  sex: PersonSex;
  /** Admitted in the last days and not yet placed. */
  recent: boolean;
}

/** About one person in a thousand has just arrived and waits in reception, unplaced. */
const RECENT_SHARE = 0.001;

/**
 * How many people each cell holds: the centre's people spread over its cells in proportion to
 * design capacity, some pavilions a little fuller than others, never beyond a cell's maximum.
 * Returns the counts and how many did not fit.
 */
function fillCells(cells: readonly PlannedCell[], people: number, rng: Random): { counts: number[]; overflow: number } {
  const design = cells.reduce((sum, c) => sum + c.design, 0);
  const level = design > 0 ? people / design : 0;
  const pavilionFactor = new Map<string, number>();
  const counts = cells.map((cell) => {
    let factor = pavilionFactor.get(cell.pavilion);
    if (factor === undefined) {
      factor = rng.between(0.9, 1.1);
      pavilionFactor.set(cell.pavilion, factor);
    }
    return Math.min(cell.max, Math.floor(cell.design * level * factor + rng.next()));
  });
  let placed = counts.reduce((a, b) => a + b, 0);
  const order = rng.shuffle(cells.map((_, i) => i));
  while (placed !== people) {
    let changed = false;
    for (const i of order) {
      if (placed === people) break;
      const count = counts[i] ?? 0;
      const cell = cells[i] as PlannedCell;
      if (placed < people && count < cell.max) {
        counts[i] = count + 1;
        placed++;
        changed = true;
      } else if (placed > people && count > 0) {
        counts[i] = count - 1;
        placed--;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { counts, overflow: Math.max(0, people - placed) };
}

/**
 * One slot per person: people shared out over the centres in proportion to each centre's latest
 * population (so occupancy is as published), then over the cells. Shuffled, so register numbers
 * do not follow the cells.
 */
export function placePeople(layouts: readonly CentreLayout[], people: number, rng: Random): Slot[] {
  const populations = layouts.map((l) => l.plan.population);
  const perCentre = apportion(people, populations);
  const recentPerCentre = apportion(Math.round(people * RECENT_SHARE), populations);
  const slots: Slot[] = [];
  layouts.forEach((layout, index) => {
    const total = perCentre[index] ?? 0;
    const recent = Math.min(total, recentPerCentre[index] ?? 0);
    const { counts, overflow } = fillCells(layout.cells, total - recent, rng);
    layout.cells.forEach((cell, i) => {
      for (let n = 0; n < (counts[i] ?? 0); n++) slots.push({ layout, cell, sex: cell.sex, recent: false });
    });
    const unplacedSex = (): PersonSex => (rng.chance(layout.plan.womenShare) ? 'F' : 'M');
    for (let n = 0; n < recent; n++) slots.push({ layout, cell: null, sex: unplacedSex(), recent: true });
    for (let n = 0; n < overflow; n++) slots.push({ layout, cell: null, sex: unplacedSex(), recent: false });
  });
  return rng.shuffle(slots);
}
