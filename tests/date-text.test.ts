import { describe, expect, it } from 'vitest';
import { dateProblem } from '../src/kernel/fields.ts';
import { dateTimeFromText, dateTimeText, datePattern, dayFromText, dayText } from '../web/src/components/date-text.ts';

describe('dates as people type them (DD/MM/YYYY, whatever the browser)', () => {
  it('reads day, month and year in that order, with any usual separator', () => {
    expect(dayFromText('05/12/2026')).toBe('2026-12-05');
    expect(dayFromText('5/1/2026')).toBe('2026-01-05');
    expect(dayFromText(' 05-12-2026 ')).toBe('2026-12-05');
    expect(dayFromText('05.12.2026')).toBe('2026-12-05');
    // Pasted ISO text stays itself.
    expect(dayFromText('2026-12-05')).toBe('2026-12-05');
    expect(dayFromText('')).toBe('');
  });

  it('shows ISO days as DD/MM/YYYY, and reads back what it shows', () => {
    expect(dayText('2026-12-05')).toBe('05/12/2026');
    expect(dayFromText(dayText('1999-02-28'))).toBe('1999-02-28');
    expect(datePattern('date', 'es')).toBe('DD/MM/AAAA');
    expect(datePattern('date', 'en')).toBe('DD/MM/YYYY');
  });

  it('turns an impossible day into a value the field rules refuse for that reason', () => {
    expect(dayFromText('31/02/2024')).toBe('2024-02-31');
    expect(dateProblem(dayFromText('31/02/2024'))).toBe('date_impossible');
    expect(dateProblem(dayFromText('29/02/2024'))).toBeNull();
    expect(dateProblem(dayFromText('29/02/2023'))).toBe('date_impossible');
    expect(dateProblem(dayFromText('01/01/0000'))).toBe('date_out_of_range');
  });

  it('keeps a text that is no date as typed, refused as badly written', () => {
    expect(dayFromText('ayer')).toBe('ayer');
    expect(dayFromText('12/2026')).toBe('12/2026');
    // Two-digit years are ambiguous: not guessed.
    expect(dayFromText('05/12/26')).toBe('05/12/26');
    expect(dateProblem(dayFromText('ayer'))).toBe('date_format');
  });

  it('reads and shows a date and time on a 24-hour clock', () => {
    expect(dateTimeFromText('05/12/2026 14:30')).toBe('2026-12-05T14:30');
    expect(dateTimeFromText('5/12/2026, 8:05')).toBe('2026-12-05T08:05');
    expect(dateTimeFromText('2026-12-05T14:30')).toBe('2026-12-05T14:30');
    expect(dateTimeFromText('05/12/2026')).toBe('05/12/2026');
    expect(dateTimeText('2026-12-05T14:30')).toBe('05/12/2026 14:30');
    expect(datePattern('datetime', 'es')).toBe('DD/MM/AAAA HH:MM');
  });
});
