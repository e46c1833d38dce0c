import type { LocationRow } from '../interchange/index.ts';
import type { LocationSex, PersonSex, Regime, SecurityLevel } from '../../kernel/vocabulary.ts';
import type { CentrePlan } from './centres.ts';
import type { Random } from './random.ts';
import { planPavilions, type PavilionSpec } from './pavilions.ts';

/** A cell as the placement needs it. */
export interface PlannedCell {
  code: string;
  centre: string;
  pavilion: string;
  sex: PersonSex;
  regime: Regime;
  security: SecurityLevel;
  design: number;
  max: number;
}

/** One centre's location tree, parents before children. */
export interface CentreLayout {
  plan: CentrePlan;
  rows: Omit<LocationRow, 'line'>[];
  cells: PlannedCell[];
  /** Design capacity of every bed location (cells and units). */
  designTotal: number;
  /** The chance that a person in a mixed-regime cell is unsentenced (sets the centre's share). */
  mixedPretrialChance: number;
}

const WING_LETTERS = 'ABCDEFGH';

/** Cell sizes by security level: [size, weight]. Maximum security has small cells. */
const CELL_SIZES: Record<SecurityLevel, readonly (readonly [number, number])[]> = {
  special: [
    [1, 1],
    [2, 1],
  ],
  maximum: [
    [2, 5],
    [3, 1],
    [4, 4],
  ],
  medium: [
    [2, 1],
    [3, 1],
    [4, 6],
    [5, 1],
    [6, 1.5],
  ],
  minimum: [
    [2, 1],
    [3, 1],
    [4, 6],
    [5, 1],
    [6, 1.5],
  ],
};

function sizeRange(security: SecurityLevel): { min: number; max: number } {
  const sizes = CELL_SIZES[security].map(([size]) => size);
  return { min: Math.min(...sizes), max: Math.max(...sizes) };
}

/** Cell design capacities adding up to about `target`. */
function drawCellSizes(target: number, security: SecurityLevel, rng: Random): number[] {
  const { min, max } = sizeRange(security);
  const sizes: number[] = [];
  let remaining = Math.max(target, min);
  while (remaining > 2 * max) {
    const size = rng.weighted(CELL_SIZES[security]);
    sizes.push(size);
    remaining -= size;
  }
  const count = Math.ceil(remaining / max);
  for (let i = 0; i < count; i++) {
    const size = Math.floor(remaining / (count - i));
    sizes.push(Math.max(min, size));
    remaining -= size;
  }
  return sizes;
}

function unitRows(plan: CentrePlan): Omit<LocationRow, 'line'>[] {
  const code = plan.row.code;
  const sex: LocationSex = plan.row.sex === 'mixed' ? 'any' : plan.row.sex;
  const security: SecurityLevel = plan.reference.maximumSecurity ? 'special' : 'medium';
  const unit = (suffix: string, kind: 'reception' | 'isolation' | 'health', name: string, design: number, max: number) => ({
    code: `${code}-${suffix}`,
    centre: code,
    parent: null,
    kind,
    name,
    sex,
    regime: 'mixed' as const,
    security: kind === 'isolation' ? ('maximum' as const) : security,
    designCapacity: design,
    workingCapacity: design,
    maxCapacity: max,
  });
  const reception = Math.max(2, Math.round(plan.capacity * 0.01));
  const isolation = Math.max(1, Math.round(plan.capacity * 0.006));
  const health = Math.max(2, Math.round(plan.capacity * 0.008));
  return [
    unit('REC', 'reception', 'Recepción', reception, reception * 2),
    unit('ISO', 'isolation', 'Aislamiento', isolation, isolation),
    unit('SAL', 'health', 'Enfermería', health, health + Math.ceil(health / 2)),
  ];
}

function wingCount(design: number, rng: Random): number {
  if (design < 40) return 2;
  if (design < 150) return rng.int(2, 3);
  return rng.int(3, 4);
}

/** Splits `total` into `parts` near-equal whole numbers, with a little jitter. */
function splitJittered(total: number, parts: number, rng: Random): number[] {
  const weights = Array.from({ length: parts }, () => rng.between(0.9, 1.1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  shares[0] = (shares[0] ?? 0) + total - shares.reduce((a, b) => a + b, 0);
  return shares;
}

function pavilionRows(plan: CentrePlan, spec: PavilionSpec, index: number, design: number, rng: Random) {
  const centre = plan.row.code;
  const code = `${centre}-P${index + 1}`;
  const common = { centre, sex: spec.sex, regime: spec.regime, security: spec.security };
  const none = { designCapacity: null, workingCapacity: null, maxCapacity: null };
  const rows: Omit<LocationRow, 'line'>[] = [{ code, parent: null, kind: 'pavilion', name: spec.name, ...common, ...none }];
  const cells: PlannedCell[] = [];
  // The cells' maximum: 1.5–2 × design, more where the published population needs it to fit.
  const crowding = spec.security === 'special' ? 1 : rng.between(1.5, 2);
  const factor = Math.max(crowding, plan.defaultOccupancy * 1.25);
  const fixed = spec.fixed;
  const wings = fixed?.wings ?? wingCount(design, rng);
  const wingDesigns = fixed ? [] : splitJittered(design, wings, rng);
  for (let w = 0; w < wings; w++) {
    const wingCode = `${code}-${WING_LETTERS[w]}`;
    rows.push({ code: wingCode, parent: code, kind: 'wing', name: `Ala ${WING_LETTERS[w]}`, ...common, ...none });
    const sizes = fixed ? Array.from({ length: fixed.cellsPerWing }, () => fixed.size) : drawCellSizes(wingDesigns[w] ?? 0, spec.security, rng);
    sizes.forEach((size, c) => {
      const number = String(c + 1).padStart(3, '0');
      const working = spec.security === 'special' ? size : size + rng.weighted([[0, 5], [1, 3], [2, 2]] as const);
      const max = Math.max(working, Math.ceil(size * factor));
      const cellCode = `${wingCode}-${number}`;
      rows.push({
        code: cellCode,
        parent: wingCode,
        kind: 'cell',
        name: `Celda ${number}`,
        ...common,
        designCapacity: size,
        workingCapacity: working,
        maxCapacity: max,
      });
      cells.push({ code: cellCode, centre, pavilion: code, sex: spec.sex, regime: spec.regime, security: spec.security, design: size, max });
    });
  }
  return { rows, cells };
}

function mixedChance(cells: readonly PlannedCell[], pretrialShare: number): number {
  let pretrial = 0;
  let mixed = 0;
  let total = 0;
  for (const cell of cells) {
    total += cell.design;
    if (cell.regime === 'pretrial') pretrial += cell.design;
    if (cell.regime === 'mixed') mixed += cell.design;
  }
  if (mixed === 0) return 0;
  return Math.min(0.95, Math.max(0.05, (pretrialShare * total - pretrial) / mixed));
}

/** The location tree of one centre: units, then each pavilion with its wings and cells. */
export function layOutCentre(plan: CentrePlan, rng: Random): CentreLayout {
  const units = unitRows(plan);
  const unitDesign = units.reduce((sum, u) => sum + (u.designCapacity ?? 0), 0);
  const specs = planPavilions(plan, rng);
  const weightSum = specs.reduce((sum, s) => sum + s.weight, 0);
  const cellTarget = Math.max(plan.capacity - unitDesign, specs.length * 8);
  const rows = [...units];
  const cells: PlannedCell[] = [];
  specs.forEach((spec, index) => {
    const design = Math.max(8, Math.round((cellTarget * spec.weight) / weightSum));
    const pavilion = pavilionRows(plan, spec, index, design, rng);
    rows.push(...pavilion.rows);
    cells.push(...pavilion.cells);
  });
  const designTotal = unitDesign + cells.reduce((sum, c) => sum + c.design, 0);
  return { plan, rows, cells, designTotal, mixedPretrialChance: mixedChance(cells, plan.pretrialShare) };
}
