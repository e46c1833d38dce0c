import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { housingApi } from '../../api-housing.ts';
import { peopleApi } from '../../api-people.ts';
import { rollApi } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { keys } from '../../queries.ts';
import { POLL_MS, rollKeys } from '../roll/queries.ts';

/**
 * The start pages' own reads (TanStack Query, see queries.ts); the roll, counts, centre tree and
 * emergencies are the roll's queries (pages/roll/queries.ts), shared with the full screens.
 * Pretrial limits are under `roll` (a movement — an admission, a release, a transfer — changes
 * them, and the roll's stream invalidates `roll`); overrides under `overrides` (a cell move
 * invalidates them).
 */
export const startKeys = {
  pretrialDue: (centre: string, within: number, limit: number) => [...keys.roll(), 'pretrial-due', centre, within, limit] as const,
  overridesSince: (centre: string, since: string, language: string) => [...keys.overrides(), centre, 'since', since, language] as const,
};

/**
 * The standard count due now at a centre and whether one was started since (under `counts`:
 * starting a count invalidates it); asked again every so often, as the clock moves on.
 */
export function useCountDue(centre: string) {
  return useQuery({
    queryKey: [...rollKeys.counts(), 'due', centre] as const,
    queryFn: () => rollApi.countDue(centre),
    enabled: centre !== '',
    refetchInterval: POLL_MS,
  });
}

/** How far ahead pretrial limits are watched, in days. */
export const PRETRIAL_WINDOW = 30;

/** The people of a centre whose pretrial limit has passed or falls within `within` days (at most `limit`). */
export function usePretrialDue(centre: string, within: number, limit: number, enabled = true) {
  return useQuery({
    queryKey: startKeys.pretrialDue(centre, within, limit),
    queryFn: () => peopleApi.pretrialDue(centre, within, limit),
    enabled: enabled && centre !== '',
  });
}

const WEEK_MS = 7 * 86_400_000;

/** A centre's moves authorised despite a block in the last seven days (counted from when the page opened). */
export function useOverridesThisWeek(centre: string, enabled = true) {
  const { language } = useI18n();
  const [since] = useState(() => new Date(Date.now() - WEEK_MS).toISOString());
  return useQuery({
    queryKey: startKeys.overridesSince(centre, since, language),
    queryFn: () => housingApi.overrides(centre, since).then((r) => r.overrides),
    enabled: enabled && centre !== '',
  });
}

/**
 * The active emergencies of the caseload (every centre's, for a national user). A declaration
 * and marks are not announced by the roll's stream: asked again every so often.
 */
export function useActiveEmergencies() {
  return useQuery({
    queryKey: rollKeys.emergencyList(undefined, 'active'),
    queryFn: () => rollApi.emergencies(undefined, 'active').then((r) => r.emergencies),
    refetchInterval: POLL_MS,
  });
}
