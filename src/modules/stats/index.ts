import './errors.ts';
/**
 * Official statistics: one computation of a period's figures per centre and nationally
 * (population, occupancy, pretrial share, flows, escapes, deaths and their rates, incidents,
 * seizures), month by month, and the public open data built from it (aggregates only, small
 * counts suppressed, with a data dictionary).
 */
export { computeStatistics, loadStatistics, reportOf, seriesOf, statisticsSeries, type Statistics } from './compute-statistics.ts';
export { readStatistics, NATIONAL } from './read-statistics.ts';
export { resolvePeriod, type PeriodAsked, type StatsPeriod } from './period.ts';
export { buildOpenData, openDataFiles, renderOpenDataFile, type OpenDataSet } from './open-data.ts';
export { reportCsv, REPORT_CSV_COLUMNS } from './report-csv.ts';
export { STATS_PERMISSIONS } from './policy.ts';
