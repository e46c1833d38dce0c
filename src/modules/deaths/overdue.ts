import type { DeathObligation } from './schemas.ts';

/** Hours after a death within which the next of kin and an independent authority must be told. */
export const NOTICE_HOURS = 24;

/** `late`: done, but after the 24 hours (the rule was broken even though the notice was made). */
export type AlertState = 'done' | 'late' | 'due' | 'overdue';
export interface Alert {
  state: AlertState;
  dueAt: Date;
  /** When the notice was made (for `done` and `late`). */
  doneAt?: Date;
}
export interface DeathAlerts {
  nextOfKin: Alert;
  /** A judge or the ombudsman (Defensoría del Pueblo): either is an independent authority. */
  authority: Alert;
}

function alert(doneAt: Date | undefined, dueAt: Date, now: Date): Alert {
  if (doneAt !== undefined) return { state: doneAt.getTime() > dueAt.getTime() ? 'late' : 'done', dueAt, doneAt };
  return { state: now.getTime() > dueAt.getTime() ? 'overdue' : 'due', dueAt };
}

function earliest(...times: (Date | undefined)[]): Date | undefined {
  return times.reduce<Date | undefined>((first, t) => (t !== undefined && (first === undefined || t.getTime() < first.getTime()) ? t : first), undefined);
}

/**
 * The notices Mandela rules 71–72 require after a death, as of `now`: the next of kin informed,
 * and a judge or the ombudsman informed, each within 24 hours of the death. `done` gives when
 * each obligation was done (the earliest time, if several are given); a notice made exactly at
 * 24 hours is in time, one made after is `late`. Pure.
 */
export function deathAlerts(deathAt: Date, done: ReadonlyMap<DeathObligation, Date>, now: Date): DeathAlerts {
  const dueAt = new Date(deathAt.getTime() + NOTICE_HOURS * 3_600_000);
  return {
    nextOfKin: alert(done.get('next_of_kin_informed'), dueAt, now),
    authority: alert(earliest(done.get('judge_informed'), done.get('ombudsman_informed')), dueAt, now),
  };
}

/** Whether a notice is still not made past its 24 hours (a late notice was made: not overdue). */
export function isOverdue(alerts: DeathAlerts): boolean {
  return alerts.nextOfKin.state === 'overdue' || alerts.authority.state === 'overdue';
}

/** Whether a notice was made, but after its 24 hours. */
export function isLate(alerts: DeathAlerts): boolean {
  return alerts.nextOfKin.state === 'late' || alerts.authority.state === 'late';
}
