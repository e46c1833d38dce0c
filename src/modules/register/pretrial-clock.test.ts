import { describe, expect, it } from 'vitest';
import { pretrialClock, pretrialLimitMonths } from './pretrial-clock.ts';
import { normaliseForSearch, queryTerms, searchTextOf } from './search-text.ts';

describe('pretrial clock (COIP art. 541)', () => {
  it('gives one year for offences punishable by up to five years, eighteen months above', () => {
    expect(pretrialLimitMonths(5)).toBe(12);
    expect(pretrialLimitMonths(3)).toBe(12);
    expect(pretrialLimitMonths(5.5)).toBe(18);
    expect(pretrialLimitMonths(26)).toBe(18);
    expect(pretrialLimitMonths(null)).toBe(18);
  });

  it('counts days detained and flags the overdue', () => {
    const clock = pretrialClock('2024-01-15', 3, new Date('2025-01-20T10:00:00Z'));
    expect(clock).toMatchObject({ limitDate: '2025-01-15', limitMonths: 12, daysDetained: 371, overdue: true, daysRemaining: -5 });
    const running = pretrialClock('2024-01-15', 10, new Date('2025-01-20T10:00:00Z'));
    expect(running).toMatchObject({ limitDate: '2025-07-15', limitMonths: 18, overdue: false, daysRemaining: 176 });
  });

  it("counts days in the centre's time zone: at 22:00 in Guayaquil it is still that day", () => {
    const evening = new Date('2025-01-16T03:00:00Z');
    expect(pretrialClock('2025-01-14', 3, evening).daysDetained).toBe(1);
    expect(pretrialClock('2025-01-14', 3, evening, 'UTC').daysDetained).toBe(2);
  });

  it('ends a month short of its day on the last day of the month', () => {
    expect(pretrialClock('2023-08-31', 10, new Date('2024-01-01')).limitDate).toBe('2025-02-28');
  });
});

describe('search normalisation', () => {
  it('removes accents, case and punctuation', () => {
    expect(normaliseForSearch('José Adolfo MACÍAS-Villamar')).toBe('jose adolfo macias villamar');
    expect(searchTextOf({ id: 'P0000001', nationalId: '0912345678', givenNames: 'José Adolfo', familyNames: 'Macías Villamar', aliases: ['Fito'] })).toBe(
      'jose adolfo macias villamar fito p0000001 0912345678',
    );
  });

  it('keeps meaningful query words only', () => {
    expect(queryTerms('  josé  y Macías ')).toEqual(['jose', 'macias']);
    expect(queryTerms('el Flaco de la Torre')).toEqual(['flaco', 'torre']);
    expect(queryTerms('Li Wu')).toEqual(['li', 'wu']);
  });
});
