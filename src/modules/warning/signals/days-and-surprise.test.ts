import { describe, expect, it } from 'vitest';
import { addDays, dayIn, dayInWords, dayStartIn, daysFromTo, numberInWords, placeNamer, poissonSurprise } from './common.ts';
import { FactsBuilder } from './testing.ts';

describe('days in a centre’s time zone', () => {
  it('puts an instant on the local calendar day', () => {
    expect(dayIn('2021-11-13T03:00:00Z', 'America/Guayaquil')).toBe('2021-11-12');
    expect(dayIn('2021-11-13T05:00:00Z', 'America/Guayaquil')).toBe('2021-11-13');
  });

  it('starts a day at local midnight, on the mainland, in Galápagos and across a clock change', () => {
    expect(dayStartIn('2021-11-13', 'America/Guayaquil')).toBe('2021-11-13T05:00:00.000Z');
    expect(dayStartIn('2021-11-13', 'Pacific/Galapagos')).toBe('2021-11-13T06:00:00.000Z');
    expect(dayStartIn('2021-03-28', 'Europe/Madrid')).toBe('2021-03-27T23:00:00.000Z');
    expect(dayStartIn('2021-03-29', 'Europe/Madrid')).toBe('2021-03-28T22:00:00.000Z');
  });

  it('counts and words days', () => {
    expect(daysFromTo('2021-10-31', '2021-11-13')).toBe(13);
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(dayInWords('2021-11-13')).toEqual({ es: '13 de noviembre de 2021', en: '13 November 2021' });
    expect(numberInWords(137.54)).toEqual({ es: '137,5', en: '137.5' });
  });
});

describe('poissonSurprise', () => {
  it('is zero for nothing observed and grows with each more event', () => {
    expect(poissonSurprise(0, 1)).toBe(0);
    let last = 0;
    for (let k = 1; k < 60; k++) {
      const s = poissonSurprise(k, 2);
      expect(s).toBeGreaterThan(last);
      last = s;
    }
  });

  it('matches the tail computed directly', () => {
    // P(X ≥ 3 | λ = 0.5) = 1 − e^−0.5 (1 + 0.5 + 0.125)
    expect(poissonSurprise(3, 0.5)).toBeCloseTo(-Math.log10(1 - Math.exp(-0.5) * 1.625), 9);
    expect(poissonSurprise(10, 30)).toBeCloseTo(-Math.log10(1 - 7.1e-6), 4);
    expect(Number.isFinite(poissonSurprise(500, 0.01))).toBe(true);
  });
});

describe('placeNamer', () => {
  it('names a cell with its wing and pavilion, and null as the centre', () => {
    const name = placeNamer(new FactsBuilder().pavilion('LIT-P2', { name: 'Pabellón 2' }).build());
    expect(name('LIT-P2-A-1')).toBe('Celda LIT-P2-A-1, Ala LIT-P2-A, Pabellón 2');
    expect(name('LIT-P2')).toBe('Pabellón 2');
    expect(name(null)).toBe('Penitenciaría del Litoral');
  });
});
