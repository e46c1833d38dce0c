/** What the benchmarks build their synthetic estates from: the same estate on every run. */
import type { NewLocation } from '../../src/modules/estate/index.ts';

/** A small deterministic generator (mulberry32): the same sequence for the same seed. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Common names of coastal Ecuador, for people a search can find by the hundred. */
export const FAMILY = ['Macías', 'Zambrano', 'Vera', 'Cedeño', 'Mendoza', 'Alcívar', 'Moreira', 'Loor', 'Intriago', 'Bravo', 'Chávez', 'Quiroz'];
export const GIVEN = ['Carlos', 'José', 'Luis', 'Jorge', 'Miguel', 'Andrés', 'Byron', 'Darwin', 'Edison', 'Fabián', 'Kevin', 'Wilmer'];

/** One cell's three capacities. */
export interface CellCapacity {
  design: number;
  working: number;
  max: number;
}

/**
 * A centre's location tree: 4 pavilions (`<CENTRE>-P01`…), each of 4 wings (A–D) of 40 cells
 * with these capacities. Returns the rows to insert and each pavilion's cell codes, in order.
 */
export function pavilionTree(centre: string, capacity: CellCapacity): { locations: NewLocation[]; cellsOf: Map<string, string[]> } {
  const base = { centre, sex: 'M' as const, security: 'medium' as const, regime: 'mixed' as const, designCapacity: null, workingCapacity: null, maxCapacity: null };
  const locations: NewLocation[] = [];
  const cellsOf = new Map<string, string[]>();
  for (let p = 1; p <= 4; p += 1) {
    const pavilion = `${centre}-P${pad(p, 2)}`;
    locations.push({ ...base, code: pavilion, parent: null, kind: 'pavilion', name: `Pabellón ${p}` });
    const cells: string[] = [];
    for (const w of ['A', 'B', 'C', 'D']) {
      const wing = `${pavilion}-${w}`;
      locations.push({ ...base, code: wing, parent: pavilion, kind: 'wing', name: `Ala ${w}` });
      for (let c = 1; c <= 40; c += 1) {
        const cell = `${wing}-${pad(c, 3)}`;
        cells.push(cell);
        locations.push({ ...base, code: cell, parent: wing, kind: 'cell', name: `Celda ${c}`, designCapacity: capacity.design, workingCapacity: capacity.working, maxCapacity: capacity.max });
      }
    }
    cellsOf.set(pavilion, cells);
  }
  return { locations, cellsOf };
}
