/**
 * The standard counts of a centre's day and which one is due: pure (facts in, answer out).
 *
 * Every centre counts its people at the same wall-clock times in its own time zone: at unlock
 * (06:00), at midday (12:00), at lock-up (18:00) and at night (21:00). There is no table of
 * schedules: these are the times, for every centre, until a centre needs its own.
 */
export const COUNT_TIMES = ['06:00', '12:00', '18:00', '21:00'] as const;

/** One scheduled count: its wall-clock time in the centre's zone and the instant that is. */
export interface ScheduledCount {
  time: string;
  at: Date;
}

/** The count due now (the latest scheduled time passed), whether one was started since, and the next. */
export interface CountDue {
  due: ScheduledCount & { started: boolean };
  next: ScheduledCount;
}

const DAY_MS = 86_400_000;

/** The zone's offset from UTC at an instant, in ms (Intl: no time-zone library). */
function offsetAt(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant of a wall-clock time (HH:MM) on the local day that starts `day` (ms of its 00:00 as if UTC). */
function instantOf(day: number, time: string, timeZone: string): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const wall = day + (h * 60 + m) * 60_000;
  // Twice: the offset at the guess, in case the first guess fell across a change of offset.
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone));
}

/**
 * Which scheduled count is due at `now` in `timeZone` (the latest of `times` passed: before the
 * first of the day, the last of the day before), whether a count was started at or after it
 * (`lastStarted`: the start of the centre's latest count, null if none), and the next one.
 */
export function countDue(now: Date, timeZone: string, lastStarted: Date | null, times: readonly string[] = COUNT_TIMES): CountDue {
  const today = Math.floor((now.getTime() + offsetAt(now.getTime(), timeZone)) / DAY_MS) * DAY_MS;
  const slots = [today - DAY_MS, today, today + DAY_MS].flatMap((day) => times.map((time) => ({ time, at: instantOf(day, time, timeZone) })));
  const passed = slots.filter((s) => s.at.getTime() <= now.getTime());
  const due = passed[passed.length - 1] as ScheduledCount;
  const next = slots.find((s) => s.at.getTime() > now.getTime()) as ScheduledCount;
  return { due: { ...due, started: lastStarted !== null && lastStarted.getTime() >= due.at.getTime() }, next };
}
