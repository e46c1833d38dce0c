import type { Queryable } from '../../db/engine.ts';
import { addDays, FOLLOW_DAYS, LEAD_DAYS, scoreBacktest, SERIOUS_INCIDENT_TYPES, type BacktestScore, type CentreDay, type SeriousIncident } from './backtest.ts';
import { factsAt, localDay } from './facts-at.ts';
import { loadWarningHistory } from './history.ts';
import { evaluateSignals } from './signals/all.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * The first instant of a local day (YYYY-MM-DD) in a time zone, as epoch ms: the UTC midnight
 * corrected by the zone's offset, checked again across a change of offset.
 */
export function midnightOf(day: string, timeZone: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const local = localWall(guess, timeZone);
    const next = guess - (local - wall);
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

/** The wall-clock time of an instant in a zone, read as if it were UTC (epoch ms). */
function localWall(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

export interface BacktestOptions {
  /** The first and last local days scored (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Only these centres (default: every centre). */
  centres?: readonly string[];
  /** Called after each centre is replayed (progress). */
  onCentre?: (centre: string, done: number, total: number) => void;
}

/**
 * Replays the history day by day and scores the early warning against what happened: the
 * history is read once (from a week before `from` to a week after `to`, with each signal's
 * look-back), then for every centre and every local day from `max(LEAD_DAYS)` days before
 * `from` to `to` the facts are projected as they stood at the end of that day in the centre's
 * zone and every signal evaluated; the high and critical findings and the serious incidents go
 * to `scoreBacktest` (backtest.ts). Reads only; writes nothing.
 */
export async function runBacktest(db: Queryable, options: BacktestOptions): Promise<BacktestScore> {
  const lead = Math.max(...LEAD_DAYS);
  const first = addDays(options.from, -lead);
  // A day's margin either side covers every zone's local days.
  const history = await loadWarningHistory(db, {
    centres: options.centres,
    from: new Date(Date.parse(`${first}T00:00:00Z`) - DAY_MS),
    to: new Date(Date.parse(`${addDays(options.to, FOLLOW_DAYS + 1)}T00:00:00Z`) + DAY_MS),
  });
  const serious = new Set(SERIOUS_INCIDENT_TYPES);
  const days: CentreDay[] = [];
  const incidents: SeriousIncident[] = [];
  const centres = [...history.centres].sort();
  centres.forEach((centre, index) => {
    const data = history.centreData.get(centre);
    if (!data) return;
    for (const i of data.incidents) {
      if (!serious.has(i.type)) continue;
      incidents.push({ id: i.id, centre, pavilion: i.pavilion, type: i.type, at: i.at, day: localDay(i.at, data.timezone) });
    }
    let next = midnightOf(first, data.timezone);
    for (let day = first; day <= options.to; day = addDays(day, 1)) {
      const start = next;
      next = midnightOf(addDays(day, 1), data.timezone);
      // The end of the local day; a zone's day is 23 to 25 hours long.
      const end = next > start + HOUR_MS ? next - 1 : start + DAY_MS - 1;
      const facts = factsAt(history, centre, new Date(end));
      const pavilionOf = new Map(facts.locations.map((l) => [l.code, l.pavilion]));
      const alerts = evaluateSignals(facts)
        .filter((f) => f.severity === 'high' || f.severity === 'critical')
        .map((f) => ({ key: `${f.type}|${f.subject}`, type: f.type, pavilion: f.location === null ? null : (pavilionOf.get(f.location) ?? f.location) }));
      days.push({ centre, day, end, alerts });
    }
    options.onCentre?.(centre, index + 1, centres.length);
  });
  return scoreBacktest({ from: options.from, to: options.to, days, incidents });
}
