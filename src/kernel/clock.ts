/**
 * Where "now" comes from. Use cases take it from their caller (the composition root passes the
 * system clock; tests and the as-of features pass a fixed one), never from `new Date()`.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `at` (tests, replays). */
export function fixedClock(at: Date | string): Clock {
  const fixed = new Date(at);
  return { now: () => new Date(fixed) };
}
