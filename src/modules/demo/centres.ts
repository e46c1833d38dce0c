import type { CentreRow } from '../interchange/index.ts';
import { REFERENCE_CENTRES, type ReferenceCentre } from './reference-centres.ts';

/** The number of people the demonstration estate holds unless asked otherwise (SNAI, 2025). */
export const DEFAULT_PEOPLE = 35_000;

export const CENTRE_TIMEZONE = 'America/Guayaquil';

/** Where the population was published but not the capacity: a typical SNAI occupancy. */
const TYPICAL_OCCUPANCY = 1.5;
/** Where neither was published: a small provincial centre's occupancy. */
const SMALL_CENTRE_OCCUPANCY = 1.3;

/**
 * Capacities guessed for the small provincial centres for which nothing was published, within
 * the 200–600 places such centres have. Plausible, not facts; they are reported as estimated.
 */
const SMALL_CENTRE_CAPACITY: Readonly<Record<string, number>> = {
  QUE: 500,
  AZO: 250,
  TUL: 160,
  AMB: 450,
  ARC: 300,
  JIP: 350,
  LAG: 400,
};

/** Pavilions where the notes give them (Turi: 9) or the brief asks (Litoral: 12 + minimum). */
const PAVILION_COUNT: Readonly<Record<string, number>> = {
  LIT: 13,
  LAT: 12,
  REG4: 10,
  TUR: 9,
  MAC: 6,
  ENC: 3,
  ROCA: 2,
};

/** Share of the unsentenced, per centre; the national figure is close to 37 % (SNAI, 2025). */
const DEFAULT_PRETRIAL_SHARE = 0.32;
const PRETRIAL_SHARE: Readonly<Record<string, number>> = {
  GYE5: 0.55, // possibly the former provisional detention centre
  ROCA: 0.15,
  ENC: 0.15,
};

/** Women's share of a mixed centre (Latacunga: 494 of 4,208 in 2022; 6.6 % nationally). */
const DEFAULT_WOMEN_SHARE = 0.08;
const WOMEN_SHARE: Readonly<Record<string, number>> = { LAT: 0.11 };

/** What the generator needs to know about one centre, facts and estimates together. */
export interface CentrePlan {
  reference: ReferenceCentre;
  row: Omit<CentreRow, 'line'>;
  /** Published capacity, or the estimate. */
  capacity: number;
  capacityEstimated: boolean;
  /** Latest published population, or the estimate. */
  population: number;
  pavilions: number;
  pretrialShare: number;
  /** Share of the places held for women (1 in a women's centre, 0 in a men's). */
  womenShare: number;
  /** Expected people per place with the default number of people (sets the cells' maxima). */
  defaultOccupancy: number;
}

function estimateCapacity(centre: ReferenceCentre): number {
  if (centre.capacity !== null) return centre.capacity;
  if (centre.population) return Math.round(centre.population.count / TYPICAL_OCCUPANCY / 10) * 10;
  return SMALL_CENTRE_CAPACITY[centre.code] ?? 300;
}

function estimatePopulation(centre: ReferenceCentre, capacity: number): number {
  if (centre.population) return centre.population.count;
  const occupancy = centre.overcrowdingPct === undefined ? SMALL_CENTRE_OCCUPANCY : 1 + centre.overcrowdingPct / 100;
  return Math.round(capacity * occupancy);
}

function countPavilions(code: string, capacity: number): number {
  const fixed = PAVILION_COUNT[code];
  if (fixed !== undefined) return fixed;
  if (capacity >= 3000) return 10;
  if (capacity >= 1000) return 6;
  if (capacity >= 400) return 4;
  if (capacity >= 250) return 3;
  return 2;
}

function womenShareOf(centre: ReferenceCentre): number {
  if (centre.sex === 'F') return 1;
  if (centre.sex === 'M') return 0;
  return WOMEN_SHARE[centre.code] ?? DEFAULT_WOMEN_SHARE;
}

/**
 * Every reference centre with its capacity, population and layout parameters. Deterministic
 * (no seed): the same estate skeleton whatever the seed.
 */
export function planCentres(): CentrePlan[] {
  const drafts = REFERENCE_CENTRES.map((reference) => {
    const capacity = estimateCapacity(reference);
    return { reference, capacity, population: estimatePopulation(reference, capacity) };
  });
  const totalPopulation = drafts.reduce((sum, d) => sum + d.population, 0);
  return drafts.map(({ reference, capacity, population }) => ({
    reference,
    row: {
      code: reference.code,
      name: reference.name,
      city: reference.city,
      province: reference.province,
      type: reference.type,
      sex: reference.sex,
      authority: reference.authority,
      timezone: CENTRE_TIMEZONE,
    },
    capacity,
    capacityEstimated: reference.capacity === null,
    population,
    pavilions: countPavilions(reference.code, capacity),
    pretrialShare: reference.provisional ? 1 : (PRETRIAL_SHARE[reference.code] ?? DEFAULT_PRETRIAL_SHARE),
    womenShare: womenShareOf(reference),
    defaultOccupancy: (population * DEFAULT_PEOPLE) / totalPopulation / capacity,
  }));
}

/**
 * Splits `total` over `weights` in proportion, in whole numbers that add up exactly (largest
 * remainders first; ties to the earlier entry).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    missing--;
  }
  return counts;
}
