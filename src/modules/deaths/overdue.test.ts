import { describe, expect, it } from 'vitest';
import { deathAlerts, isOverdue } from './overdue.ts';
import type { DeathObligation } from './schemas.ts';

const death = new Date('2026-03-01T10:00:00Z');
const hoursAfter = (h: number) => new Date(death.getTime() + h * 3_600_000);
const alertsAt = (h: number, done: DeathObligation[] = []) => deathAlerts(death, new Set(done), hoursAfter(h));

describe('the 24-hour notices after a death', () => {
  it('are due, not overdue, within 24 hours', () => {
    const alerts = alertsAt(23.9);
    expect(alerts.nextOfKin).toEqual({ state: 'due', dueAt: hoursAfter(24) });
    expect(alerts.authority.state).toBe('due');
    expect(isOverdue(alerts)).toBe(false);
  });

  it('are overdue past 24 hours when nobody was told', () => {
    const alerts = alertsAt(24.1);
    expect(alerts.nextOfKin.state).toBe('overdue');
    expect(alerts.authority.state).toBe('overdue');
    expect(isOverdue(alerts)).toBe(true);
  });

  it('stay overdue for the authority while only the next of kin were told', () => {
    const alerts = alertsAt(48, ['next_of_kin_informed', 'autopsy', 'investigation_opened']);
    expect(alerts.nextOfKin.state).toBe('done');
    expect(alerts.authority.state).toBe('overdue');
    expect(isOverdue(alerts)).toBe(true);
  });

  it.each<DeathObligation>(['judge_informed', 'ombudsman_informed'])('count %s as the independent authority told', (authority) => {
    const alerts = alertsAt(48, ['next_of_kin_informed', authority]);
    expect(alerts.authority.state).toBe('done');
    expect(isOverdue(alerts)).toBe(false);
  });
});
