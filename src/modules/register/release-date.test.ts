import { describe, expect, it } from 'vitest';
import { addMonths, releaseDate, sentenceOf, sentenceStart } from './release-date.ts';

describe('the computed release date', () => {
  it('ends a sentence on the same day of the month, months later', () => {
    expect(releaseDate('2024-03-10', 12)).toBe('2025-03-10');
    expect(releaseDate('2024-03-10', 30)).toBe('2026-09-10');
    expect(releaseDate('2024-11-15', 2)).toBe('2025-01-15');
    expect(releaseDate('2024-03-10', 0)).toBe('2024-03-10');
  });

  it('ends on the last day of a shorter month', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 3)).toBe('2025-04-30');
  });

  it('counts preventive detention: from the earliest day of the legal history', () => {
    const history = [{ since: '2025-09-21' }, { since: '2024-01-05' }, { since: '2025-10-01' }];
    expect(sentenceStart(history)).toBe('2024-01-05');
    expect(sentenceOf({ legalStatus: 'sentenced', sentenceMonths: 24, legalHistory: history })).toEqual({ sentenceStart: '2024-01-05', releaseDate: '2026-01-05' });
  });

  it('is unknown without a sentence length, and absent for someone not sentenced', () => {
    expect(releaseDate('2024-01-05', null)).toBeNull();
    expect(sentenceOf({ legalStatus: 'sentenced', sentenceMonths: null, legalHistory: [{ since: '2024-01-05' }] })).toEqual({ sentenceStart: '2024-01-05', releaseDate: null });
    expect(sentenceOf({ legalStatus: 'pretrial', sentenceMonths: null, legalHistory: [{ since: '2024-01-05' }] })).toEqual({ sentenceStart: null, releaseDate: null });
    expect(sentenceOf({ legalStatus: 'sentenced', sentenceMonths: 12, legalHistory: [] })).toEqual({ sentenceStart: null, releaseDate: null });
  });
});
