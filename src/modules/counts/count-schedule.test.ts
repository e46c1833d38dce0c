import { describe, expect, it } from 'vitest';
import { countDue } from './count-schedule.ts';

const GYE = 'America/Guayaquil'; // UTC−5, no daylight saving
const GALAPAGOS = 'Pacific/Galapagos'; // UTC−6

describe('the count due now', () => {
  it("is the latest standard time passed in the centre's zone, and the next one follows", () => {
    // 12:30 in Guayaquil.
    const due = countDue(new Date('2026-03-10T17:30:00Z'), GYE, null);
    expect(due.due).toEqual({ time: '12:00', at: new Date('2026-03-10T17:00:00Z'), started: false });
    expect(due.next).toEqual({ time: '18:00', at: new Date('2026-03-10T23:00:00Z') });
  });

  it('is due from the minute itself', () => {
    expect(countDue(new Date('2026-03-10T11:00:00Z'), GYE, null).due.time).toBe('06:00');
    expect(countDue(new Date('2026-03-10T10:59:59Z'), GYE, null).due.time).toBe('21:00');
  });

  it('before the first count of the day is the night count of the day before, across the UTC date', () => {
    // 02:00 local on 11 March is 07:00 UTC on 11 March; 21:00 local on 10 March is 02:00 UTC on 11 March.
    const due = countDue(new Date('2026-03-11T07:00:00Z'), GYE, null);
    expect(due.due).toMatchObject({ time: '21:00', at: new Date('2026-03-11T02:00:00Z') });
    expect(due.next).toEqual({ time: '06:00', at: new Date('2026-03-11T11:00:00Z') });
    // 22:30 local on 10 March is already 11 March in UTC: still the 21:00 of the 10th.
    expect(countDue(new Date('2026-03-11T03:30:00Z'), GYE, null).due.at).toEqual(new Date('2026-03-11T02:00:00Z'));
  });

  it('says whether a count was started since the scheduled time', () => {
    const now = new Date('2026-03-10T17:30:00Z');
    expect(countDue(now, GYE, new Date('2026-03-10T17:05:00Z')).due.started).toBe(true);
    expect(countDue(now, GYE, new Date('2026-03-10T17:00:00Z')).due.started).toBe(true);
    // The 06:00 count does not answer for the 12:00 one.
    expect(countDue(now, GYE, new Date('2026-03-10T11:10:00Z')).due.started).toBe(false);
  });

  it("uses each centre's own zone: the same instant is another scheduled count in Galápagos", () => {
    // 17:30 UTC: 12:30 in Guayaquil, 11:30 in Galápagos.
    const now = new Date('2026-03-10T17:30:00Z');
    expect(countDue(now, GYE, null).due.time).toBe('12:00');
    expect(countDue(now, GALAPAGOS, null).due).toMatchObject({ time: '06:00', at: new Date('2026-03-10T12:00:00Z') });
  });

  it('takes other times when given', () => {
    expect(countDue(new Date('2026-03-10T17:30:00Z'), GYE, null, ['07:30', '19:30']).due).toMatchObject({ time: '07:30', at: new Date('2026-03-10T12:30:00Z') });
  });
});
