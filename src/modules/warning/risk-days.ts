import type { AlertSeverity } from '../../kernel/vocabulary.ts';
import { worseSeverity } from './alert-plan.ts';

/** An alert's life for the risk by day: raised, its severity changes, resolved (null: open). */
export interface AlertLife {
  raisedAt: number;
  resolvedAt: number | null;
  /** Severity from each instant on, in time order (the first at raisedAt). */
  severities: { at: number; severity: AlertSeverity }[];
}

/**
 * The highest severity of the alerts open during each day `[start, end)` and how many were open
 * then; an alert counts on a day with every severity it had during that day. Pure.
 */
export function riskByDay(days: readonly { day: string; start: number; end: number }[], lives: readonly AlertLife[]): { day: string; highest: AlertSeverity | null; open: number }[] {
  return days.map(({ day, start, end }) => {
    let highest: AlertSeverity | null = null;
    let open = 0;
    for (const life of lives) {
      const until = life.resolvedAt ?? Number.POSITIVE_INFINITY;
      if (life.raisedAt >= end || until < start) continue;
      open += 1;
      const during = life.severities.filter((s, i) => {
        const next = life.severities[i + 1]?.at ?? until;
        return s.at < end && next >= start;
      });
      for (const s of during) highest = highest === null ? s.severity : worseSeverity(highest, s.severity);
    }
    return { day, highest, open };
  });
}
