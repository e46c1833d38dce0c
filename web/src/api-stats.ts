/**
 * The client of official statistics and open data (/api/v1/stats, /stats/series,
 * /stats/export.csv; the public /open-data and /open-data/:file). Every answer is checked
 * against its endpoint's response schema from src/modules/stats/schemas.ts (request.ts); the
 * types are `z.infer` of the same schemas.
 *
 * The open-data calls are made without a session (`/datos` is public): a 401 there is no lost session.
 */
import {
  openDataIndexSchema,
  openDataTableSchema,
  statsReportSchema,
  statsSeriesSchema,
  type OpenDataQuery,
  type OpenDataTable,
  type StatsQuery,
} from '../../src/modules/stats/schemas.ts';
import { listQuery } from './paging.ts';
import { get } from './request.ts';

export type {
  DataDictionary,
  DeathCause,
  DictionaryField,
  IncidentType,
  OpenDataFile,
  OpenDataIndex,
  OpenDataQuery,
  OpenDataTable,
  OpenDataTableView,
  OpenDataValue,
  SeizureItem,
  StatsCentre,
  StatsLine,
  StatsPoint,
  StatsQuery,
  StatsReport,
  StatsSeries,
} from '../../src/modules/stats/schemas.ts';
export { DEATH_CAUSES, INCIDENT_TYPES, SEIZURE_ITEMS, SUPPRESSED, WITHHELD } from '../../src/modules/stats/schemas.ts';

const enc = encodeURIComponent;

export const statsApi = {
  /** The figures of the period, per centre of the caseload and together (the `stats --json` shape). */
  report: (query: StatsQuery) => get(statsReportSchema, `/stats${listQuery(query)}`),
  /** The same figures month by month. */
  series: (query: StatsQuery) => get(statsSeriesSchema, `/stats/series${listQuery(query)}`),
  /** The address of every figure of the period as a spreadsheet (CSV), for a download link. */
  exportUrl: (query: StatsQuery) => `/api/v1/stats/export.csv${listQuery(query)}`,

  /** What is published, for the period: the files and the data dictionary. Public. */
  openData: (query: OpenDataQuery) => get(openDataIndexSchema, `/open-data${listQuery(query)}`, { session: false }),
  /** One open-data table as JSON, with its small counts written "<5". Public. */
  openDataTable: (table: OpenDataTable, query: OpenDataQuery) => get(openDataTableSchema, `/open-data/${enc(table)}.json${listQuery(query)}`, { session: false }),
  /** The address of one file of the set, for a download link. */
  openDataUrl: (name: string, query: OpenDataQuery) => `/api/v1/open-data/${enc(name)}${listQuery(query)}`,
};
