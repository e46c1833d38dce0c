import { QueryClient, useMutation, useQuery, useQueryClient, type QueryKey, type UseMutationOptions } from '@tanstack/react-query';
import { api, type Centre } from './api.ts';
import { NATIONAL_TIME_ZONE } from './time.ts';

/**
 * Data fetching and caching: TanStack Query. One `QueryClient` for the app (provided in App.tsx,
 * emptied at login and logout, so that one user never sees another's answers). Reads are
 * `useQuery` hooks over the functions of api.ts, one hook per resource, keyed by `keys`; writes
 * are `useMutation` hooks (`useWrite`) that invalidate the keys whose data they change.
 *
 * The shared resources are here (the centres list and one centre, which many pages need); a
 * feature's own reads and writes are in its `pages/<feature>/queries.ts` (pages/estate/queries.ts,
 * pages/admin/queries.ts), built the same way.
 *
 * @example
 * // pages/estate/queries.ts
 * export const useLocationHistory = (code: string) =>
 *   useQuery({ queryKey: keys.locationHistory(code), queryFn: () => api.locationHistory(code).then((r) => r.changes) });
 * export const useChangeCapacity = (code: string) =>
 *   useWrite((change: CapacityChange) => api.changeCapacity(code, change), [keys.location(code), keys.roll()]);
 * // in a page
 * const history = useLocationHistory(code);   // history.data, history.isPending, history.error, history.refetch
 * <LoadState query={history} />
 */

export const queryClient = new QueryClient({
  defaultOptions: {
    // As before: a failed read is shown at once with a retry button, not retried behind the
    // user's back; data is read again when a page is opened again, not when the window regains focus.
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

/**
 * The query keys, following the API's paths. A key is a prefix of the keys under it, so that
 * invalidating `keys.centres()` also invalidates each centre's detail.
 */
export const keys = {
  centres: () => ['centres'] as const,
  centre: (code: string) => ['centres', code] as const,
  /** The roll (national or of one centre), and the roll's views of a centre and a location. */
  roll: () => ['roll'] as const,
  rollOf: (centre: string | undefined) => ['roll', 'figures', centre ?? '*'] as const,
  centreTree: (code: string) => ['roll', 'centres', code] as const,
  unplaced: (code: string) => ['roll', 'centres', code, 'unplaced'] as const,
  location: (code: string) => ['roll', 'locations', code] as const,
  locationHistory: (code: string) => ['locations', code, 'history'] as const,
  users: () => ['users'] as const,
  audit: () => ['audit'] as const,
  /** Criminal groups (pages/groups): the list, a group's page, the network on a day ('' today). */
  groups: () => ['groups'] as const,
  group: (code: string) => ['groups', 'page', code] as const,
  groupGraph: (day: string) => ['groups', 'graph', day] as const,
  /**
   * What hangs from a person (pages/housing, pages/groups). Answers holding sentences the server
   * writes in the user's language (findings of the placement check) are keyed by the language.
   */
  personAll: (id: string) => ['persons', id] as const,
  memberships: (id: string) => ['persons', id, 'memberships'] as const,
  nonAssociations: (id: string) => ['persons', id, 'non-associations'] as const,
  cellMoves: (id: string, language: string) => ['persons', id, 'cell-moves', language] as const,
  suggestedCells: (id: string, language: string) => ['persons', id, 'suggested-cells', language] as const,
  placementCheck: (id: string, cell: string, language: string) => ['persons', id, 'placement-check', cell, language] as const,
  /** A centre's power map and its overrides (pages/housing). */
  powerMaps: () => ['power-map'] as const,
  powerMap: (centre: string) => ['power-map', centre] as const,
  overrides: () => ['overrides'] as const,
  overridesOf: (centre: string, language: string) => ['overrides', centre, language] as const,
};

/** The centres of the user's caseload: read once and kept (they change rarely; writes invalidate them). */
export function useCentres() {
  return useQuery({ queryKey: keys.centres(), queryFn: () => api.centres().then((r) => r.centres), staleTime: 10 * 60_000 });
}

/** One centre with its control-authority history. */
export function useCentre(code: string) {
  return useQuery({ queryKey: keys.centre(code), queryFn: () => api.centre(code) });
}

/** One centre of the caseload from the cached list (undefined while it loads or when not in the caseload). */
export function useCentreOf(code: string | null | undefined): Centre | undefined {
  const centres = useCentres();
  return code ? centres.data?.find((c) => c.code === code) : undefined;
}

/**
 * The time zone of a centre's clock, for its times (`formatWhen(at, zone)`, `todayIn(zone)`):
 * its own from the centres list (Galápagos is an hour behind the mainland); the national zone
 * for no centre, or while the list loads.
 */
export function useCentreZone(code: string | null | undefined): string {
  return useCentreOf(code)?.timezone ?? NATIONAL_TIME_ZONE;
}

/**
 * A write: `run` calls the API; when it succeeds every query under `invalidates` is read again
 * (those on screen at once, the others when next shown). The page gets `mutateAsync` (for
 * forms: throws the ApiError, which the form shows), `isPending`, `error`, `reset`.
 */
export function useWrite<TInput, TResult>(
  run: (input: TInput) => Promise<TResult>,
  invalidates: readonly QueryKey[],
  options: Omit<UseMutationOptions<TResult, Error, TInput>, 'mutationFn'> = {},
) {
  const client = useQueryClient();
  return useMutation<TResult, Error, TInput>({
    ...options,
    mutationFn: run,
    onSuccess: async (result, input, ...rest) => {
      await Promise.all(invalidates.map((queryKey) => client.invalidateQueries({ queryKey })));
      await options.onSuccess?.(result, input, ...rest);
    },
  });
}

/** What `<LoadState>` needs of a query. */
export type QueryState = { isPending: boolean; error: Error | null; refetch: () => Promise<unknown> };

/** Several queries as one for `<LoadState query={…}>`: pending while any is, failed when any failed; retry reads the failed ones again. */
export function combined(...queries: QueryState[]): QueryState {
  return {
    isPending: queries.some((q) => q.isPending),
    error: queries.find((q) => q.error)?.error ?? null,
    refetch: () => Promise.all(queries.filter((q) => q.error).map((q) => q.refetch())),
  };
}
