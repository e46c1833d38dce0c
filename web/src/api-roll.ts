/**
 * The client of the roll and its views of the estate (a centre's location tree, a location with
 * its occupants), admissions and movements, counts and emergencies (/api/v1/roll, /admissions,
 * /persons/:id/movements, /counts, /emergencies). Every answer is checked against its
 * endpoint's response schema (request.ts), imported from src/modules/{roll,counts,emergency}/
 * schemas.ts; the types are `z.infer` of the same schemas.
 */

import {
  countDetailSchema,
  countLineResultSchema,
  countDueSchema,
  countListSchema,
  linePeopleSchema,
  rollSheetSchema,
  type MarkPeopleInput,
  type StartCountInput,
} from '../../src/modules/counts/schemas.ts';
import {
  emergencyDetailSchema,
  emergencyListSchema,
  emergencyPeopleSchema,
  emergencySummarySchema,
  escapesDeclaredSchema,
  locationVerifiedSchema,
  missingListSchema,
  personMarkSchema,
  type DeclareEmergencyInput,
  type EMERGENCY_STATUSES,
  type EmergencyPeopleQuery,
  type MarkPersonInput,
  type MissingQuery,
} from '../../src/modules/emergency/schemas.ts';
import type { z } from 'zod';
import type { VerificationStatus } from '../../src/kernel/vocabulary.ts';
import {
  admissionSchema,
  arrivalCheckSchema,
  arrivalsSchema,
  centreTreeSchema,
  locationPeoplePageSchema,
  locationViewSchema,
  movementResultSchema,
  type occupantSchema,
  peopleOutSchema,
  rollReportSchema,
  unplacedSchema,
  type AdmissionRequest,
  type LocationPeopleQuery,
  type MovementRequest,
} from '../../src/modules/roll/schemas.ts';
import { listQuery } from './paging.ts';
import { get, send } from './request.ts';

export { COUNT_KINDS, EMERGENCY_KINDS, type CountKind, type EmergencyKind, type VerificationStatus } from '../../src/kernel/vocabulary.ts';
export { EMERGENCY_MARKS as MARKS } from '../../src/modules/emergency/schemas.ts';
export type {
  CountDetailView as CountDetail,
  CountLineItem as CountLine,
  CountList,
  CountTotalsView as CountTotals,
  LinePeople,
  RollSheet,
  StartCountInput,
} from '../../src/modules/counts/schemas.ts';
export type {
  AdmissionRequest,
  ArrivalView as Arrival,
  CentreTreeView as CentreTree,
  LocationSummaryView as LocationSummary,
  MovementRequest,
  RollCentreView as RollCentreFigures,
  RollLineView as RollFigures,
  RollReportView as Roll,
} from '../../src/modules/roll/schemas.ts';
export type {
  AbsentPersonView as AbsentPerson,
  DeclareEmergencyInput,
  EmergencyCountsView as EmergencyCounts,
  EmergencyDetailView as EmergencyDetail,
  EmergencySummaryView as Emergency,
  EmergencyPeopleQuery,
  ListedPersonView as ListedPerson,
  MissingList,
  MissingPerson,
  MissingQuery,
} from '../../src/modules/emergency/schemas.ts';

/** Someone on the roll, where they are placed and in what state. */
export type Occupant = z.infer<typeof occupantSchema>;

export type Mark = MarkPersonInput['status'];
export type EmergencyStatus = (typeof EMERGENCY_STATUSES)[number];

const enc = encodeURIComponent;

/** A count line's location in a URL: '-' for the people not placed. */
const line = (location: string) => (location === '' ? '-' : enc(location));

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) q.set(key, value);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The address of the roll's server-sent events, for an EventSource. */
export function rollStreamUrl(centre?: string): string {
  return `/api/v1/roll/stream${query({ centre })}`;
}

export const rollApi = {
  roll: (options: { centre?: string | undefined; at?: string | undefined } = {}) =>
    get(rollReportSchema, `/roll${query({ centre: options.centre, at: options.at })}`),
  /** A centre's locations with their capacities and figures, and how many are not placed. */
  centreTree: (code: string) => get(centreTreeSchema, `/roll/centres/${enc(code)}`),
  unplaced: (code: string) => get(unplacedSchema, `/roll/centres/${enc(code)}/unplaced`),
  /** The people of a centre out now (court, hospital), longest out first. */
  peopleOut: (code: string) => get(peopleOutSchema, `/roll/centres/${enc(code)}/out`),
  /** The people en route to a centre, to be received there. */
  arrivals: (code: string) => get(arrivalsSchema, `/roll/centres/${enc(code)}/arrivals`),
  /** The placement check of receiving someone en route to the centre into one of its cells. */
  arrivalCheck: (code: string, person: string, cell: string) =>
    get(arrivalCheckSchema, `/roll/centres/${enc(code)}/arrivals/${enc(person)}/placement-check?cell=${enc(cell)}`),
  /** A location with its ancestors, children and occupants. */
  location: (code: string) => get(locationViewSchema, `/roll/locations/${enc(code)}`),
  /** A location's figures and what is under it, without its people (paged by `locationPeople`). */
  locationFigures: (code: string) => get(locationViewSchema, `/roll/locations/${enc(code)}?occupants=none`),
  /** A page of the people placed in a location or under it, filtered and sorted. */
  locationPeople: (code: string, query: LocationPeopleQuery) =>
    get(locationPeoplePageSchema, `/roll/locations/${enc(code)}/people${listQuery(query)}`),
  sheet: (centre: string, pavilion: string) => get(rollSheetSchema, `/roll/centres/${enc(centre)}/sheet${query({ pavilion })}`),
  /** A centre's missing list: a page of it (with `limit`), filtered and sorted; everything without. */
  missing: (centre: string, filter: MissingQuery = {}) => get(missingListSchema, `/roll/centres/${enc(centre)}/missing${listQuery(filter)}`),

  startCount: (start: StartCountInput) => send(countDetailSchema, 'POST', '/counts', start),
  counts: (centre: string) => get(countListSchema, `/counts${query({ centre })}`),
  /** The standard count due now at the centre (in its time zone), and whether one was started since. */
  countDue: (centre: string) => get(countDueSchema, `/counts/due${query({ centre })}`),
  count: (id: string) => get(countDetailSchema, `/counts/${enc(id)}`),
  enterCount: (id: string, location: string, counted: number) =>
    send(countLineResultSchema, 'PUT', `/counts/${enc(id)}/lines/${line(location)}/count`, { counted }),
  linePeople: (id: string, location: string) => get(linePeopleSchema, `/counts/${enc(id)}/lines/${line(location)}/people`),
  markPeople: (id: string, location: string, marks: MarkPeopleInput['marks']) =>
    send(countLineResultSchema, 'PUT', `/counts/${enc(id)}/lines/${line(location)}/marks`, { marks }),
  reconcile: (id: string, location: string, explanation: string) =>
    send(countLineResultSchema, 'POST', `/counts/${enc(id)}/lines/${line(location)}/reconcile`, { explanation }),
  closeCount: (id: string) => send(countDetailSchema, 'POST', `/counts/${enc(id)}/close`),

  declareEmergency: (declaration: DeclareEmergencyInput) => send(emergencySummarySchema, 'POST', '/emergencies', declaration),
  emergencies: (centre?: string, status?: EmergencyStatus) => get(emergencyListSchema, `/emergencies${query({ centre, status })}`),
  /** An emergency with only the people marked other than verified (the page shows those; the rest are paged). */
  emergency: (id: string) => get(emergencyDetailSchema, `/emergencies/${enc(id)}?people=marked`),
  findOnList: (id: string, q: string, status?: VerificationStatus) =>
    get(emergencyPeopleSchema, `/emergencies/${enc(id)}/people${query({ q, status })}`),
  /** A page of an emergency's frozen list, filtered by status and location and sorted. */
  listedPage: (id: string, filter: EmergencyPeopleQuery) => get(emergencyPeopleSchema, `/emergencies/${enc(id)}/people${listQuery(filter)}`),
  /** Everyone still unverified in a location verified at once: exactly `people`, else 409. */
  verifyLocation: (id: string, location: string, people: readonly string[]) =>
    send(locationVerifiedSchema, 'POST', `/emergencies/${enc(id)}/locations/${enc(location)}/verify`, { people }),
  mark: (id: string, person: string, status: Mark, note: string | null = null) =>
    send(personMarkSchema, 'PUT', `/emergencies/${enc(id)}/people/${enc(person)}`, { status, note }),
  declareEscapes: (id: string) => send(escapesDeclaredSchema, 'POST', `/emergencies/${enc(id)}/escapes`, {}),
  closeEmergency: (id: string) => send(emergencySummarySchema, 'POST', `/emergencies/${enc(id)}/close`),

  admit: (admission: AdmissionRequest) => send(admissionSchema, 'POST', '/admissions', admission),
  /** A movement: release, transfer, recapture (back in custody, in a cell or on a centre's roll)… */
  recordMovement: (person: string, movement: MovementRequest) => send(movementResultSchema, 'POST', `/persons/${enc(person)}/movements`, movement),
};
