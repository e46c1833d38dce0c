import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClassificationInput, DescriptionInput } from '../../../../src/modules/register/schemas.ts';
import { housingApi } from '../../api-housing.ts';
import { peopleApi } from '../../api-people.ts';
import { rollApi, type AdmissionRequest, type MovementRequest } from '../../api-roll.ts';
import { keys, useWrite } from '../../queries.ts';
import { BED_KINDS } from '../../vocabulary.ts';
import { useTreeOf } from '../roll/queries.ts';

/**
 * The register's reads and writes for the people pages (TanStack Query, see queries.ts). Keys
 * under `persons` follow the API's paths, so that a write about a person invalidates their file,
 * their classification and the searches at once.
 */
export const personKeys = {
  all: () => ['persons'] as const,
  search: (q: string) => ['persons', 'search', q] as const,
  person: (id: string) => ['persons', 'file', id] as const,
  classification: (id: string) => ['persons', 'file', id, 'classification'] as const,
};

/** Shortest query worth sending. */
export const MIN_SEARCH = 2;

/** Matches shown at first, and added by each "see more". */
export const SEARCH_PAGE = 25;

/**
 * People found by name, alias, register number or ID (nothing asked below MIN_SEARCH
 * characters), a page at a time: `fetchNextPage` adds the next SEARCH_PAGE matches.
 */
export function usePersonSearch(q: string) {
  return useInfiniteQuery({
    queryKey: personKeys.search(q),
    queryFn: ({ pageParam }) => peopleApi.search(q, SEARCH_PAGE, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.people.length < last.total ? last.offset + last.people.length : undefined),
    enabled: q.length >= MIN_SEARCH,
  });
}

/** A person's file: identity, whereabouts, custody, movements, pretrial clock. */
export function usePerson(id: string) {
  return useQuery({ queryKey: personKeys.person(id), queryFn: () => peopleApi.person(id) });
}

export function useClassification(id: string) {
  return useQuery({ queryKey: personKeys.classification(id), queryFn: () => housingApi.classification(id) });
}

export function useClassify(id: string) {
  return useWrite((change: ClassificationInput) => housingApi.classify(id, change), [personKeys.person(id)]);
}

/** Replaces the person's physical description. */
export function useDescribe(id: string) {
  return useWrite((description: DescriptionInput) => peopleApi.describe(id, description), [personKeys.person(id)]);
}

/** Records the person's photograph (the file's bytes in base64). */
export function useUploadPhoto(id: string) {
  return useWrite((base64: string) => peopleApi.uploadPhoto(id, base64), [personKeys.person(id)]);
}

/** The active cells and units of a centre, where someone may be put. */
export function useBedLocations(centre: string) {
  const tree = useTreeOf(centre);
  return tree.data?.locations.filter((l) => BED_KINDS.includes(l.kind) && l.status === 'active') ?? [];
}

/** What a movement changes: the roll everywhere (figures, trees, missing lists), the people, emergencies' lists. */
const MOVED = [keys.roll(), personKeys.all(), ['emergencies'] as const];
/** The same, the people's queries left to the caller. */
const MOVED_BUT_THE_PERSON = [keys.roll(), ['emergencies'] as const];

export function useAdmit() {
  return useWrite((admission: AdmissionRequest) => rollApi.admit(admission), MOVED);
}

/** Release, transfer, recapture… of one person. */
export function useRecordMovement(person: string) {
  const client = useQueryClient();
  return useWrite((movement: MovementRequest) => rollApi.recordMovement(person, movement), MOVED_BUT_THE_PERSON, {
    // A person released or dead has no classification to read: their file is read again
    // (without the panel), their classification is not.
    onSuccess: async (result) => {
      const classification = personKeys.classification(person);
      const gone = result.state === null;
      await client.invalidateQueries({
        queryKey: personKeys.all(),
        predicate: (query) => !(gone && classification.every((part, i) => query.queryKey[i] === part)),
      });
    },
  });
}
