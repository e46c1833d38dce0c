import type { Queryable } from '../../db/engine.ts';
import { readDeathRecords } from '../deaths/index.ts';
import { capacityByCentre, listAllCentres } from '../estate/index.ts';
import { readIncidentsStarted } from '../incidents/index.ts';
import { seizuresInPeriod } from '../intelligence/index.ts';
import { readPretrialSpans } from '../register/index.ts';
import { listDeaths, readRollDeltas, readStatsHistory } from '../roll/index.ts';
import type { DeathCause } from './schemas.ts';
import { monthsOf, yearsOf } from './calendar.ts';
import type { StatsPeriod } from './period.ts';
import type { StatsPoint, StatsReport, StatsSeries } from './schemas.ts';
import { centreLine, presentLine, sumLines, tabulate, type CentreFacts, type RawLine, type StatsTable } from './stats-arithmetic.ts';

/** A stretch of the period (a month, a year, the whole of it): its label and days. */
export interface Span {
  label: string;
  from: string;
  to: string;
}

/** The figures of one stretch: per centre (raw, before rounding) and summed. */
export interface SpanFigures {
  span: Span;
  centres: { code: string; name: string; line: RawLine }[];
  totals: RawLine;
}

/**
 * Official statistics of a period, read once: the figures of the whole period, of each month and
 * of each year come from the same table, so the report, the series and the open data always
 * agree. Centres: those asked for (already authorised), else every centre.
 */
export interface Statistics {
  period: StatsPeriod;
  centres: readonly CentreFacts[];
  /** The figures of a stretch of the period (whose last day is a month's last or the period's). */
  figures(span: Span): SpanFigures;
  months: readonly Span[];
  years: readonly Span[];
}

/** Reads the facts of `period` for `centres` (null: all) and lays them out per centre and day. */
export async function loadStatistics(db: Queryable, period: StatsPeriod, centres: readonly string[] | null): Promise<Statistics> {
  const [allCentres, capacities] = await Promise.all([listAllCentres(db), capacityByCentre(db)]);
  const chosen: CentreFacts[] = allCentres
    .filter((c) => centres === null || centres.includes(c.code))
    .map((c) => ({ code: c.code, name: c.name, timezone: c.timezone, designCapacity: capacities.get(c.code)?.design ?? 0 }));
  const codes = chosen.map((c) => c.code);
  // The window every centre's days fall in, whatever its time zone (±14 h around UTC midnights).
  const window = { from: new Date(Date.parse(`${period.from}T00:00:00Z`) - 14 * 3_600_000), to: new Date(Date.parse(`${period.to}T00:00:00Z`) + 38 * 3_600_000) };
  const scope = centres === null ? undefined : codes;
  const range = { ...window, centres: scope };
  const months = monthsOf(period.from, period.to).map((m) => ({ label: m.month, from: m.from, to: m.to }));
  const years = yearsOf(period.from, period.to).map((y) => ({ label: y.year, from: y.from, to: y.to }));
  const dayOf = (day: string) => Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000);
  const days = dayOf(period.to) + 1;
  const dates = { from: window.from.toISOString().slice(0, 10), to: window.to.toISOString().slice(0, 10) };
  const [rollDeltas, pretrial, deaths, incidents, seizures] = await Promise.all([
    readRollDeltas(db, { ...window, zones: chosen.map((c) => ({ centre: c.code, timezone: c.timezone })), firstDay: period.from, days }),
    // The stays of the episodes pretrial at some time of the period: who may count as pretrial at a month's end.
    readPretrialSpans(db, dates).then(async (spans) => ({ spans, history: await readStatsHistory(db, { ...range, episodes: [...new Set(spans.map((s) => s.episode))] }) })),
    listDeaths(db, { ...window, centres: scope ?? null }).then(async (moves) => {
      const records = await readDeathRecords(db, moves.map((m) => m.person));
      // A death with no register details yet is `pending`, as the register lists it.
      return moves.map((m) => ({ centre: m.centre, at: m.at.getTime(), cause: (records.get(m.person)?.cause ?? 'pending') as DeathCause }));
    }),
    readIncidentsStarted(db, range),
    seizuresInPeriod(db, { ...window, ...(scope ? { centres: scope } : {}) }),
  ]);
  const table: StatsTable = tabulate(
    {
      ...period,
      centres: chosen,
      rollDeltas,
      pretrialStays: pretrial.history.stays,
      pretrialSpans: pretrial.spans,
      movements: pretrial.history.movements,
      deaths,
      incidents,
      seizures: seizures.map((s) => ({ centre: s.centre, at: s.at.getTime(), item: s.item, quantity: s.quantity })),
    },
    months.map((m) => dayOf(m.to)),
  );
  return {
    period,
    centres: chosen,
    months,
    years,
    figures(span) {
      const first = dayOf(span.from);
      const last = dayOf(span.to);
      const lines = table.centres.map((t) => ({ code: t.centre.code, name: t.centre.name, line: centreLine(t, first, last) }));
      return { span, centres: lines, totals: sumLines(lines.map((l) => l.line), last - first + 1) };
    },
  };
}

/** The statistics of the whole period in the contract's shape (`custodia stats --json`, `GET /stats`). */
export function reportOf(statistics: Statistics): StatsReport {
  const { from, to } = statistics.period;
  const figures = statistics.figures({ label: `${from}/${to}`, from, to });
  return {
    from,
    to,
    centres: figures.centres.map((c) => ({ code: c.code, name: c.name, ...presentLine(c.line) })),
    totals: presentLine(figures.totals),
  };
}

/** The same figures month by month, per centre and summed (the dashboard's series). */
export function seriesOf(statistics: Statistics): StatsSeries {
  const perMonth = statistics.months.map((m) => statistics.figures(m));
  const point = (span: Span, line: RawLine): StatsPoint => ({ month: span.label, from: span.from, to: span.to, ...presentLine(line) });
  return {
    from: statistics.period.from,
    to: statistics.period.to,
    months: statistics.months.map((m) => m.label),
    centres: statistics.centres.map((c, i) => ({ code: c.code, name: c.name, points: perMonth.map((f) => point(f.span, (f.centres[i] as SpanFigures['centres'][number]).line)) })),
    totals: perMonth.map((f) => point(f.span, f.totals)),
  };
}

/**
 * The one computation of official statistics: the figures of `from`–`to` (both days included)
 * for `centres` (already authorised; all when absent), in the shape of `custodia stats --json`.
 */
export async function computeStatistics(db: Queryable, query: StatsPeriod & { centres?: readonly string[] | undefined }): Promise<StatsReport> {
  return reportOf(await loadStatistics(db, query, query.centres ?? null));
}

/** The monthly series of the same computation (the HQ dashboard's charts). */
export async function statisticsSeries(db: Queryable, query: StatsPeriod & { centres?: readonly string[] | undefined }): Promise<StatsSeries> {
  return seriesOf(await loadStatistics(db, query, query.centres ?? null));
}
