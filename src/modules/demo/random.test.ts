import { describe, expect, it } from 'vitest';
import { apportion, planCentres } from './centres.ts';
import { drawNationalId } from './names.ts';
import { createRandom } from './random.ts';

describe('createRandom', () => {
  it('repeats a stream for the same seed and differs between streams', () => {
    const draw = (seed: number, stream: string) => {
      const rng = createRandom(seed, stream);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(1, 'a')).toEqual(draw(1, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(1, 'b'));
    expect(draw(1, 'a')).not.toEqual(draw(2, 'a'));
  });

  it('stays within its ranges and honours weights', () => {
    const rng = createRandom(5, 'ranges');
    let heads = 0;
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      seen.add(rng.int(2, 6));
      if (rng.weighted([['a', 3], ['b', 1]] as const) === 'a') heads++;
    }
    expect([...seen].sort()).toEqual([2, 3, 4, 5, 6]);
    expect(heads / 10_000).toBeGreaterThan(0.72);
    expect(heads / 10_000).toBeLessThan(0.78);
  });
});

describe('apportion', () => {
  it('splits a total in proportion, adding up exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 2, 5])).toEqual([0, 2, 5]);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});

describe('planCentres', () => {
  it('keeps published capacities and estimates the others plausibly', () => {
    const plans = new Map(planCentres().map((p) => [p.row.code, p]));
    expect(plans.get('LIT')?.capacity).toBe(4519);
    expect(plans.get('LIT')?.capacityEstimated).toBe(false);
    for (const plan of plans.values()) {
      if (!plan.capacityEstimated) continue;
      const occupancy = plan.population / plan.capacity;
      expect(occupancy).toBeGreaterThanOrEqual(1.2);
      expect(occupancy).toBeLessThanOrEqual(3.1);
    }
    expect(plans.get('AZO')?.capacity).toBeGreaterThanOrEqual(200);
    expect(plans.get('AZO')?.capacity).toBeLessThanOrEqual(600);
  });
});

describe('drawNationalId', () => {
  it('draws 10 digits that fail the cédula check digit, so none is a real person’s', () => {
    const rng = createRandom(9, 'ids');
    const isValidCedula = (id: string) => {
      let sum = 0;
      for (let d = 0; d < 9; d++) {
        let product = Number(id[d]) * (d % 2 === 0 ? 2 : 1);
        if (product > 9) product -= 9;
        sum += product;
      }
      return Number(id[9]) === (10 - (sum % 10)) % 10;
    };
    // The checker accepts exactly one check digit per prefix, so it can tell.
    expect(Array.from({ length: 10 }, (_, d) => isValidCedula(`092345678${d}`)).filter(Boolean)).toHaveLength(1);
    const ids = Array.from({ length: 500 }, () => drawNationalId('Guayas', rng));
    expect(ids.filter((id) => !/^\d{10}$/.test(id) || isValidCedula(id))).toEqual([]);
    expect(ids.filter((id) => id.startsWith('09')).length).toBeGreaterThan(300);
  });
});
