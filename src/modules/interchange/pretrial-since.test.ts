import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import { parseCsvText } from './read-bundle.ts';

/** custody.csv's pretrial_since: a plausible date, as the API takes it (not after the day of admission, nor after today). */

const CUSTODY = 'person,centre,admitted_at,legal_status,offence,max_penalty_years,pretrial_since,risk,location';
const options = { language: 'en', clock: fixedClock('2025-01-01T12:00:00Z') } as const;
const issuesOf = (admittedAt: string, pretrialSince: string) =>
  parseCsvText(`${CUSTODY}\nP01,LIT,${admittedAt},pretrial,theft,,${pretrialSince},low,\n`, 'custody.csv', options).issues.map(({ line, column, code }) => [line, column, code]);

describe('pretrial_since in custody.csv', () => {
  it('refuses a date in the future, such as 9999-12-31 or 2199-12-31', () => {
    expect(issuesOf('2024-06-01T10:00:00Z', '2199-12-31')).toContainEqual([2, 'pretrial_since', 'IMPORT_FUTURE_DATE']);
    expect(issuesOf('2024-06-01T10:00:00Z', '9999-12-31')).toEqual([[2, 'pretrial_since', 'IMPORT_DATE_OUT_OF_RANGE']]);
  });

  it('refuses a date after the day of admission, with its own message', () => {
    const { issues } = parseCsvText(`${CUSTODY}\nP01,LIT,2024-06-01T10:00:00Z,pretrial,theft,,2024-07-01,low,\n`, 'custody.csv', options);
    expect(issues.map(({ line, column, code }) => [line, column, code])).toEqual([[2, 'pretrial_since', 'IMPORT_PRETRIAL_AFTER_ADMISSION']]);
    expect(issues[0]?.message).toBe('The date "2024-07-01" in pretrial_since is after the day of admission (2024-06-01T10:00:00.000Z).');
  });

  it('takes the day of admission, a day before it, and the admission day in a time zone ahead of UTC', () => {
    expect(issuesOf('2024-06-01T10:00:00Z', '2024-06-01')).toEqual([]);
    expect(issuesOf('2024-06-01T10:00:00Z', '2023-12-31')).toEqual([]);
    // 23:30 on 1 June in Guayaquil is already 2 June in UTC; 11:00 on 2 June in Kiribati (UTC+14) is 1 June 21:00 UTC.
    expect(issuesOf('2024-06-01T21:00:00Z', '2024-06-02')).toEqual([]);
  });
});
