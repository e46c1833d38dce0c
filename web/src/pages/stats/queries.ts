import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { statsApi, type OpenDataQuery, type OpenDataTable, type StatsQuery } from '../../api-stats.ts';

/**
 * Reads of the statistics pages (TanStack Query, see queries.ts). Keyed by the period and the
 * centre; the previous answer stays on screen while the next period loads, so that the page
 * does not jump. The figures are the same for everyone with the same caseload, and the cache is
 * emptied at every login and logout.
 */
export const statsKeys = {
  report: (query: StatsQuery) => ['stats', 'report', query] as const,
  series: (query: StatsQuery) => ['stats', 'series', query] as const,
  openData: (query: OpenDataQuery) => ['open-data', 'index', query] as const,
  openDataTable: (table: OpenDataTable, query: OpenDataQuery) => ['open-data', table, query] as const,
};

export function useStatsReport(query: StatsQuery | null) {
  return useQuery({
    queryKey: statsKeys.report(query ?? {}),
    queryFn: () => statsApi.report(query ?? {}),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useStatsSeries(query: StatsQuery | null) {
  return useQuery({
    queryKey: statsKeys.series(query ?? {}),
    queryFn: () => statsApi.series(query ?? {}),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useOpenData(query: OpenDataQuery) {
  return useQuery({ queryKey: statsKeys.openData(query), queryFn: () => statsApi.openData(query), placeholderData: keepPreviousData, staleTime: 5 * 60_000 });
}

export function useOpenDataTable(table: OpenDataTable, query: OpenDataQuery, enabled = true) {
  return useQuery({
    queryKey: statsKeys.openDataTable(table, query),
    queryFn: () => statsApi.openDataTable(table, query),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    enabled,
  });
}
