/**
 * The client of searches and seizures (/api/v1/searches, /api/v1/seizures, a centre's summary).
 * Every answer is checked against its endpoint's response schema from
 * src/modules/intelligence/schemas.ts; the types are `z.infer` of the same schemas.
 */
import {
  searchDetailSchema,
  searchPageSchema,
  seizurePageSchema,
  seizureSchema,
  seizureSummarySchema,
  type RecordSearchInput,
  type RecordSeizureInput,
  type SearchDetailView,
  type SearchPage,
  type SeizurePage,
  type SeizureSummary,
} from '../../../../src/modules/intelligence/schemas.ts';
import { listQuery } from '../../paging.ts';
import { get, send } from '../../request.ts';

const enc = encodeURIComponent;

/** The filters and window of the lists, as the query strings take them. */
export interface FindFilter {
  centre?: string;
  location?: string;
  item?: string[];
  kind?: string[];
  from?: string;
  to?: string;
  person?: string;
}
export type ListWindow = { offset: number; limit: number; sort?: string; dir?: 'asc' | 'desc' };

export const seizuresApi = {
  searches: (filter: FindFilter, window: ListWindow): Promise<SearchPage> => get(searchPageSchema, `/searches${listQuery({ ...filter, ...window })}`),
  search: (id: string): Promise<SearchDetailView> => get(searchDetailSchema, `/searches/${enc(id)}`),
  seizures: (filter: Omit<FindFilter, 'kind'>, window: ListWindow): Promise<SeizurePage> => get(seizurePageSchema, `/seizures${listQuery({ ...filter, ...window })}`),
  summary: (centre: string, range: { from?: string; to?: string }): Promise<SeizureSummary> =>
    get(seizureSummarySchema, `/centres/${enc(centre)}/seizures/summary${listQuery(range)}`),
  recordSearch: (input: RecordSearchInput) => send(searchDetailSchema, 'POST', '/searches', input),
  recordSeizure: (input: RecordSeizureInput) => send(seizureSchema, 'POST', '/seizures', input),
};
