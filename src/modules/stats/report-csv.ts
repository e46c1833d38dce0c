import { stringify } from 'csv-stringify/sync';
import { DEATH_CAUSES, INCIDENT_TYPES, SEIZURE_ITEMS, type StatsLine, type StatsReport } from './schemas.ts';

/** The columns of the statistics as CSV: the contract's fields, the nested ones flattened (`deaths_homicide`, `incidents_riot`, `seizures_firearm`). */
export const REPORT_CSV_COLUMNS = [
  'code',
  'name',
  'average_population',
  'on_roll_end',
  'design_capacity',
  'occupancy_end',
  'pretrial_end',
  'pretrial_share_end',
  'admissions',
  'transfers_in',
  'transfers_out',
  'releases',
  'escapes',
  'recaptures',
  'deaths_total',
  ...DEATH_CAUSES.map((c) => `deaths_${c}`),
  'mortality_per_10000',
  'homicide_per_10000',
  'self_inflicted_per_10000',
  ...INCIDENT_TYPES.map((t) => `incidents_${t}`),
  ...SEIZURE_ITEMS.map((i) => `seizures_${i}`),
] as const;

function cellsOf(code: string, name: string, line: StatsLine): (string | number)[] {
  const flat: Record<string, string | number> = { code, name };
  for (const [key, value] of Object.entries(line)) if (typeof value === 'number') flat[key] = value;
  for (const [cause, n] of Object.entries(line.deaths)) flat[`deaths_${cause}`] = n;
  for (const [type, n] of Object.entries(line.incidents)) flat[`incidents_${type}`] = n;
  for (const [item, n] of Object.entries(line.seizures)) flat[`seizures_${item}`] = n;
  return REPORT_CSV_COLUMNS.map((c) => flat[c] ?? '');
}

/**
 * The statistics of a period as CSV for spreadsheets (`custodia stats --csv`, `GET /stats/export.csv`):
 * a header, one row per centre, then the totals (code `TOTAL`, name `totalLabel`). Not open data:
 * nothing is suppressed, and only the caller's centres are in it.
 */
export function reportCsv(report: StatsReport, totalLabel: string): string {
  const rows = [...report.centres.map((c) => cellsOf(c.code, c.name, c)), cellsOf('TOTAL', totalLabel, report.totals)];
  return stringify(rows, { header: true, columns: [...REPORT_CSV_COLUMNS], record_delimiter: 'unix' });
}
