import { describe, expect, it } from 'vitest';
import { deathAlerts, isOverdue } from './overdue.ts';
import type { DeathObligation } from './schemas.ts';

const death = new Date('2026-03-01T10:00:00Z');
const hoursAfter = (h: number) => new Date(death.getTime() + h * 3_600_000);
/** The alerts at `h` hours after the death, with these obligations done (by default 1 hour after). */
const alertsAt = (h: number, done: DeathObligation[] | Partial<Record<DeathObligation, number>> = []) =>
  deathAlerts(
    death,
    new Map(Array.isArray(done) ? done.map((o) => [o, hoursAfter(1)]) : Object.entries(done).map(([o, at]) => [o as DeathObligation, hoursAfter(at)])),
    hoursAfter(h),
  );

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

  it('are done, with when, when made within 24 hours', () => {
    const alerts = alertsAt(72, { next_of_kin_informed: 2, judge_informed: 20 });
    expect(alerts.nextOfKin).toEqual({ state: 'done', dueAt: hoursAfter(24), doneAt: hoursAfter(2) });
    expect(alerts.authority).toEqual({ state: 'done', dueAt: hoursAfter(24), doneAt: hoursAfter(20) });
  });

  it('are late, not done and not overdue, when made after 24 hours', () => {
    const alerts = alertsAt(100, { next_of_kin_informed: 72, ombudsman_informed: 24.01 });
    expect(alerts.nextOfKin).toEqual({ state: 'late', dueAt: hoursAfter(24), doneAt: hoursAfter(72) });
    expect(alerts.authority).toEqual({ state: 'late', dueAt: hoursAfter(24), doneAt: hoursAfter(24.01) });
    expect(isOverdue(alerts)).toBe(false);
  });

  it('count a notice made exactly at 24 hours as in time', () => {
    const alerts = alertsAt(30, { next_of_kin_informed: 24, judge_informed: 24 });
    expect(alerts.nextOfKin).toEqual({ state: 'done', dueAt: hoursAfter(24), doneAt: hoursAfter(24) });
    expect(alerts.authority.state).toBe('done');
  });

  it('take the earlier of the judge and the ombudsman for the authority', () => {
    expect(alertsAt(100, { judge_informed: 50, ombudsman_informed: 3 }).authority).toEqual({ state: 'done', dueAt: hoursAfter(24), doneAt: hoursAfter(3) });
    expect(alertsAt(100, { judge_informed: 30, ombudsman_informed: 60 }).authority).toEqual({ state: 'late', dueAt: hoursAfter(24), doneAt: hoursAfter(30) });
  });

  it('leave a late notice out of the overdue ones while the other one is still missing', () => {
    const alerts = alertsAt(100, { next_of_kin_informed: 30 });
    expect(alerts.nextOfKin.state).toBe('late');
    expect(alerts.authority.state).toBe('overdue');
    expect(isOverdue(alerts)).toBe(true);
  });
});
