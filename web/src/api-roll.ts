/**
 * The client of the roll, count and emergency endpoints (/api/v1/roll, /counts, /emergencies):
 * the shapes of src/modules/roll/routes.ts, count-routes.ts and emergency-routes.ts. Requests go
 * through the same helper as api.ts (session cookie, CSRF token, language of error messages).
 */

import { call, type LocationKind, type LocationStatus, type OutReason, type PersonState } from './api.ts';

const enc = encodeURIComponent;

/** One line of the establishment roll (a centre, or the totals), as GET /roll gives it. */
export interface RollFigures {
  on_roll: number;
  in: number;
  out: number;
  out_court: number;
  out_hospital: number;
  unaccounted: number;
  /** Transferred out, not yet arrived elsewhere. */
  en_route: number;
  /** On the way here from another centre. */
  en_route_in: number;
  arrived_today: number;
  left_today: number;
  design_capacity: number;
  working_capacity: number;
  max_capacity: number;
  /** on_roll / design capacity, a ratio. */
  occupancy: number;
  pretrial: number;
  sentenced: number;
}

export interface RollCentreFigures extends RollFigures {
  code: string;
  name: string;
  capacity_estimated: boolean;
}

export interface Roll {
  at: string;
  centres: RollCentreFigures[];
  totals: RollFigures;
}

/** What the roll stream says: the roll of these centres changed. */
export interface RollEvent {
  centres: string[];
  at: string;
}

export const COUNT_KINDS = ['scheduled', 'emergency'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];
export type LineStatus = 'pending' | 'ok' | 'discrepancy' | 'reconciled';

export interface CountSession {
  id: string;
  centre: string;
  kind: CountKind;
  status: 'open' | 'closed';
  startedAt: string;
  startedBy: string;
  closedAt: string | null;
  closedBy: string | null;
  note: string | null;
}

export interface CountTotals {
  lines: number;
  expected: number;
  counted: number;
  discrepancies: number;
  unreconciled: number;
  pending: number;
}

export interface CountLine {
  /** A location code; '' for the people on the roll not placed in a cell. */
  location: string;
  name: string | null;
  kind: LocationKind | null;
  pavilion: { code: string; name: string } | null;
  expected: number;
  counted: number | null;
  difference: number | null;
  status: LineStatus;
  countedBy: string | null;
  countedAt: string | null;
  reconciliation: string | null;
  reconciledBy: string | null;
  reconciledAt: string | null;
}

export interface CountDetail {
  session: CountSession;
  lines: CountLine[];
  totals: CountTotals;
}

export interface CountPerson {
  id: string;
  givenNames: string;
  familyNames: string;
  aliases: string[];
  present: boolean | null;
  markedBy: string | null;
  markedAt: string | null;
}

export interface RollSheet {
  centre: { code: string; name: string };
  pavilion: { code: string; name: string };
  generatedAt: string;
  cells: {
    code: string;
    name: string;
    kind: LocationKind;
    status: LocationStatus;
    people: {
      id: string;
      givenNames: string;
      familyNames: string;
      aliases: string[];
      legalStatus: string | null;
      risk: string | null;
      state: PersonState;
      outReason: OutReason | null;
    }[];
  }[];
  totals: { placed: number; in: number };
}

export const EMERGENCY_KINDS = ['riot', 'escape', 'hostage_taking', 'fire', 'other'] as const;
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];
export type VerificationStatus = 'unverified' | 'verified' | 'injured' | 'hostage' | 'dead' | 'escaped';
/** What an officer may record of a person found. */
export const MARKS = ['verified', 'injured', 'hostage', 'dead'] as const;
export type Mark = (typeof MARKS)[number];

export interface EmergencyCounts {
  expected: number;
  unverified: number;
  verified: number;
  injured: number;
  hostage: number;
  dead: number;
  escaped: number;
  recaptured: number;
}

export interface Emergency {
  id: string;
  centre: string;
  kind: EmergencyKind;
  status: 'active' | 'closed';
  reason: string;
  declaredAt: string;
  declaredBy: string;
  escapesDeclaredAt: string | null;
  closedAt: string | null;
  closedBy: string | null;
  counts: EmergencyCounts;
}

export interface ListedPerson {
  id: string;
  givenNames: string;
  familyNames: string;
  aliases: string[];
  expectedLocation: string | null;
  status: VerificationStatus;
  note: string | null;
  markedAt: string | null;
  markedBy: string | null;
  /** Their state on the roll now; null: no longer in custody. */
  state: PersonState | null;
  recaptured: boolean;
}

export interface AbsentPerson {
  id: string;
  givenNames: string;
  familyNames: string;
  state: 'out' | 'en_route';
  outReason: string | null;
  destination: string | null;
}

export interface EmergencyDetail extends Emergency {
  people: ListedPerson[];
  out: AbsentPerson[];
}

export interface MissingPerson {
  id: string;
  given_names: string;
  family_names: string;
  since: string;
  last_location: string | null;
}

export interface MissingList {
  centre: string;
  at: string;
  people: MissingPerson[];
}

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
    call<Roll>('GET', `/roll${query({ centre: options.centre, at: options.at })}`),
  sheet: (centre: string, pavilion: string) => call<RollSheet>('GET', `/roll/centres/${enc(centre)}/sheet${query({ pavilion })}`),
  missing: (centre: string) => call<MissingList>('GET', `/roll/centres/${enc(centre)}/missing`),

  startCount: (start: { centre: string; kind: CountKind; note: string | null }) => call<CountDetail>('POST', '/counts', start),
  counts: (centre: string) => call<{ counts: (CountSession & { totals: CountTotals })[] }>('GET', `/counts${query({ centre })}`),
  count: (id: string) => call<CountDetail>('GET', `/counts/${enc(id)}`),
  enterCount: (id: string, location: string, counted: number) =>
    call<{ line: CountLine; totals: CountTotals }>('PUT', `/counts/${enc(id)}/lines/${line(location)}/count`, { counted }),
  linePeople: (id: string, location: string) =>
    call<{ location: string; expected: number; people: CountPerson[] }>('GET', `/counts/${enc(id)}/lines/${line(location)}/people`),
  markPeople: (id: string, location: string, marks: { person: string; present: boolean }[]) =>
    call<{ line: CountLine; totals: CountTotals }>('PUT', `/counts/${enc(id)}/lines/${line(location)}/marks`, { marks }),
  reconcile: (id: string, location: string, explanation: string) =>
    call<{ line: CountLine; totals: CountTotals }>('POST', `/counts/${enc(id)}/lines/${line(location)}/reconcile`, { explanation }),
  closeCount: (id: string) => call<CountDetail>('POST', `/counts/${enc(id)}/close`),

  declareEmergency: (declaration: { centre: string; kind: EmergencyKind; reason: string }) =>
    call<Emergency>('POST', '/emergencies', declaration),
  emergencies: (centre?: string, status?: 'active' | 'closed') =>
    call<{ emergencies: Emergency[] }>('GET', `/emergencies${query({ centre, status })}`),
  emergency: (id: string) => call<EmergencyDetail>('GET', `/emergencies/${enc(id)}`),
  findOnList: (id: string, q: string, status?: VerificationStatus) =>
    call<{ people: ListedPerson[] }>('GET', `/emergencies/${enc(id)}/people${query({ q, status })}`),
  mark: (id: string, person: string, status: Mark, note: string | null = null) =>
    call<{ person: string; status: VerificationStatus }>('PUT', `/emergencies/${enc(id)}/people/${enc(person)}`, { status, note }),
  declareEscapes: (id: string) =>
    call<{ escaped: string[]; alreadyUnaccounted: string[]; skipped: string[] }>('POST', `/emergencies/${enc(id)}/escapes`, {}),
  closeEmergency: (id: string) => call<Emergency>('POST', `/emergencies/${enc(id)}/close`),

  /** A recapture: back in custody, in a cell or on a centre's roll (unplaced). */
  recapture: (person: string, to: string, reason: string | null) =>
    call<unknown>('POST', `/persons/${enc(person)}/movements`, { type: 'recapture', to, reason }),
};
