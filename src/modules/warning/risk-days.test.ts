import { describe, expect, it } from 'vitest';
import { riskByDay } from './risk-days.ts';

const DAY = 86_400_000;
const days = [0, 1, 2, 3].map((i) => ({ day: `2021-11-1${i}`, start: i * DAY, end: (i + 1) * DAY }));

describe("a pavilion's risk by day", () => {
  it('counts an alert on every day it was open with the worst severity it had that day, and nothing before or after', () => {
    const life = {
      raisedAt: DAY + 3_600_000,
      resolvedAt: 3 * DAY - 1,
      severities: [
        { at: DAY + 3_600_000, severity: 'medium' as const },
        { at: DAY + 7_200_000, severity: 'critical' as const },
        { at: 2 * DAY + 60_000, severity: 'high' as const },
      ],
    };
    expect(riskByDay(days, [life])).toEqual([
      { day: '2021-11-10', highest: null, open: 0 },
      { day: '2021-11-11', highest: 'critical', open: 1 },
      { day: '2021-11-12', highest: 'critical', open: 1 },
      { day: '2021-11-13', highest: null, open: 0 },
    ]);
  });

  it('takes the worst of several alerts open the same day; an open alert runs to the end', () => {
    const low = { raisedAt: 0, resolvedAt: null, severities: [{ at: 0, severity: 'low' as const }] };
    const high = { raisedAt: 2 * DAY, resolvedAt: 2 * DAY + 10, severities: [{ at: 2 * DAY, severity: 'high' as const }] };
    expect(riskByDay(days, [low, high]).map((d) => [d.highest, d.open])).toEqual([
      ['low', 1],
      ['low', 1],
      ['high', 2],
      ['low', 1],
    ]);
  });
});
