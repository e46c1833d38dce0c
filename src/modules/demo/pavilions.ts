import type { PersonSex, Regime, SecurityLevel } from '../../kernel/vocabulary.ts';
import type { CentrePlan } from './centres.ts';
import type { Random } from './random.ts';

/** What a pavilion is before its wings and cells are drawn. */
export interface PavilionSpec {
  name: string;
  sex: PersonSex;
  regime: Regime;
  security: SecurityLevel;
  /** Relative share of the centre's places. */
  weight: number;
  /** A published layout (Encuentro's modules): wings × cells of one size. */
  fixed?: { wings: number; cellsPerWing: number; size: number };
}

/** Cárcel del Encuentro as published: 160 cells × 4, 32 × 2 and 32 single super-maximum cells. */
function encuentro(): PavilionSpec[] {
  return [
    { name: 'Pabellón 1 (Alta seguridad)', sex: 'M', regime: 'mixed', security: 'maximum', weight: 640, fixed: { wings: 4, cellsPerWing: 40, size: 4 } },
    { name: 'Pabellón 2 (Máxima seguridad)', sex: 'M', regime: 'sentenced', security: 'maximum', weight: 64, fixed: { wings: 2, cellsPerWing: 16, size: 2 } },
    { name: 'Pabellón 3 (Súper máxima seguridad)', sex: 'M', regime: 'sentenced', security: 'special', weight: 32, fixed: { wings: 2, cellsPerWing: 16, size: 1 } },
  ];
}

/** Security of the centre's main (not women's-section) pavilions. */
function securityLevels(plan: CentrePlan, count: number, rng: Random): SecurityLevel[] {
  const code = plan.row.code;
  if (code === 'ROCA') return ['maximum', 'special'];
  // Turi (notes): 2 minimum, 3 medium, 2 maximum security areas and a provisional-detention block.
  if (code === 'TUR') return ['minimum', 'minimum', 'medium', 'medium', 'medium', 'maximum', 'maximum', 'medium'];
  const levels: SecurityLevel[] = Array.from({ length: count }, () => 'medium');
  const large = count >= 8;
  if (large) levels[count - 1] = 'minimum';
  const maximum = plan.row.sex === 'F' ? 0 : large ? 2 : count >= 3 ? 1 : 0;
  const candidates = rng.shuffle(levels.map((_, i) => i).filter((i) => levels[i] === 'medium'));
  for (const i of candidates.slice(0, maximum)) levels[i] = 'maximum';
  if (plan.row.sex === 'F' && count >= 4) levels[count - 1] = 'minimum';
  return levels;
}

const SECURITY_WEIGHT: Record<SecurityLevel, readonly [number, number]> = {
  special: [0.5, 0.5],
  maximum: [0.5, 0.7],
  medium: [0.8, 1.2],
  minimum: [0.4, 0.6],
};

/**
 * Regimes of the main pavilions (Mandela rule 11/112: the unsentenced apart). In a provisional
 * centre all are pretrial; elsewhere medium-security pavilions are made pretrial until about the
 * centre's pretrial share is reached, one or two are mixed, the rest (and all maximum and
 * minimum ones) hold the sentenced.
 */
function regimes(plan: CentrePlan, levels: readonly SecurityLevel[], weights: readonly number[], womenWeight: number, rng: Random): Regime[] {
  const count = levels.length;
  if (plan.reference.provisional) return levels.map(() => 'pretrial');
  const result: Regime[] = levels.map(() => 'sentenced');
  if (count === 1) return ['mixed'];
  if (plan.row.code === 'TUR') result[count - 1] = 'pretrial';
  const medium = levels.map((_, i) => i).filter((i) => levels[i] === 'medium' && result[i] === 'sentenced');
  if (count === 2) {
    result[medium[0] ?? 1] = 'mixed';
    return result;
  }
  const total = weights.reduce((a, b) => a + b, 0) + womenWeight;
  const target = plan.pretrialShare * total * 0.85;
  let pretrial = result.reduce((sum, r, i) => sum + (r === 'pretrial' ? (weights[i] ?? 0) : 0), 0);
  const order = rng.shuffle([...medium]);
  const mixedCount = count >= 10 ? 2 : 1;
  const mixed = order.splice(0, Math.min(mixedCount, Math.max(0, order.length - 1)));
  for (const i of mixed) result[i] = 'mixed';
  for (const i of order) {
    const weight = weights[i] ?? 0;
    if (pretrial > 0 && pretrial + weight > target) continue;
    result[i] = 'pretrial';
    pretrial += weight;
  }
  return result;
}

/** The pavilions of one centre, in order: the main ones, then a women's section in mixed centres. */
export function planPavilions(plan: CentrePlan, rng: Random): PavilionSpec[] {
  if (plan.row.code === 'ENC') return encuentro();
  const mainSex: PersonSex = plan.row.sex === 'F' ? 'F' : 'M';
  const womenCount = plan.row.sex === 'mixed' ? (plan.pavilions >= 10 ? 2 : 1) : 0;
  const mainCount = plan.pavilions - womenCount;
  const levels = securityLevels(plan, mainCount, rng);
  const weights = levels.map((level) => rng.between(...SECURITY_WEIGHT[level]));
  const mainWeight = weights.reduce((a, b) => a + b, 0);
  const womenWeight = womenCount > 0 ? (plan.womenShare / (1 - plan.womenShare)) * mainWeight : 0;
  const regimeOf = regimes(plan, levels, weights, womenWeight, rng);
  const specs: PavilionSpec[] = levels.map((security, i) => ({
    name: pavilionName(plan, i, mainCount, security),
    sex: mainSex,
    regime: regimeOf[i] ?? 'sentenced',
    security,
    weight: weights[i] ?? 1,
  }));
  for (let i = 0; i < womenCount; i++) {
    const number = mainCount + i + 1;
    specs.push({ name: `Pabellón ${number} (Mujeres)`, sex: 'F', regime: 'mixed', security: 'medium', weight: womenWeight / womenCount });
  }
  return specs;
}

function pavilionName(plan: CentrePlan, index: number, mainCount: number, security: SecurityLevel): string {
  if (plan.row.code === 'TUR' && index === mainCount - 1) return `Pabellón ${index + 1} (CDP)`;
  if (plan.row.code === 'LIT' && security === 'minimum') return 'Pabellón de Mínima';
  return `Pabellón ${index + 1}`;
}
