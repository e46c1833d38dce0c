/**
 * The client of the register (/api/v1/persons…): search and the person file (classification is
 * housing's client's, api-housing.ts).
 * Every answer is checked against its endpoint's response schema from
 * src/modules/register/schemas.ts (request.ts); the types are `z.infer` of the same schemas.
 * Admissions and movements are the roll's (api-roll.ts).
 */

import { personFileSchema, personSearchResultSchema } from '../../src/modules/register/schemas.ts';
import { get } from './request.ts';

export type {
  CourtCase,
  Episode,
  LegalStatusChange,
  NextOfKin,
  Person,
  PersonFile,
  PersonMatch,
  PersonMovement,
  PretrialClock,
  Whereabouts,
} from '../../src/modules/register/schemas.ts';

const enc = encodeURIComponent;

export const peopleApi = {
  /** Names, aliases, register numbers or IDs, forgiving accents and typos; best match first. */
  search: (q: string, limit = 25) => get(personSearchResultSchema, `/persons?${new URLSearchParams({ q, limit: String(limit) }).toString()}`),
  person: (id: string) => get(personFileSchema, `/persons/${enc(id)}`),
};
