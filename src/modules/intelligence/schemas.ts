import { z } from 'zod';
import { centreCode, instantText, isoDate, isoInstant, line, locationCode, note, registerNumber, TEXT_LIMITS } from '../../kernel/fields.ts';
import { enumList, pageQueryFields, pageSchema } from '../../kernel/paging.ts';
import { SEIZURE_ITEMS } from '../../kernel/vocabulary.ts';

/**
 * Searches (requisas) and seizures (hallazgos): request and response shapes. The API validates
 * with them, the web derives its types from them and checks responses against them.
 * Browser-safe: zod and the kernel only.
 */

export const SEARCH_KINDS = ['planned', 'intelligence_led', 'routine', 'other'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_RESULTS = ['nothing_found', 'items_found', 'not_completed'] as const;
export type SearchResult = (typeof SEARCH_RESULTS)[number];
export { SEIZURE_ITEMS };

/** Optional text: an empty one is no text. */
const optionalLine = line(TEXT_LIMITS.line, 0).nullable().default(null);
const optionalNote = note(0, TEXT_LIMITS.note).nullable().default(null);

/** What was found: the item, how many, where, on whom; `openIncident` opens a weapon or contraband incident report. */
const findFields = {
  item: z.enum(SEIZURE_ITEMS),
  quantity: z.number().int().min(1).max(1_000_000),
  whereFound: optionalLine,
  description: optionalNote,
  /** Found on this person (who must have been in custody at the centre then). */
  person: registerNumber.nullable().default(null),
  openIncident: z.boolean().default(false),
};

/** A find of a search; its location defaults to the search's. */
export const findInputSchema = z.object({ ...findFields, location: locationCode.nullable().default(null) });
export type FindInput = z.input<typeof findInputSchema>;
export type Find = z.output<typeof findInputSchema>;

/** `POST /searches`: the search and its finds, written all or nothing. */
export const recordSearchInputSchema = z.object({
  centre: centreCode,
  /** The location searched (a pavilion, wing, cell or unit of the centre); null = the whole centre. */
  location: locationCode.nullable().default(null),
  kind: z.enum(SEARCH_KINDS),
  startedAt: isoInstant(),
  endedAt: isoInstant().nullable().default(null),
  team: line(TEXT_LIMITS.line),
  result: z.enum(SEARCH_RESULTS),
  note: optionalNote,
  /** Open one incident report for the finds that do not open their own. */
  openIncident: z.boolean().default(false),
  finds: z.array(findInputSchema).max(200).default([]),
});
export type RecordSearchInput = z.input<typeof recordSearchInputSchema>;
export type RecordSearch = z.output<typeof recordSearchInputSchema>;

/** `POST /seizures`: a find outside a search. */
export const recordSeizureInputSchema = z.object({
  centre: centreCode,
  at: isoInstant(),
  location: locationCode.nullable().default(null),
  ...findFields,
});
export type RecordSeizureInput = z.input<typeof recordSeizureInputSchema>;
export type RecordSeizure = z.output<typeof recordSeizureInputSchema>;

export const searchParamsSchema = z.object({ id: z.uuid() });
export const centreParamsSchema = z.object({ code: centreCode });

/** The filters both lists share: centre, location (and under it), item, days from/to (in Ecuador's time), person. */
const listFilters = {
  centre: centreCode.optional(),
  location: locationCode.optional(),
  item: enumList(SEIZURE_ITEMS),
  from: isoDate().optional(),
  to: isoDate().optional(),
  person: registerNumber.optional(),
};

export const SEIZURE_SORTS = ['at', 'item', 'quantity', 'location'] as const;
/** `GET /seizures` (the kernel's paging shape), newest first by default. */
export const seizureListQuerySchema = z.object({ ...listFilters, ...pageQueryFields(SEIZURE_SORTS, 'at', 'desc') });
export type SeizureListQuery = z.output<typeof seizureListQuerySchema>;

export const SEARCH_SORTS = ['startedAt', 'location'] as const;
/** `GET /searches`: searches with a find of `item` / on `person` when those are given. */
export const searchListQuerySchema = z.object({ ...listFilters, kind: enumList(SEARCH_KINDS), ...pageQueryFields(SEARCH_SORTS, 'startedAt', 'desc') });
export type SearchListQuery = z.output<typeof searchListQuerySchema>;

/** `GET /centres/:code/seizures/summary?from&to` (days; default the last twelve months). */
export const seizureSummaryQuerySchema = z.object({ from: isoDate().optional(), to: isoDate().optional() });

export const seizureSchema = z.object({
  id: z.string(),
  at: instantText,
  centre: z.string(),
  location: z.string().nullable(),
  /** The location's name (null with no location). */
  locationName: z.string().nullable(),
  item: z.enum(SEIZURE_ITEMS),
  quantity: z.number().int(),
  whereFound: z.string().nullable(),
  description: z.string().nullable(),
  person: z.string().nullable(),
  /** The person's names, when found on someone. */
  personName: z.string().nullable(),
  incident: z.string().nullable(),
  search: z.string().nullable(),
  recordedAt: instantText,
  recordedBy: z.string(),
});
export type SeizureView = z.infer<typeof seizureSchema>;

export const searchSchema = z.object({
  id: z.uuid(),
  centre: z.string(),
  location: z.string().nullable(),
  /** The location's name (null for the whole centre). */
  locationName: z.string().nullable(),
  kind: z.enum(SEARCH_KINDS),
  startedAt: instantText,
  endedAt: instantText.nullable(),
  team: z.string(),
  result: z.enum(SEARCH_RESULTS),
  note: z.string().nullable(),
  recordedAt: instantText,
  recordedBy: z.string(),
  /** What was found, item by item (the sum of the finds' quantities). */
  items: z.array(z.object({ item: z.enum(SEIZURE_ITEMS), quantity: z.number().int() })),
});
export type SearchView = z.infer<typeof searchSchema>;

/** `GET /searches/:id` and the answer of `POST /searches`: the search with its finds. */
export const searchDetailSchema = searchSchema.extend({ finds: z.array(seizureSchema) });
export type SearchDetailView = z.infer<typeof searchDetailSchema>;

export const seizurePageSchema = pageSchema(seizureSchema);
export type SeizurePage = z.infer<typeof seizurePageSchema>;
export const searchPageSchema = pageSchema(searchSchema);
export type SearchPage = z.infer<typeof searchPageSchema>;

/** A centre's finds per month, pavilion (the top of the location's tree; null = no location) and item. */
export const seizureSummarySchema = z.object({
  centre: z.string(),
  from: z.string(),
  to: z.string(),
  /** The centre's top-level locations, in tree order, with their names. */
  pavilions: z.array(z.object({ code: z.string(), name: z.string() })),
  rows: z.array(
    z.object({
      /** YYYY-MM, in the centre's time. */
      month: z.string(),
      pavilion: z.string().nullable(),
      item: z.enum(SEIZURE_ITEMS),
      quantity: z.number().int(),
      finds: z.number().int(),
    }),
  ),
});
export type SeizureSummary = z.infer<typeof seizureSummarySchema>;
