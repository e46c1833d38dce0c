import type { Offence, PersonSex, RiskLevel, SecurityLevel } from '../../kernel/vocabulary.ts';
import type { Random } from './random.ts';

/**
 * The offence mix of Ecuador's prisons (drugs about 28 %, robbery about 20 %, homicide about
 * 12 %…), in weights per 1,000. Plausible, not an official breakdown.
 */
const OFFENCE_MIX: readonly (readonly [Offence, number])[] = [
  ['drug_trafficking', 200],
  ['drug_possession', 80],
  ['robbery', 200],
  ['homicide', 120],
  ['theft', 80],
  ['sexual_offense', 80],
  ['weapons', 60],
  ['extortion', 45],
  ['organized_crime', 40],
  ['kidnapping', 20],
  ['fraud', 20],
  ['femicide', 15],
  ['terrorism', 10],
  ['other', 30],
];

/** How much more (or less) likely each offence is among high-risk people and among women. */
const HIGH_RISK_FACTOR: Partial<Record<Offence, number>> = {
  homicide: 2.5,
  organized_crime: 4,
  extortion: 2.5,
  kidnapping: 3,
  terrorism: 5,
  weapons: 1.5,
  theft: 0.3,
  fraud: 0.3,
  drug_possession: 0.4,
};
const LOW_RISK_FACTOR: Partial<Record<Offence, number>> = { theft: 2, fraud: 2, drug_possession: 1.5, homicide: 0.3, organized_crime: 0.2, terrorism: 0, kidnapping: 0.3 };
const WOMEN_FACTOR: Partial<Record<Offence, number>> = { drug_trafficking: 2.5, drug_possession: 1.5, femicide: 0, sexual_offense: 0.1, robbery: 0.6, homicide: 0.5, weapons: 0.5 };

function adjusted(factors: readonly Partial<Record<Offence, number>>[]): (readonly [Offence, number])[] {
  return OFFENCE_MIX.map(([offence, weight]) => [offence, factors.reduce((w, f) => w * (f[offence] ?? 1), weight)] as const);
}

const MIXES = new Map<string, (readonly [Offence, number])[]>();
for (const sex of ['M', 'F'] as const) {
  for (const risk of ['low', 'medium', 'high', 'maximum'] as const) {
    const factors = [risk === 'high' || risk === 'maximum' ? HIGH_RISK_FACTOR : risk === 'low' ? LOW_RISK_FACTOR : {}, sex === 'F' ? WOMEN_FACTOR : {}];
    MIXES.set(`${sex}:${risk}`, adjusted(factors));
  }
}

export function drawOffence(sex: PersonSex, risk: RiskLevel, rng: Random): Offence {
  return rng.weighted(MIXES.get(`${sex}:${risk}`) ?? OFFENCE_MIX);
}

/**
 * The upper end of the COIP penalty range, in years, by offence: e.g. homicidio 10–13 and
 * asesinato 22–26; drug trafficking by scale (mínima 1–3, mediana 3–5, alta 5–7, gran 10–13);
 * robo 3–7 (10 with injuries, 26 with a death); hurto up to 3.
 */
const PENALTIES: Record<Offence, readonly (readonly [number, number])[]> = {
  homicide: [[5, 1], [13, 4], [26, 5]],
  femicide: [[26, 1]],
  drug_trafficking: [[3, 2], [5, 3], [7, 2.5], [13, 2.5]],
  drug_possession: [[3, 7], [5, 3]],
  robbery: [[5, 30], [7, 55], [10, 12], [26, 3]],
  theft: [[2, 7], [3, 3]],
  extortion: [[5, 3], [7, 4], [10, 3]],
  kidnapping: [[7, 2], [13, 6], [26, 2]],
  organized_crime: [[7, 4], [10, 4], [13, 2]],
  terrorism: [[13, 6], [26, 4]],
  weapons: [[3, 40], [5, 45], [7, 15]],
  sexual_offense: [[5, 25], [10, 20], [22, 55]],
  fraud: [[3, 3], [7, 7]],
  other: [[1, 1], [3, 2], [5, 1]],
};

export function drawMaxPenalty(offence: Offence, rng: Random): number {
  return rng.weighted(PENALTIES[offence]);
}

/** Risk by the security of the pavilion a person is held in: high risk sits in maximum security. */
const RISK_BY_SECURITY: Record<SecurityLevel, readonly (readonly [RiskLevel, number])[]> = {
  minimum: [['low', 55], ['medium', 45]],
  medium: [['low', 12], ['medium', 76], ['high', 11], ['maximum', 1]],
  maximum: [['medium', 35], ['high', 50], ['maximum', 15]],
  special: [['high', 40], ['maximum', 60]],
};

export function drawRisk(security: SecurityLevel, rng: Random): RiskLevel {
  return rng.weighted(RISK_BY_SECURITY[security]);
}

/** COIP art. 541: preventive detention lapses after 12 months (penalty ≤ 5 years) or 18. */
export function pretrialLimitMonths(maxPenaltyYears: number): 12 | 18 {
  return maxPenaltyYears <= 5 ? 12 : 18;
}
