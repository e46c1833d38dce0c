import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { findLocations } from '../estate/index.ts';
import { findStays } from '../roll/index.ts';

/** How far ahead of the server's clock a time may be (clocks of phones and PCs drift). */
const FUTURE_SLACK_MS = 5 * 60_000;

/** A value to check and the request field it came from (`finds.1.location`). */
export interface Named<T> {
  value: T;
  field: string;
}

/** Refuses a time in the future, naming its field. */
export function refuseFuture(at: Date, now: Date, field: string): void {
  if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) throw new AppError('SEIZURE_IN_FUTURE', {}, field);
}

/** Every location given must be a location of the centre; the first that is not is named. */
export async function checkLocations(db: Queryable, centre: string, wanted: readonly Named<string | null>[]): Promise<void> {
  const codes = [...new Set(wanted.flatMap((w) => (w.value ? [w.value] : [])))];
  const found = new Map((await findLocations(db, codes)).map((l) => [l.code, l.centre]));
  const wrong = wanted.find((w) => w.value !== null && found.get(w.value) !== centre);
  if (wrong) throw new AppError('SEIZURE_LOCATION_ELSEWHERE', { code: wrong.value, centre }, wrong.field);
}

/**
 * Every person given must have been in custody at the centre at `at`: on its roll, inside or out
 * at court or hospital (not escaped, not en route). The first who was not is named.
 */
export async function checkCustody(db: Queryable, centre: string, at: Date, wanted: readonly Named<string | null>[]): Promise<void> {
  const people = [...new Set(wanted.flatMap((w) => (w.value ? [w.value] : [])))];
  const held = new Set((await findStays(db, { centre, at, people, states: ['in', 'out'] })).map((s) => s.person));
  const wrong = wanted.find((w) => w.value !== null && !held.has(w.value));
  if (wrong) throw new AppError('SEIZURE_PERSON_NOT_IN_CUSTODY', { person: wrong.value, centre }, wrong.field);
}

/** An empty optional text is no text. */
export function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}
