/**
 * The client of the register (/api/v1/persons…): search and the person file (classification is
 * housing's client's, api-housing.ts).
 * Every answer is checked against its endpoint's response schema from
 * src/modules/register/schemas.ts (request.ts); the types are `z.infer` of the same schemas.
 * Admissions and movements are the roll's (api-roll.ts).
 */

import {
  descriptionSchema,
  personFileSchema,
  personSearchResultSchema,
  photoRecordedSchema,
  pretrialDueSchema,
  type DescriptionInput,
} from '../../src/modules/register/schemas.ts';
import { get, send } from './request.ts';

export type {
  CourtCase,
  Episode,
  LegalStatusChange,
  NextOfKin,
  Person,
  PersonFile,
  PersonMatch,
  Description,
  DescriptionInput,
  PersonDetails,
  PersonMovement,
  PretrialClock,
  PretrialDue,
  PretrialDuePerson,
  Whereabouts,
} from '../../src/modules/register/schemas.ts';

const enc = encodeURIComponent;

export const peopleApi = {
  /** Names, aliases, register numbers or IDs, forgiving accents and typos; best match first. */
  search: (q: string, limit = 25, offset = 0) =>
    get(personSearchResultSchema, `/persons?${new URLSearchParams({ q, limit: String(limit), offset: String(offset) }).toString()}`),
  person: (id: string) => get(personFileSchema, `/persons/${enc(id)}`),
  /** Replaces the person's physical description. */
  describe: (id: string, description: DescriptionInput) => send(descriptionSchema, 'PUT', `/persons/${enc(id)}/description`, description),
  /** Records the person's photograph: the image file's bytes in base64. */
  uploadPhoto: (id: string, base64: string) => send(photoRecordedSchema, 'PUT', `/persons/${enc(id)}/photo`, { photo: base64 }),
  /** Where the browser loads the photograph from; `version` (when it was recorded) changes when it is replaced. */
  photoUrl: (id: string, version: string) => `/api/v1/persons/${enc(id)}/photo?v=${enc(version)}`,
  /** The people of a centre whose pretrial limit has passed or falls within `within` days, most urgent first (at most `limit`). */
  pretrialDue: (centre: string, within: number, limit: number) =>
    get(pretrialDueSchema, `/centres/${enc(centre)}/pretrial-due?${new URLSearchParams({ within: String(within), limit: String(limit) }).toString()}`),
};
