import type { DeathObligation } from './schemas.ts';

/** Hours after a death within which the next of kin and an independent authority must be told. */
export const NOTICE_HOURS = 24;

export type AlertState = 'done' | 'due' | 'overdue';
export interface Alert {
  state: AlertState;
  dueAt: Date;
}
export interface DeathAlerts {
  nextOfKin: Alert;
  /** A judge or the ombudsman (Defensoría del Pueblo): either is an independent authority. */
  authority: Alert;
}

function alert(isDone: boolean, dueAt: Date, now: Date): Alert {
  if (isDone) return { state: 'done', dueAt };
  return { state: now.getTime() > dueAt.getTime() ? 'overdue' : 'due', dueAt };
}

/**
 * The notices Mandela rules 71–72 require after a death, as of `now`: the next of kin informed,
 * and a judge or the ombudsman informed, each within 24 hours of the death. Pure.
 */
export function deathAlerts(deathAt: Date, done: ReadonlySet<DeathObligation>, now: Date): DeathAlerts {
  const dueAt = new Date(deathAt.getTime() + NOTICE_HOURS * 3_600_000);
  return {
    nextOfKin: alert(done.has('next_of_kin_informed'), dueAt, now),
    authority: alert(done.has('judge_informed') || done.has('ombudsman_informed'), dueAt, now),
  };
}

export function isOverdue(alerts: DeathAlerts): boolean {
  return alerts.nextOfKin.state === 'overdue' || alerts.authority.state === 'overdue';
}
