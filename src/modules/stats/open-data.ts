import { stringify } from 'csv-stringify/sync';
import type { Span, Statistics } from './compute-statistics.ts';
import { CENTRE_FIELDS, dataDictionary, dictionaryMarkdown, FIGURE_FIELDS, PERIOD_FIELDS, SUPPRESSED_IN_CENTRES, SUPPRESSED_NATIONALLY } from './dictionary.ts';
import { DEATH_CAUSES, OPEN_DATA_TABLES, type DataDictionary, type OpenDataFile, type OpenDataTable, type OpenDataTableView, type OpenDataValue, type StatsLine } from './schemas.ts';
import { presentLine, type RawLine } from './stats-arithmetic.ts';
import { markerOf, suppressionPlan, type CellGroup, type CellRef } from './suppression.ts';

/**
 * The open data: aggregates of official statistics, national and per centre, by year and by
 * month, with small counts suppressed (suppression.ts) and a data dictionary. No names, no ids:
 * a row is a period (and a centre). `custodia stats --open-data DIR` writes these files; the
 * public `GET /open-data/:file` serves the same bytes.
 */

/** The open-data set of a period: its tables (suppressed) and dictionary. */
export interface OpenDataSet {
  from: string;
  to: string;
  tables: Record<OpenDataTable, OpenDataTableView>;
  dictionary: DataDictionary;
}

const TITLES: Record<OpenDataTable | 'dictionary', { es: string; en: string }> = {
  national_annual: { es: 'Cifras nacionales por año', en: 'National figures by year' },
  centres_annual: { es: 'Cifras por centro y año', en: 'Figures by centre and year' },
  national_monthly: { es: 'Cifras nacionales por mes', en: 'National figures by month' },
  centres_monthly: { es: 'Cifras por centro y mes', en: 'Figures by centre and month' },
  dictionary: { es: 'Diccionario de datos', en: 'Data dictionary' },
};

/** The rates withheld with the count they are worked out from. */
const RATE_OF: Record<string, string> = {
  mortality_per_10000: 'deaths_total',
  homicide_per_10000: 'deaths_homicide',
  self_inflicted_per_10000: 'deaths_self_inflicted',
};

/** A line of figures as the tables' columns (FIGURE_FIELDS order). */
function flatten(line: StatsLine): Record<string, number> {
  const row: Record<string, number> = {
    average_population: line.average_population,
    on_roll_end: line.on_roll_end,
    design_capacity: line.design_capacity,
    occupancy_per_100_places: line.design_capacity > 0 ? Math.round((line.on_roll_end / line.design_capacity) * 10_000) / 100 : 0,
    pretrial_end: line.pretrial_end,
    pretrial_share_end: line.pretrial_share_end,
    admissions: line.admissions,
    transfers_in: line.transfers_in,
    transfers_out: line.transfers_out,
    releases: line.releases,
    escapes: line.escapes,
    recaptures: line.recaptures,
    mortality_per_10000: line.mortality_per_10000,
    homicide_per_10000: line.homicide_per_10000,
    self_inflicted_per_10000: line.self_inflicted_per_10000,
  };
  for (const [cause, n] of Object.entries(line.deaths)) row[`deaths_${cause}`] = n;
  for (const [type, n] of Object.entries(line.incidents)) row[`incidents_${type}`] = n;
  for (const [item, n] of Object.entries(line.seizures)) row[`seizures_${item}`] = n;
  return Object.fromEntries(FIGURE_FIELDS.map((f) => [f.name, row[f.name] ?? 0]));
}

const periodCells = (span: Span) => ({ period: span.label, period_from: span.from, period_to: span.to });

/** Builds the four tables of a period from one reading of the statistics, then suppresses small counts. */
export function buildOpenData(statistics: Statistics): OpenDataSet {
  const perYear = statistics.years.map((y) => statistics.figures(y));
  const perMonth = statistics.months.map((m) => statistics.figures(m));
  const national = (figures: typeof perYear) => figures.map((f) => ({ ...periodCells(f.span), ...flatten(presentLine(f.totals)) }));
  const byCentre = (figures: typeof perYear) =>
    figures.flatMap((f) => f.centres.map((c: { code: string; name: string; line: RawLine }) => ({ ...periodCells(f.span), centre_code: c.code, establishment: c.name, ...flatten(presentLine(c.line)) })));
  const raw: Record<OpenDataTable, Record<string, string | number>[]> = {
    national_annual: national(perYear),
    centres_annual: byCentre(perYear),
    national_monthly: national(perMonth),
    centres_monthly: byCentre(perMonth),
  };

  const centreCount = statistics.centres.length;
  const suppressible = (ref: CellRef) => (ref.table.startsWith('centres') ? SUPPRESSED_IN_CENTRES : SUPPRESSED_NATIONALLY).has(ref.column);
  const counted = [...SUPPRESSED_IN_CENTRES];
  const cells: CellRef[] = [];
  const groups: CellGroup[] = [];
  for (const table of OPEN_DATA_TABLES) {
    raw[table].forEach((_, row) => {
      for (const column of counted) cells.push({ table, row, column });
      groups.push({ total: { table, row, column: 'deaths_total' }, parts: DEATH_CAUSES.map((c) => ({ table, row, column: `deaths_${c}` })) });
    });
  }
  for (const [nationalTable, centresTable, spans] of [['national_annual', 'centres_annual', perYear.length], ['national_monthly', 'centres_monthly', perMonth.length]] as const) {
    for (let s = 0; s < spans; s += 1) {
      for (const column of counted) {
        const parts = Array.from({ length: centreCount }, (_, c) => ({ table: centresTable, row: s * centreCount + c, column }));
        groups.push({ total: { table: nationalTable, row: s, column }, parts });
      }
    }
  }
  // The months of each year against the year, nationally and per centre.
  statistics.years.forEach((year, y) => {
    const months = statistics.months.map((m, i) => ({ m, i })).filter(({ m }) => m.label.startsWith(year.label)).map(({ i }) => i);
    for (const column of counted) {
      groups.push({ total: { table: 'national_annual', row: y, column }, parts: months.map((i) => ({ table: 'national_monthly', row: i, column })) });
      for (let c = 0; c < centreCount; c += 1) {
        groups.push({ total: { table: 'centres_annual', row: y * centreCount + c, column }, parts: months.map((i) => ({ table: 'centres_monthly', row: i * centreCount + c, column })) });
      }
    }
  });
  const valueOf = (ref: CellRef) => Number(raw[ref.table as OpenDataTable][ref.row]?.[ref.column] ?? 0);
  const plan = suppressionPlan(cells, valueOf, suppressible, groups);

  const tables = {} as Record<OpenDataTable, OpenDataTableView>;
  for (const table of OPEN_DATA_TABLES) {
    const columns = [...PERIOD_FIELDS, ...(table.startsWith('centres') ? CENTRE_FIELDS : []), ...FIGURE_FIELDS].map((f) => f.name);
    const rows = raw[table].map((values, row) => {
      const out: Record<string, OpenDataValue> = {};
      for (const column of columns) out[column] = markerOf(plan, { table, row, column }) ?? values[column] ?? null;
      for (const [rate, count] of Object.entries(RATE_OF)) if (markerOf(plan, { table, row, column: count })) out[rate] = null;
      return out;
    });
    tables[table] = { table, from: statistics.period.from, to: statistics.period.to, columns, rows };
  }
  return { from: statistics.period.from, to: statistics.period.to, tables, dictionary: dataDictionary() };
}

/** The files of the set, in the order the index lists them. */
export function openDataFiles(set: OpenDataSet): OpenDataFile[] {
  const files: OpenDataFile[] = [];
  for (const table of OPEN_DATA_TABLES) {
    for (const format of ['csv', 'json'] as const) files.push({ name: `${table}.${format}`, format, table, title: TITLES[table], rows: set.tables[table].rows.length });
  }
  for (const format of ['json', 'csv', 'md'] as const) files.push({ name: `dictionary.${format}`, format, table: 'dictionary', title: TITLES.dictionary, rows: set.dictionary.fields.length });
  return files;
}

const csvOf = (columns: readonly string[], rows: readonly Record<string, OpenDataValue>[]) =>
  stringify(rows.map((r) => columns.map((c) => r[c] ?? '')), { header: true, columns: [...columns], record_delimiter: 'unix' });

/** The bytes of one file of the set and its media type, or null for a name not in the set. */
export function renderOpenDataFile(set: OpenDataSet, name: string): { contentType: string; body: string } | null {
  const match = /^([a-z_]+)\.(csv|json|md)$/.exec(name);
  if (!match) return null;
  const [, table, format] = match as unknown as [string, string, 'csv' | 'json' | 'md'];
  if (table === 'dictionary') {
    if (format === 'json') return { contentType: 'application/json; charset=utf-8', body: `${JSON.stringify(set.dictionary, null, 2)}\n` };
    if (format === 'md') return { contentType: 'text/markdown; charset=utf-8', body: dictionaryMarkdown(set.dictionary) };
    const columns = ['field', 'type', 'suppressed', 'source', 'es', 'en'];
    return { contentType: 'text/csv; charset=utf-8', body: csvOf(columns, set.dictionary.fields.map((f) => ({ ...f, field: f.name, suppressed: f.suppressed ? 'yes' : 'no' }))) };
  }
  if (!(OPEN_DATA_TABLES as readonly string[]).includes(table) || format === 'md') return null;
  const view = set.tables[table as OpenDataTable];
  if (format === 'json') return { contentType: 'application/json; charset=utf-8', body: `${JSON.stringify(view, null, 2)}\n` };
  return { contentType: 'text/csv; charset=utf-8', body: csvOf(view.columns, view.rows) };
}
