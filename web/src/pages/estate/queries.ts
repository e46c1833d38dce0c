import { useQuery } from '@tanstack/react-query';
import { api, type AuthorityChangeInput, type CapacityChange, type LocationStatusChange } from '../../api.ts';
import { rollApi } from '../../api-roll.ts';
import { keys, useWrite } from '../../queries.ts';

/**
 * The estate's reads and writes (centres, locations, their history) for the pages of this
 * folder. The centres list and one centre are shared: `useCentres`, `useCentre` in queries.ts;
 * the roll's figures and a centre's location tree are the roll's (`useRoll`, `useTreeOf` in
 * pages/roll/queries.ts).
 */

/** The people on a centre's roll placed in no cell. */
export function useUnplaced(code: string) {
  return useQuery({ queryKey: keys.unplaced(code), queryFn: () => rollApi.unplaced(code).then((r) => r.occupants) });
}

/** A location: its ancestors, children and figures (its people are paged by `LocationPeople`, under the same key). */
export function useLocationView(code: string) {
  return useQuery({ queryKey: keys.location(code), queryFn: () => rollApi.locationFigures(code) });
}

/** Capacity and status changes of a location, newest first. */
export function useLocationHistory(code: string) {
  return useQuery({ queryKey: keys.locationHistory(code), queryFn: () => api.locationHistory(code).then((r) => r.changes) });
}

/** Hands a centre to another control authority: the centre and the list change. */
export function useChangeAuthority(code: string) {
  return useWrite((change: AuthorityChangeInput) => api.changeAuthority(code, change), [keys.centres()]);
}

/** A location's capacities or status change its figures, its tree, the roll, and its history. */
const locationChanges = (code: string) => [keys.roll(), keys.locationHistory(code)];

export function useChangeCapacity(code: string) {
  return useWrite((change: CapacityChange) => api.changeCapacity(code, change), locationChanges(code));
}

export function useSetLocationStatus(code: string) {
  return useWrite((change: LocationStatusChange) => api.setLocationStatus(code, change), locationChanges(code));
}
