import { useQuery } from '@tanstack/react-query';
import { rollApi } from '../../api-roll.ts';

/**
 * A centre's lists of people out and of people on their way in. Under `roll`, so that every
 * movement (useRecordMovement) and every event of the roll's stream asks them again.
 */
export const movementKeys = {
  out: (centre: string) => ['roll', 'out', centre] as const,
  arrivals: (centre: string) => ['roll', 'arrivals', centre] as const,
};

export function usePeopleOut(centre: string) {
  return useQuery({ queryKey: movementKeys.out(centre), queryFn: () => rollApi.peopleOut(centre).then((r) => r.people), enabled: centre !== '' });
}

export function useArrivals(centre: string) {
  return useQuery({ queryKey: movementKeys.arrivals(centre), queryFn: () => rollApi.arrivals(centre).then((r) => r.people), enabled: centre !== '' });
}
