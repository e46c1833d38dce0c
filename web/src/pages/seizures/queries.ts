import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RecordSearchInput } from '../../../../src/modules/intelligence/schemas.ts';
import { useWrite } from '../../queries.ts';
import { seizuresApi, type FindFilter, type ListWindow } from './api.ts';

/** The query keys of searches and finds: one prefix, so that a new search refreshes every list and summary. */
export const seizureKeys = {
  all: () => ['seizures'] as const,
  searches: (filter: FindFilter, window: ListWindow) => ['seizures', 'searches', filter, window] as const,
  search: (id: string) => ['seizures', 'search', id] as const,
  finds: (filter: FindFilter, window: ListWindow) => ['seizures', 'finds', filter, window] as const,
  summary: (centre: string, from: string, to: string) => ['seizures', 'summary', centre, from, to] as const,
};

export function useSearches(filter: FindFilter, window: ListWindow) {
  return useQuery({ queryKey: seizureKeys.searches(filter, window), queryFn: () => seizuresApi.searches(filter, window), placeholderData: keepPreviousData });
}

export function useSearch(id: string) {
  return useQuery({ queryKey: seizureKeys.search(id), queryFn: () => seizuresApi.search(id) });
}

export function useFinds(filter: FindFilter, window: ListWindow) {
  return useQuery({ queryKey: seizureKeys.finds(filter, window), queryFn: () => seizuresApi.seizures(filter, window), placeholderData: keepPreviousData });
}

/** A centre's finds per month, pavilion and item ('' = the server's default range). */
export function useSeizureSummary(centre: string, from: string, to: string) {
  return useQuery({
    queryKey: seizureKeys.summary(centre, from, to),
    queryFn: () => seizuresApi.summary(centre, { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
    placeholderData: keepPreviousData,
  });
}

/** Records a search with its finds; every list, summary and incident list is read again. */
export function useRecordSearch() {
  return useWrite((input: RecordSearchInput) => seizuresApi.recordSearch(input), [seizureKeys.all(), ['incidents']]);
}
