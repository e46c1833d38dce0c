import { AppError } from '../../kernel/errors.ts';

/** Fourteen hours: the furthest ahead of UTC any place's calendar day runs (UTC+14). */
const FURTHEST_AHEAD_MS = 14 * 3_600_000;

/** The latest calendar day that has begun somewhere on Earth at `at`: no local day can be later. */
export function latestDayAt(at: Date): string {
  return new Date(at.getTime() + FURTHEST_AHEAD_MS).toISOString().slice(0, 10);
}

/**
 * Refuses an implausible legal date (when pretrial detention began, when a legal status took
 * effect): after the day of the event it belongs to (an admission, a change recorded now), in
 * any time zone, or before the person was born.
 */
export function checkLegalDate(field: string, date: string, bounds: { notAfter: Date; birthDate?: string | null }): void {
  const limit = latestDayAt(bounds.notAfter);
  if (date > limit) throw new AppError('LEGAL_DATE_TOO_LATE', { field, date, limit }, field);
  if (bounds.birthDate && date < bounds.birthDate) {
    throw new AppError('LEGAL_DATE_BEFORE_BIRTH', { field, date, birthDate: bounds.birthDate }, field);
  }
}
