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
  missingListSchema,
  personMarkSchema,
  type DeclareEmergencyInput,
  type EMERGENCY_STATUSES,
  type MarkPersonInput,
} from '../../src/modules/emergency/schemas.ts';
import type { z } from 'zod';
import type { VerificationStatus } from '../../src/kernel/vocabulary.ts';
import {
  admissionSchema,
  centreTreeSchema,
  locationViewSchema,
  movementResultSchema,
  type occupantSchema,
  rollReportSchema,
  unplacedSchema,
  type AdmissionRequest,
  type MovementRequest,
} from '../../src/modules/roll/schemas.ts';
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
  ListedPersonView as ListedPerson,
  MissingList,
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
  /** A location with its ancestors, children and occupants. */
  location: (code: string) => get(locationViewSchema, `/roll/locations/${enc(code)}`),
  sheet: (centre: string, pavilion: string) => get(rollSheetSchema, `/roll/centres/${enc(centre)}/sheet${query({ pavilion })}`),
  missing: (centre: string) => get(missingListSchema, `/roll/centres/${enc(centre)}/missing`),

  startCount: (start: StartCountInput) => send(countDetailSchema, 'POST', '/counts', start),
  counts: (centre: string) => get(countListSchema, `/counts${query({ centre })}`),
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
  emergency: (id: string) => get(emergencyDetailSchema, `/emergencies/${enc(id)}`),
  findOnList: (id: string, q: string, status?: VerificationStatus) =>
    get(emergencyPeopleSchema, `/emergencies/${enc(id)}/people${query({ q, status })}`),
  mark: (id: string, person: string, status: Mark, note: string | null = null) =>
    send(personMarkSchema, 'PUT', `/emergencies/${enc(id)}/people/${enc(person)}`, { status, note }),
  declareEscapes: (id: string) => send(escapesDeclaredSchema, 'POST', `/emergencies/${enc(id)}/escapes`, {}),
  closeEmergency: (id: string) => send(emergencySummarySchema, 'POST', `/emergencies/${enc(id)}/close`),

  admit: (admission: AdmissionRequest) => send(admissionSchema, 'POST', '/admissions', admission),
  /** A movement: release, transfer, recapture (back in custody, in a cell or on a centre's roll)… */
  recordMovement: (person: string, movement: MovementRequest) => send(movementResultSchema, 'POST', `/persons/${enc(person)}/movements`, movement),
};
