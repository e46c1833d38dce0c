import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  rollApi,
  type DeclareEmergencyInput,
  type EmergencyPeopleQuery,
  type EmergencyStatus,
  type ListedPerson,
  type Mark,
  type MissingQuery,
  type StartCountInput,
} from '../../api-roll.ts';
import { keys, useWrite } from '../../queries.ts';
import { useRollStream } from './live.ts';

/**
 * The roll's, counts' and emergencies' reads and writes (TanStack Query, see queries.ts). Every
 * view of the roll is under `roll` (figures, missing lists, sheets, centre trees): a movement,
 * or an event of the roll's stream, invalidates them all. Counts are under `counts`, emergencies
 * under `emergencies`.
 */
export const rollKeys = {
  figures: (centre: string | undefined, at: string | undefined) => [...keys.rollOf(centre), at ?? 'now'] as const,
  missing: (centre: string, filter: MissingQuery = {}) => ['roll', 'missing', centre, filter] as const,
  sheets: (centre: string, pavilions: string[]) => ['roll', 'sheet', centre, ...pavilions] as const,
  counts: () => ['counts'] as const,
  countList: (centre: string) => ['counts', 'list', centre] as const,
  count: (id: string) => ['counts', 'one', id] as const,
  linePeople: (id: string, location: string) => ['counts', 'one', id, 'lines', location] as const,
  emergencies: () => ['emergencies'] as const,
  emergencyList: (centre: string | undefined, status: EmergencyStatus | undefined) => ['emergencies', 'list', centre ?? '*', status ?? '*'] as const,
  emergency: (id: string) => ['emergencies', 'one', id] as const,
  onList: (id: string, q: string) => ['emergencies', 'one', id, 'people', q] as const,
  listedPage: (id: string, filter: EmergencyPeopleQuery) => ['emergencies', 'one', id, 'page', filter] as const,
  unverifiedAt: (id: string, location: string) => ['emergencies', 'one', id, 'unverified-at', location] as const,
};

/** Marks by other officers are not announced by the roll's stream: pages of an active emergency ask every so often. */
export const POLL_MS = 15_000;

// ---- Reads ----------------------------------------------------------------------------------

/** The roll of the caseload or of one centre, now or at a past instant. */
export function useRoll(centre: string | undefined, at: string | undefined, enabled = true) {
  return useQuery({ queryKey: rollKeys.figures(centre, at), queryFn: () => rollApi.roll({ centre, at }), enabled });
}

/** The emergencies of a centre (all, or of one status); `enabled` false asks nothing. */
export function useEmergencies(centre: string | undefined, status?: EmergencyStatus, enabled = true) {
  return useQuery({
    queryKey: rollKeys.emergencyList(centre, status),
    queryFn: () => rollApi.emergencies(centre, status).then((r) => r.emergencies),
    enabled,
  });
}

/** An emergency with the people marked other than verified; asked again every so often while it is active. */
export function useEmergency(id: string) {
  return useQuery({
    queryKey: rollKeys.emergency(id),
    queryFn: () => rollApi.emergency(id),
    refetchInterval: (query) => (query.state.data?.status === 'active' ? POLL_MS : false),
  });
}

/** The people of an emergency's frozen list matching `q` (kept on screen while asked again). */
export function useFindOnList(id: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: rollKeys.onList(id, q),
    queryFn: () => rollApi.findOnList(id, q).then((r) => r.items),
    enabled,
    placeholderData: (previous) => previous,
  });
}

/**
 * The people unaccounted for at a centre, as the server counts them (a page of them with
 * `filter.limit`). Never kept once off screen (`gcTime: 0`): coming back to the list after a
 * recapture shows it as it is, not for a moment as it was.
 */
export function useMissing(centre: string, poll: boolean, filter: MissingQuery = {}) {
  return useQuery({
    queryKey: rollKeys.missing(centre, filter),
    queryFn: () => rollApi.missing(centre, filter),
    gcTime: 0,
    enabled: centre !== '',
    refetchInterval: poll ? POLL_MS : false,
    placeholderData: (previous) => previous,
  });
}

/** A page of an emergency's frozen list (kept on screen while the next is asked); asked again while active. */
export function useListedPage(id: string, filter: EmergencyPeopleQuery, poll: boolean) {
  return useQuery({
    queryKey: rollKeys.listedPage(id, filter),
    queryFn: () => rollApi.listedPage(id, filter),
    placeholderData: (previous) => previous,
    refetchInterval: poll ? POLL_MS : false,
  });
}

/** Everyone still unverified under a location, every page of them, by name: what a whole-location verification confirms. */
export function useUnverifiedAt(id: string, location: string, enabled: boolean) {
  return useQuery({
    queryKey: rollKeys.unverifiedAt(id, location),
    queryFn: async () => {
      const people: ListedPerson[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = await rollApi.listedPage(id, { status: 'unverified', location, sort: 'name', limit: 500, offset });
        people.push(...page.items);
        if (offset + 500 >= page.total) return people;
      }
    },
    enabled: enabled && location !== '',
  });
}

/** A centre's location tree with its figures, not asked before the centre is known (''). */
export function useTreeOf(centre: string) {
  return useQuery({ queryKey: keys.centreTree(centre), queryFn: () => rollApi.centreTree(centre), enabled: centre !== '' });
}

/** The printable sheets of a centre's pavilions (one, or all when `pavilion` is ''), with the tree they are ordered by. */
export function useRollSheets(centre: string, pavilion: string) {
  const tree = useTreeOf(centre);
  const pavilions = (tree.data?.locations ?? []).filter((l) => l.kind === 'pavilion' && (!pavilion || l.code === pavilion)).map((l) => l.code);
  const sheets = useQuery({
    queryKey: rollKeys.sheets(centre, pavilions),
    queryFn: () => Promise.all(pavilions.map((p) => rollApi.sheet(centre, p))),
    enabled: tree.isSuccess,
  });
  return { tree, sheets };
}

export function useCounts(centre: string) {
  return useQuery({ queryKey: rollKeys.countList(centre), queryFn: () => rollApi.counts(centre).then((r) => r.counts), enabled: centre !== '' });
}

export function useCount(id: string) {
  return useQuery({ queryKey: rollKeys.count(id), queryFn: () => rollApi.count(id) });
}

export function useLinePeople(id: string, location: string) {
  return useQuery({ queryKey: rollKeys.linePeople(id, location), queryFn: () => rollApi.linePeople(id, location) });
}

/**
 * Follows the roll's stream while `enabled`: each change invalidates every view of the roll and
 * the emergencies (escapes and recaptures are movements), then calls `onUpdated`.
 */
export function useLiveRoll(centre: string | undefined, enabled: boolean, onUpdated?: () => void) {
  const client = useQueryClient();
  const changed = useCallback(async () => {
    await Promise.all([client.invalidateQueries({ queryKey: keys.roll() }), client.invalidateQueries({ queryKey: rollKeys.emergencies() })]);
    onUpdated?.();
  }, [client, onUpdated]);
  return useRollStream(centre, enabled, () => void changed());
}

// ---- Writes ---------------------------------------------------------------------------------

export function useStartCount() {
  return useWrite((start: StartCountInput) => rollApi.startCount(start), [rollKeys.counts()]);
}

/**
 * Figures counted at several lines of a count, one after the other: how many were saved, and the
 * failure that stopped the rest (the ones saved stay saved, and the count shows them).
 */
export function useEnterCounts(id: string) {
  return useWrite(async (entries: { location: string; counted: number }[]) => {
    let saved = 0;
    for (const entry of entries) {
      try {
        await rollApi.enterCount(id, entry.location, entry.counted);
        saved += 1;
      } catch (error) {
        return { saved, error };
      }
    }
    return { saved, error: null };
  }, [rollKeys.counts()]);
}

export function useMarkPeople(id: string, location: string) {
  return useWrite((marks: { person: string; present: boolean }[]) => rollApi.markPeople(id, location, marks), [rollKeys.counts()]);
}

export function useReconcile(id: string, location: string) {
  return useWrite((explanation: string) => rollApi.reconcile(id, location, explanation), [rollKeys.counts()]);
}

export function useCloseCount(id: string) {
  return useWrite(() => rollApi.closeCount(id), [rollKeys.counts()]);
}

export function useDeclareEmergency() {
  return useWrite((declaration: DeclareEmergencyInput) => rollApi.declareEmergency(declaration), [rollKeys.emergencies(), keys.roll()]);
}

/** A mark changes the emergency's lists and counters and the centre's missing list. */
export function useMark(id: string) {
  return useWrite((mark: { person: string; status: Mark }) => rollApi.mark(id, mark.person, mark.status), [rollKeys.emergencies(), keys.roll()]);
}

/** Everyone shown unverified in a location, verified at once (409 if the list changed meanwhile). */
export function useVerifyLocation(id: string) {
  return useWrite(
    (input: { location: string; people: readonly string[] }) => rollApi.verifyLocation(id, input.location, input.people),
    [rollKeys.emergencies(), keys.roll()],
  );
}

export function useDeclareEscapes(id: string) {
  return useWrite(() => rollApi.declareEscapes(id), [rollKeys.emergencies(), keys.roll()]);
}

export function useCloseEmergency(id: string) {
  return useWrite(() => rollApi.closeEmergency(id), [rollKeys.emergencies(), keys.roll()]);
}
