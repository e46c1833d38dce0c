import { z } from 'zod';
import { centreCode, dateProblem, EARLIEST_DATE, isoDate, LATEST_DATE } from '../../kernel/fields.ts';
import { DEATH_CAUSES, INCIDENT_TYPES, SEIZURE_ITEMS } from '../../kernel/vocabulary.ts';

/**
 * Official statistics and open data: request and response shapes. `statsReportSchema` is the
 * shape of `custodia stats --json` (DESIGN.md), of `GET /stats` and of the annual report;
 * `statsSeriesSchema` the monthly series of the dashboard; the open-data shapes are what the
 * public `/datos` page and `GET /open-data` serve. Browser-safe: zod and the kernel.
 *
 * Numbers: counts are integers; `average_population` has 2 decimals; ratios (`occupancy_end`,
 * `pretrial_share_end`) 4 decimals (0.8512 = 85.12 %), as the roll's `occupancy`; rates per
 * 10,000 have 2 decimals. A ratio or rate whose denominator is 0 is 0.
 */

export { DEATH_CAUSES, INCIDENT_TYPES, SEIZURE_ITEMS };
export type DeathCause = (typeof DEATH_CAUSES)[number];
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export type SeizureItem = (typeof SEIZURE_ITEMS)[number];

/** The first and last year a period may name. */
export const STATS_YEAR_MIN = Number(EARLIEST_DATE.slice(0, 4));
export const STATS_YEAR_MAX = Number(LATEST_DATE.slice(0, 4));

/**
 * A period as asked: a calendar year, or `from`–`to` (both days included), or neither (the last
 * full calendar year). Checked together by the use case (`resolvePeriod`): not both, both ends, in order.
 */
export const statsPeriodFields = {
  year: z.coerce.number().int().min(STATS_YEAR_MIN).max(STATS_YEAR_MAX).optional(),
  from: isoDate().optional(),
  to: isoDate().optional(),
};

/** `GET /stats?year=|from=&to=&centre=`, `GET /stats/series`, `GET /stats/export.csv`. */
export const statsQuerySchema = z.object({ ...statsPeriodFields, centre: centreCode.optional() });
export type StatsQuery = z.input<typeof statsQuerySchema>;

/** `GET /open-data?year=|from=&to=` and `GET /open-data/:file` (the public endpoints: every centre). */
export const openDataQuerySchema = z.object(statsPeriodFields);
export type OpenDataQuery = z.input<typeof openDataQuerySchema>;

/** True when `value` is a day `YYYY-MM-DD` a period may start or end on. */
export function isPeriodDay(value: string): boolean {
  return dateProblem(value) === null;
}

const count = z.number().int().nonnegative();

/** Deaths in the period by cause (the deaths register's cause as it stands now), with their total. */
export const deathsByCauseSchema = z.object({
  total: count,
  homicide: count,
  self_inflicted: count,
  natural: count,
  accident: count,
  undetermined: count,
  pending: count,
});
export type DeathsByCause = z.infer<typeof deathsByCauseSchema>;

/** Every incident type with its count (0 included), every seizure item with its quantity. */
export const incidentCountsSchema = z.record(z.enum(INCIDENT_TYPES), count);
export const seizureCountsSchema = z.record(z.enum(SEIZURE_ITEMS), count);

/** The figures of one centre, or of several summed (`totals`), over one period. */
export const statsLineSchema = z.object({
  /** Mean over the period's days of the number on roll at the end of each day (centre's zone); totals: the sum of the centres'. */
  average_population: z.number().nonnegative(),
  /** On roll at the end of the period's last day (the roll's `on_roll`). */
  on_roll_end: count,
  /** Design capacity (the estate's, as it stands now). */
  design_capacity: count,
  /** on_roll_end ÷ design_capacity, a ratio (SPACE I: ×100 = prisoners per 100 places). */
  occupancy_end: z.number().nonnegative(),
  /** People on roll at the end without a final sentence (pretrial), as a number. */
  pretrial_end: count,
  /** pretrial_end ÷ on_roll_end, a ratio (SDG 16.3.2: unsentenced detainees as a share of the prison population). */
  pretrial_share_end: z.number().nonnegative(),
  /** Admission movements (entries into custody); a transfer between centres is not one. */
  admissions: count,
  /** Transfers arrived from another centre (not admissions). */
  transfers_in: count,
  /** Transfers departed to another centre. */
  transfers_out: count,
  /** Release movements. */
  releases: count,
  /** Escape movements. */
  escapes: count,
  /** Recapture movements. */
  recaptures: count,
  deaths: deathsByCauseSchema,
  /** deaths.total ÷ average_population × 10,000. */
  mortality_per_10000: z.number().nonnegative(),
  homicide_per_10000: z.number().nonnegative(),
  self_inflicted_per_10000: z.number().nonnegative(),
  /** Incident reports by type, counted on the day the incident started. */
  incidents: incidentCountsSchema,
  /** Quantities found by item (searches and finds outside a search). */
  seizures: seizureCountsSchema,
});
export type StatsLine = z.infer<typeof statsLineSchema>;

export const statsCentreSchema = statsLineSchema.extend({ code: z.string(), name: z.string() });
export type StatsCentre = z.infer<typeof statsCentreSchema>;

/** `custodia stats --json`, `GET /stats`: `from` and `to` are days, both included. */
export const statsReportSchema = z.object({ from: z.string(), to: z.string(), centres: z.array(statsCentreSchema), totals: statsLineSchema });
export type StatsReport = z.infer<typeof statsReportSchema>;

/** One month of a series (clipped to the period at its ends): the same figures for the month. */
export const statsPointSchema = statsLineSchema.extend({ month: z.string(), from: z.string(), to: z.string() });
export type StatsPoint = z.infer<typeof statsPointSchema>;

/** `GET /stats/series`: per month, for each centre and for the centres together. */
export const statsSeriesSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** The months `YYYY-MM` of the period, in order (every array of points follows it). */
  months: z.array(z.string()),
  centres: z.array(z.object({ code: z.string(), name: z.string(), points: z.array(statsPointSchema) })),
  totals: z.array(statsPointSchema),
});
export type StatsSeries = z.infer<typeof statsSeriesSchema>;

// ——— Open data ———

/** What a small count is written as in open data (1 to 4: could point at a person). */
export const SUPPRESSED = '<5';
/** A further figure withheld so that a "<5" cannot be worked out by subtraction from a total. */
export const WITHHELD = '*';

/** A cell of an open-data row: a number, "<5", "*", text (a period, a centre) or null (a rate withheld). */
export const openDataValueSchema = z.union([z.number(), z.string(), z.null()]);
export type OpenDataValue = z.infer<typeof openDataValueSchema>;

export const OPEN_DATA_FORMATS = ['csv', 'json'] as const;
export const OPEN_DATA_TABLES = ['national_annual', 'centres_annual', 'national_monthly', 'centres_monthly'] as const;
export type OpenDataTable = (typeof OPEN_DATA_TABLES)[number];

/** A file of the open-data set: `<table>.csv`, `<table>.json`, `dictionary.json`, `dictionary.md`, `dictionary.csv`. */
export const openDataFileSchema = z.object({
  name: z.string(),
  format: z.enum(['csv', 'json', 'md']),
  /** `national_annual`… or `dictionary`. */
  table: z.string(),
  title: z.object({ es: z.string(), en: z.string() }),
  rows: z.number().int().nonnegative(),
});
export type OpenDataFile = z.infer<typeof openDataFileSchema>;

/** One column of the open-data tables, in both languages. */
export const dictionaryFieldSchema = z.object({
  name: z.string(),
  /** integer | decimal | ratio | rate | text | date | month */
  type: z.string(),
  /** Whether a count of 1 to 4 is written "<5". */
  suppressed: z.boolean(),
  es: z.string(),
  en: z.string(),
  /** The standard the definition follows (SPACE I, UK Safety in Custody, UN-CTS/SDG 16.3.2), if any. */
  source: z.string().nullable(),
});
export type DictionaryField = z.infer<typeof dictionaryFieldSchema>;

/** `dictionary.json`: the fields, the rules, in Spanish and English. */
export const dataDictionarySchema = z.object({
  title: z.object({ es: z.string(), en: z.string() }),
  rules: z.array(z.object({ es: z.string(), en: z.string() })),
  fields: z.array(dictionaryFieldSchema),
});
export type DataDictionary = z.infer<typeof dataDictionarySchema>;

/** `GET /open-data` (public): the period, the files and the dictionary. */
export const openDataIndexSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** The days with records (the first stay to today): the periods worth asking for. */
  available: z.object({ from: z.string().nullable(), to: z.string() }),
  files: z.array(openDataFileSchema),
  dictionary: dataDictionarySchema,
});
export type OpenDataIndex = z.infer<typeof openDataIndexSchema>;

/** `<table>.json` (and `GET /open-data/<table>.json`): the rows as the CSV has them. */
export const openDataTableSchema = z.object({
  table: z.enum(OPEN_DATA_TABLES),
  from: z.string(),
  to: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), openDataValueSchema)),
});
export type OpenDataTableView = z.infer<typeof openDataTableSchema>;

/** `GET /open-data/:file`: a file name of the set. */
export const openDataFileParamsSchema = z.object({ file: z.string().regex(/^[a-z_]{1,40}\.(csv|json|md)$/) });
