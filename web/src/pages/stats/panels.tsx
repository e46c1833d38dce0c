import { DEATH_CAUSES, INCIDENT_TYPES, SEIZURE_ITEMS, type DeathCause, type StatsCentre, type StatsPoint, type StatsReport, type StatsSeries } from '../../api-stats.ts';
import { useI18n } from '../../i18n/index.ts';
import { ChartPanel, type StatsColumn, type StatsTable } from './ChartPanel.tsx';
import type { PlotLibrary } from './Chart.tsx';
import { causeWord, incidentWord, itemWord, useStatsFormat } from './format.ts';

/**
 * The charts of the dashboard and of the annual report, each with its table: population and
 * capacity over time, population against capacity per centre, the pretrial share over time,
 * deaths per month by cause, incidents by type and centre, escapes and recaptures, seizures.
 */

const BLUE = '#1d4e89';
const RED = '#a3262a';
const GREY = '#6b7280';
/** One colour per cause of death, the same in every chart. */
const CAUSE_COLOURS: Record<DeathCause, string> = {
  homicide: RED,
  self_inflicted: '#7b3fa0',
  natural: BLUE,
  accident: '#c27c0e',
  undetermined: GREY,
  pending: '#aab4bf',
};

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);
const short = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** The kinds of centre by their official abbreviations, so that a chart's axis tells the centres apart. */
const KINDS: [RegExp, string][] = [
  [/^Centro de Privación Provisional de Libertad\s*/i, 'CPPL '],
  [/^Centro de Privación de Libertad\s*/i, 'CPL '],
  [/^Centro de Rehabilitación Social\s*/i, 'CRS '],
];

/** A centre's name for an axis: its kind abbreviated (CPL, CPPL, CRS), cut to `length`. */
function axisName(name: string, length: number): string {
  const abbreviated = KINDS.reduce((text, [kind, word]) => text.replace(kind, word), name).trim();
  return short(abbreviated, length);
}

interface PanelProps {
  print?: boolean;
  /** Words for the CSV file names (the period, the centre). */
  fileWords: string[];
}

/** Average population and design capacity, month by month. */
export function PopulationTrend({ series, print, fileWords }: PanelProps & { series: StatsSeries }) {
  const { t, language } = useI18n();
  const f = useStatsFormat();
  const points = series.totals;
  const population = t('stats.field.averagePopulation');
  const capacity = t('stats.field.designCapacity');
  const lines = points.flatMap((p) => [
    { date: monthDate(p.month), value: p.average_population, series: population },
    { date: monthDate(p.month), value: p.design_capacity, series: capacity },
  ]);
  const table: StatsTable<StatsPoint> = {
    caption: t('stats.population.caption'),
    rowKey: (p) => p.month,
    rows: points,
    columns: [
      { header: t('stats.col.month'), value: (p) => p.month, text: (p) => f.month(p.month), numeric: false },
      { header: population, value: (p) => p.average_population, text: (p) => f.count(p.average_population) },
      { header: t('stats.field.onRollEnd'), value: (p) => p.on_roll_end, text: (p) => f.count(p.on_roll_end) },
      { header: capacity, value: (p) => p.design_capacity, text: (p) => f.count(p.design_capacity) },
      { header: t('stats.field.occupancy'), value: (p) => Math.round(p.occupancy_end * 100), text: (p) => f.per100(p.occupancy_end) },
    ],
  };
  return (
    <ChartPanel
      title={t('stats.population.title')}
      note={t('stats.population.note')}
      print={print}
      fileWords={[t('stats.file.population'), ...fileWords]}
      table={table}
      empty={points.length === 0 ? t('stats.none') : null}
      signature={`${language}|${JSON.stringify(lines)}`}
      draw={(plot: PlotLibrary, width) =>
        plot.plot({
          width,
          height: 280,
          marginLeft: 64,
          x: { type: 'utc', label: null, ticks: width < 560 ? 4 : 8, tickFormat: (d: Date) => f.monthShort(d.toISOString()) },
          y: { grid: true, zero: true, label: t('stats.axis.people'), tickFormat: (n: number) => f.count(n) },
          color: { legend: true, domain: [population, capacity], range: [BLUE, GREY] },
          marks: [
            plot.lineY(lines, { x: 'date', y: 'value', stroke: 'series', strokeWidth: 2.5 }),
            plot.dot(lines, { x: 'date', y: 'value', fill: 'series', r: 3 }),
          ],
        })
      }
    />
  );
}

/** Population at the end of the period against design capacity, one bar per centre, most crowded first. */
export function CentresCapacity({ report, print, fileWords }: PanelProps & { report: StatsReport }) {
  const { t, language } = useI18n();
  const f = useStatsFormat();
  const centres = [...report.centres].sort((a, b) => b.occupancy_end - a.occupancy_end);
  const band = (c: StatsCentre) => (c.occupancy_end > 1.2 ? t('stats.band.critical') : c.occupancy_end > 1 ? t('stats.band.over') : t('stats.band.within'));
  const bands = [t('stats.band.within'), t('stats.band.over'), t('stats.band.critical')];
  const bars = centres.map((c) => ({ name: c.name, population: c.on_roll_end, capacity: c.design_capacity, band: band(c) }));
  const table: StatsTable<StatsCentre> = {
    caption: t('stats.centres.caption'),
    rowKey: (c) => c.code,
    rows: centres,
    footer: { ...report.totals, code: '', name: t('stats.total') },
    columns: [
      { header: t('stats.col.centre'), value: (c) => c.name, numeric: false },
      { header: t('stats.field.averagePopulation'), value: (c) => c.average_population, text: (c) => f.count(c.average_population) },
      { header: t('stats.field.onRollEnd'), value: (c) => c.on_roll_end, text: (c) => f.count(c.on_roll_end) },
      { header: t('stats.field.designCapacity'), value: (c) => c.design_capacity, text: (c) => f.count(c.design_capacity) },
      { header: t('stats.field.occupancy'), value: (c) => Math.round(c.occupancy_end * 100), text: (c) => f.per100(c.occupancy_end) },
      { header: t('stats.field.pretrialShare'), value: (c) => c.pretrial_share_end, text: (c) => f.percent(c.pretrial_share_end) },
    ],
  };
  return (
    <ChartPanel
      title={t('stats.centres.title')}
      wide
      note={t('stats.centres.note')}
      print={print}
      fileWords={[t('stats.file.centres'), ...fileWords]}
      table={table}
      signature={`${language}|${JSON.stringify(bars)}`}
      draw={(plot, width) => {
        const nameLength = width < 560 ? 18 : 34;
        return plot.plot({
          width,
          height: 50 + bars.length * 22,
          marginLeft: width < 560 ? 130 : 240,
          marginRight: 16,
          x: { grid: true, label: t('stats.axis.people'), tickFormat: (n: number) => f.count(n), ticks: width < 560 ? 3 : 8 },
          y: { label: null, domain: bars.map((b) => b.name), tickFormat: (name: string) => axisName(name, nameLength) },
          color: { legend: true, domain: bands, range: [BLUE, '#c27c0e', RED] },
          marks: [
            plot.barX(bars, { y: 'name', x: 'population', fill: 'band' }),
            plot.tickX(bars, { y: 'name', x: 'capacity', stroke: '#111', strokeWidth: 2.5 }),
            plot.ruleX([0]),
          ],
        });
      }}
    />
  );
}

/** The share of the population on roll without a final sentence, month by month (SDG 16.3.2). */
export function PretrialTrend({ series, print, fileWords }: PanelProps & { series: StatsSeries }) {
  const { t, language } = useI18n();
  const f = useStatsFormat();
  const points = series.totals;
  const line = points.map((p) => ({ date: monthDate(p.month), share: p.pretrial_share_end * 100 }));
  const table: StatsTable<StatsPoint> = {
    caption: t('stats.pretrial.caption'),
    rowKey: (p) => p.month,
    rows: points,
    columns: [
      { header: t('stats.col.month'), value: (p) => p.month, text: (p) => f.month(p.month), numeric: false },
      { header: t('stats.field.pretrialEnd'), value: (p) => p.pretrial_end, text: (p) => f.count(p.pretrial_end) },
      { header: t('stats.field.onRollEnd'), value: (p) => p.on_roll_end, text: (p) => f.count(p.on_roll_end) },
      { header: t('stats.field.pretrialShare'), value: (p) => p.pretrial_share_end, text: (p) => f.percent(p.pretrial_share_end) },
    ],
  };
  return (
    <ChartPanel
      title={t('stats.pretrial.title')}
      note={t('stats.pretrial.note')}
      print={print}
      fileWords={[t('stats.file.pretrial'), ...fileWords]}
      table={table}
      empty={points.length === 0 ? t('stats.none') : null}
      signature={`${language}|${JSON.stringify(line)}`}
      draw={(plot, width) =>
        plot.plot({
          width,
          height: 240,
          marginLeft: 56,
          x: { type: 'utc', label: null, ticks: width < 560 ? 4 : 8, tickFormat: (d: Date) => f.monthShort(d.toISOString()) },
          y: { grid: true, domain: [0, 100], label: t('stats.axis.percent'), tickFormat: (n: number) => `${f.count(n)} %` },
          marks: [plot.lineY(line, { x: 'date', y: 'share', stroke: BLUE, strokeWidth: 2.5 }), plot.dot(line, { x: 'date', y: 'share', fill: BLUE, r: 3 })],
        })
      }
    />
  );
}

/** Deaths in each month, stacked by cause. */
export function DeathsByMonth({ series, report, print, fileWords }: PanelProps & { series: StatsSeries; report: StatsReport }) {
  const { t, language } = useI18n();
  const f = useStatsFormat();
  const points = series.totals;
  const causes = DEATH_CAUSES.map((cause) => causeWord(t, cause));
  const bars = points.flatMap((p) => DEATH_CAUSES.filter((cause) => p.deaths[cause] > 0).map((cause) => ({ month: p.month, cause: causeWord(t, cause), deaths: p.deaths[cause] })));
  const total = report.totals.deaths.total;
  const table: StatsTable<StatsPoint> = {
    caption: t('stats.deaths.caption'),
    rowKey: (p) => p.month,
    rows: points,
    footer: { ...report.totals, month: t('stats.total'), from: report.from, to: report.to },
    columns: [
      { header: t('stats.col.month'), value: (p) => p.month, text: (p) => (p.month.length === 7 ? f.month(p.month) : p.month), numeric: false },
      ...DEATH_CAUSES.map((cause): StatsColumn<StatsPoint> => ({ header: causeWord(t, cause), value: (p) => p.deaths[cause], text: (p) => f.count(p.deaths[cause]) })),
      { header: t('stats.col.total'), value: (p) => p.deaths.total, text: (p) => f.count(p.deaths.total) },
    ],
  };
  return (
    <ChartPanel
      title={t('stats.deaths.title')}
      note={t('stats.deaths.note', { total: f.count(total), rate: f.rate(report.totals.mortality_per_10000) })}
      print={print}
      fileWords={[t('stats.file.deaths'), ...fileWords]}
      table={table}
      empty={total === 0 ? t('stats.deaths.none') : null}
      signature={`${language}|${JSON.stringify(bars)}`}
      draw={(plot, width) =>
        plot.plot({
          width,
          height: 280,
          marginLeft: 48,
          marginBottom: width < 560 ? 48 : 32,
          x: { label: null, domain: points.map((p) => p.month), tickFormat: (m: string) => f.monthShort(m), tickRotate: width < 560 ? -45 : 0 },
          y: { grid: true, label: t('stats.axis.deaths'), tickFormat: (n: number) => (Number.isInteger(n) ? f.count(n) : '') },
          color: { legend: true, domain: causes, range: DEATH_CAUSES.map((cause) => CAUSE_COLOURS[cause]) },
          marks: [plot.barY(bars, { x: 'month', y: 'deaths', fill: 'cause', order: causes }), plot.ruleY([0])],
        })
      }
    />
  );
}

interface IncidentRow {
  name: string;
  code: string;
  counts: Record<string, number>;
  total: number;
}

/** Incident reports by type: a grid of centres and types (several centres), or bars by type (one). */
export function IncidentsByType({ report, print, fileWords }: PanelProps & { report: StatsReport }) {
  const { t, language } = useI18n();
  const f = useStatsFormat();
  const types = INCIDENT_TYPES.filter((type) => report.totals.incidents[type] > 0);
  const sum = (counts: Record<string, number>) => types.reduce((n, type) => n + (counts[type] ?? 0), 0);
  const rows: IncidentRow[] = report.centres
    .map((c) => ({ name: c.name, code: c.code, counts: c.incidents, total: sum(c.incidents) }))
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total);
  const several = report.centres.length > 1;
  const cells = rows.flatMap((r) => types.filter((type) => (r.counts[type] ?? 0) > 0).map((type) => ({ centre: r.name, type: incidentWord(t, type), count: r.counts[type] ?? 0 })));
  const byType = types.map((type) => ({ type: incidentWord(t, type), count: report.totals.incidents[type] })).sort((a, b) => b.count - a.count);
  const table: StatsTable<IncidentRow> = {
    caption: t('stats.incidents.caption'),
    rowKey: (r) => r.code,
    rows,
    footer: { name: t('stats.total'), code: '', counts: report.totals.incidents, total: sum(report.totals.incidents) },
    columns: [
      { header: t('stats.col.centre'), value: (r) => r.name, numeric: false },
      ...types.map((type): StatsColumn<IncidentRow> => ({ header: incidentWord(t, type), value: (r) => r.counts[type] ?? 0, text: (r) => f.count(r.counts[type] ?? 0) })),
      { header: t('stats.col.total'), value: (r) => r.total, text: (r) => f.count(r.total) },
    ],
  };
  return (
    <ChartPanel
      title={t('stats.incidents.title')}
      note={t('stats.incidents.note')}
      print={print}
      fileWords={[t('stats.file.incidents'), ...fileWords]}
      table={table}
      empty={types.length === 0 ? t('stats.incidents.none') : null}
      minWidth={several ? 640 : 280}
      wide={several}
      signature={`${language}|${several}|${JSON.stringify(cells)}`}
      draw={(plot, width) =>
        several
          ? plot.plot({
              width,
              height: 130 + rows.length * 22,
              marginLeft: 200,
              marginTop: 110,
              x: { axis: 'top', label: null, domain: byType.map((b) => b.type), tickRotate: -40 },
              y: { label: null, domain: rows.map((r) => r.name), tickFormat: (name: string) => axisName(name, 30) },
              color: { type: 'sqrt', scheme: 'oranges', legend: false },
              marks: [
                plot.cell(cells, { x: 'type', y: 'centre', fill: 'count', inset: 0.5 }),
                plot.text(cells, { x: 'type', y: 'centre', text: (d: { count: number }) => f.count(d.count), fill: 'black', fontSize: 11 }),
              ],
            })
          : plot.plot({
              width,
              height: 40 + byType.length * 26,
              marginLeft: width < 560 ? 140 : 220,
              x: { grid: true, label: t('stats.axis.incidents'), tickFormat: (n: number) => (Number.isInteger(n) ? f.count(n) : '') },
              y: { label: null, domain: byType.map((b) => b.type) },
              marks: [plot.barX(byType, { y: 'type', x: 'count', fill: BLUE }), plot.ruleX([0])],
            })
      }
    />
  );
}

/** Escapes and recaptures in each month. */
export function EscapesByMonth({ series, report, print, fileWords }: PanelProps & { series: StatsSeries; report: StatsReport }) {
  const { t, language } = useI18n();
  const f = useStatsFormat();
  const points = series.totals;
  const escapes = t('stats.field.escapes');
  const recaptures = t('stats.field.recaptures');
  const bars = points.flatMap((p) => [
    { month: p.month, kind: escapes, count: p.escapes },
    { month: p.month, kind: recaptures, count: p.recaptures },
  ]);
  const table: StatsTable<StatsPoint> = {
    caption: t('stats.escapes.caption'),
    rowKey: (p) => p.month,
    rows: points,
    footer: { ...report.totals, month: t('stats.total'), from: report.from, to: report.to },
    columns: [
      { header: t('stats.col.month'), value: (p) => p.month, text: (p) => (p.month.length === 7 ? f.month(p.month) : p.month), numeric: false },
      { header: escapes, value: (p) => p.escapes, text: (p) => f.count(p.escapes) },
      { header: recaptures, value: (p) => p.recaptures, text: (p) => f.count(p.recaptures) },
    ],
  };
  const none = report.totals.escapes + report.totals.recaptures === 0;
  return (
    <ChartPanel
      title={t('stats.escapes.title')}
      note={t('stats.escapes.note')}
      print={print}
      fileWords={[t('stats.file.escapes'), ...fileWords]}
      table={table}
      empty={none ? t('stats.escapes.none') : null}
      signature={`${language}|${JSON.stringify(bars)}`}
      draw={(plot, width) =>
        plot.plot({
          width,
          height: 260,
          marginLeft: 44,
          marginBottom: width < 560 ? 48 : 32,
          fx: { label: null, domain: points.map((p) => p.month), tickFormat: (m: string) => f.monthShort(m), tickRotate: width < 560 ? -45 : 0, padding: 0.15 },
          x: { axis: null, domain: [escapes, recaptures] },
          y: { grid: true, label: t('stats.axis.people'), tickFormat: (n: number) => (Number.isInteger(n) ? f.count(n) : '') },
          color: { legend: true, domain: [escapes, recaptures], range: [RED, BLUE] },
          marks: [plot.barY(bars, { fx: 'month', x: 'kind', y: 'count', fill: 'kind' }), plot.ruleY([0])],
        })
      }
    />
  );
}

/** Quantities seized in the period, by item. */
export function SeizuresByItem({ report, print, fileWords }: PanelProps & { report: StatsReport }) {
  const { t, language } = useI18n();
  const f = useStatsFormat();
  const items = SEIZURE_ITEMS.filter((item) => report.totals.seizures[item] > 0)
    .map((item) => ({ item, word: itemWord(t, item), quantity: report.totals.seizures[item] }))
    .sort((a, b) => b.quantity - a.quantity);
  const table: StatsTable<(typeof items)[number]> = {
    caption: t('stats.seizures.caption'),
    rowKey: (r) => r.item,
    rows: items,
    columns: [
      { header: t('stats.col.item'), value: (r) => r.word, numeric: false },
      { header: t('stats.col.quantity'), value: (r) => r.quantity, text: (r) => f.count(r.quantity) },
    ],
  };
  return (
    <ChartPanel
      title={t('stats.seizures.title')}
      note={t('stats.seizures.note')}
      print={print}
      fileWords={[t('stats.file.seizures'), ...fileWords]}
      table={table}
      empty={items.length === 0 ? t('stats.seizures.none') : null}
      signature={`${language}|${JSON.stringify(items)}`}
      draw={(plot, width) =>
        plot.plot({
          width,
          height: 40 + items.length * 26,
          marginLeft: width < 560 ? 130 : 180,
          x: { grid: true, type: 'sqrt', label: t('stats.axis.quantity'), tickFormat: (n: number) => f.count(n), ticks: width < 560 ? 3 : 6 },
          y: { label: null, domain: items.map((r) => r.word) },
          marks: [plot.barX(items, { y: 'word', x: 'quantity', fill: GREY }), plot.ruleX([0])],
        })
      }
    />
  );
}
