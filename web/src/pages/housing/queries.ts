import { keepPreviousData, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { CellMoveInput, NonAssociationInput, NonAssociationStatusInput } from '../../../../src/modules/housing/schemas.ts';
import { housingApi } from '../../api-housing.ts';
import { useI18n } from '../../i18n/index.ts';
import { keys, useCentres, useCentreZone, useWrite } from '../../queries.ts';
import { NATIONAL_TIME_ZONE } from '../../time.ts';
import { personKeys, usePerson } from '../people/queries.ts';

/**
 * Reads and writes of non-associations, cell moves, suggested cells, the power map and overrides
 * (TanStack Query, see queries.ts). Answers holding the server's sentences (findings of the
 * placement check) are keyed by the user's language, so that they are asked again in the other
 * language; the previous answer stays on screen meanwhile.
 */

/** What LoadState shows of a read. */
type ReadState = Pick<UseQueryResult<unknown>, 'isPending' | 'error' | 'refetch'>;

/**
 * Several reads of one page shown as one (for LoadState): loading while any loads, the first
 * failure, and a retry that reads the failed one again.
 */
export function allOf(first: ReadState, ...rest: ReadState[]): ReadState {
  const all = [first, ...rest];
  const failed = all.find((q) => q.error) ?? first;
  return { isPending: all.some((q) => q.isPending), error: failed.error, refetch: (options) => failed.refetch(options) };
}

/** The zone of each centre's clock, for records of several centres (the national zone for an unknown centre). */
export function useZoneOfCentre(): (centre: string) => string {
  const centres = useCentres();
  return (centre) => centres.data?.find((c) => c.code === centre)?.timezone ?? NATIONAL_TIME_ZONE;
}

/** The zone of the clock of the centre where the person is held (their file is read once for the page). */
export function usePersonZone(person: string): string {
  return useCentreZone(usePerson(person).data?.current?.centre);
}

/** Whom the person must be kept apart from, open and closed, with each record's history. */
export function useNonAssociations(person: string) {
  return useQuery({ queryKey: keys.nonAssociations(person), queryFn: () => housingApi.nonAssociations(person).then((r) => r.nonAssociations) });
}

/** The person's cell moves decided through the placement check, newest first. */
export function useCellMoves(person: string) {
  const { language } = useI18n();
  return useQuery({
    queryKey: keys.cellMoves(person, language),
    queryFn: () => housingApi.cellMoves(person).then((r) => r.moves),
    placeholderData: keepPreviousData,
  });
}

/** The best cells of the person's centre for them, and how many were ruled out for which reason. */
export function useSuggestedCells(person: string, limit = 10) {
  const { language } = useI18n();
  return useQuery({
    queryKey: keys.suggestedCells(person, language),
    queryFn: () => housingApi.suggestedCells(person, limit),
    placeholderData: keepPreviousData,
  });
}

/** The placement check of moving `person` into `cell`; not asked while `cell` is null. */
export function usePlacementCheckQuery(person: string, cell: string | null) {
  const { language } = useI18n();
  return useQuery({
    queryKey: keys.placementCheck(person, cell ?? '', language),
    queryFn: () => housingApi.placementCheck(person, cell ?? ''),
    enabled: cell !== null,
    // The check is of this moment: never served from an older answer.
    staleTime: 0,
    gcTime: 0,
  });
}

/** Who holds each pavilion of a centre. */
export function usePowerMap(centre: string) {
  return useQuery({ queryKey: keys.powerMap(centre), queryFn: () => housingApi.powerMap(centre) });
}

/** The moves a director of the centre authorised despite blocking reasons. */
export function useOverrides(centre: string) {
  const { language } = useI18n();
  return useQuery({
    queryKey: keys.overridesOf(centre, language),
    queryFn: () => housingApi.overrides(centre).then((r) => r.overrides),
    placeholderData: keepPreviousData,
  });
}

/**
 * A non-association changes what may be checked and suggested for both people: everything read
 * about the other person is asked again too (the page's own person is in `invalidates`).
 */
function useOtherPerson() {
  const client = useQueryClient();
  return (other: string) => client.invalidateQueries({ queryKey: keys.personAll(other) });
}

export function useOpenNonAssociation(person: string) {
  const refreshOther = useOtherPerson();
  return useWrite((record: NonAssociationInput) => housingApi.openNonAssociation(record), [keys.personAll(person)], {
    onSuccess: (created) => refreshOther(created.personA === person ? created.personB : created.personA),
  });
}

export function useSetNonAssociationStatus(person: string, id: string) {
  const refreshOther = useOtherPerson();
  return useWrite((change: NonAssociationStatusInput) => housingApi.setNonAssociationStatus(id, change), [keys.personAll(person)], {
    onSuccess: (record) => refreshOther(record.personA === person ? record.personB : record.personA),
  });
}

/**
 * A cell move changes the person's file and what hangs from it, the roll, the power maps and,
 * when authorised despite blocking reasons, the overrides.
 */
export function useMoveToCell(person: string) {
  return useWrite(
    (move: CellMoveInput) => housingApi.moveToCell(person, move),
    [personKeys.person(person), keys.personAll(person), keys.roll(), keys.overrides(), keys.powerMaps()],
  );
}
