/**
 * The client of Custodia's HTTP API (/api/v1). Same-origin JSON with the session cookie; every
 * write carries the session's CSRF token; every request says which language error messages
 * should come back in.
 */

import type {
  AUTHORITIES,
  LEGAL_STATUSES,
  LOCATION_KINDS,
  LOCATION_STATUSES,
  MOVEMENT_TYPES,
  OCCUPANCY_BANDS,
  OFFENCES,
  OUT_REASONS,
  PERSON_STATES,
  REGIMES,
  RELEASE_REASONS,
  RISK_LEVELS,
  SECURITY_LEVELS,
} from './vocabulary.ts';

export const ROLES = [
  'officer',
  'supervisor',
  'director',
  'classification',
  'intelligence',
  'health',
  'hq',
  'oversight',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];
/** Roles whose work is national: they usually have every centre. */
export const NATIONAL_ROLES: readonly Role[] = ['hq', 'oversight', 'admin'];

export type Language = 'es' | 'en';

export type Authority = (typeof AUTHORITIES)[number];
export type LocationKind = (typeof LOCATION_KINDS)[number];
export type LocationStatus = (typeof LOCATION_STATUSES)[number];
export type Regime = (typeof REGIMES)[number];
export type SecurityLevel = (typeof SECURITY_LEVELS)[number];
export type OccupancyBand = (typeof OCCUPANCY_BANDS)[number];
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type Offence = (typeof OFFENCES)[number];
export type ReleaseReason = (typeof RELEASE_REASONS)[number];
export type MovementType = (typeof MOVEMENT_TYPES)[number];
export type PersonState = (typeof PERSON_STATES)[number];
export type OutReason = (typeof OUT_REASONS)[number];

export interface Caseload {
  all: boolean;
  centres: string[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  caseload: Caseload;
  language: Language;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface UserSummary extends User {
  active: boolean;
  locked: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface Centre {
  code: string;
  name: string;
  city: string;
  province: string;
  type: 'CPL' | 'CPPL' | 'CRS';
  sex: 'M' | 'F' | 'mixed';
  authority: Authority;
  timezone: string;
  capacityEstimated?: boolean;
}

/** A centre with its control-authority history (GET /centres/:code). */
export interface CentreDetail extends Centre {
  capacityEstimated: boolean;
  authorityHistory: { authority: Authority; since: string | null; decree: string | null; recordedAt: string; recordedBy: string }[];
}

/** One line of the establishment roll: figures for a centre, or the totals. */
export interface RollLine {
  on_roll: number;
  in: number;
  out: number;
  out_court: number;
  out_hospital: number;
  unaccounted: number;
  en_route: number;
  design_capacity: number;
  working_capacity: number;
  max_capacity: number;
  /** on_roll / design capacity, a ratio. */
  occupancy: number;
  pretrial: number;
}

export interface RollCentre extends RollLine {
  code: string;
  name: string;
  capacity_estimated: boolean;
}

export interface RollReport {
  at: string;
  centres: RollCentre[];
  totals: RollLine;
}

/** A location of the estate with its capacities and the figures summed over its subtree. */
export interface LocationSummary {
  code: string;
  centre: string;
  parent: string | null;
  kind: LocationKind;
  name: string;
  sex: 'M' | 'F' | 'any';
  regime: Regime;
  security: SecurityLevel;
  status: LocationStatus;
  path: string;
  depth: number;
  designCapacity: number | null;
  workingCapacity: number | null;
  maxCapacity: number | null;
  design: number;
  working: number;
  max: number;
  occupancy: number;
  band: OccupancyBand;
}

export interface CentreTree {
  centre: Omit<Centre, 'timezone'> & { capacityEstimated: boolean };
  locations: LocationSummary[];
  unplaced: number;
}

/** Someone on the roll, where they are placed and in what state. */
export interface Occupant {
  id: string;
  givenNames: string;
  familyNames: string;
  aliases: string[];
  location: string | null;
  state: PersonState;
  outReason: OutReason | null;
  since: string;
  legalStatus: LegalStatus | null;
  risk: RiskLevel | null;
}

export interface LocationView {
  location: LocationSummary;
  ancestors: Partial<LocationSummary>[];
  children: LocationSummary[];
  occupants: Occupant[];
}

export interface LocationChange {
  kind: 'capacity' | 'status';
  oldValue: string;
  newValue: string;
  reason: string;
  at: string;
  recordedBy: string;
}

export interface PersonMatch {
  id: string;
  nationalId: string | null;
  givenNames: string;
  familyNames: string;
  aliases: string[];
  birthDate: string | null;
  centre: string | null;
  legalStatus: LegalStatus | null;
  score: number;
}

export interface Person {
  id: string;
  nationalId: string | null;
  givenNames: string;
  familyNames: string;
  aliases: string[];
  birthDate: string | null;
  sex: 'M' | 'F';
  nationality: string;
}

export interface NextOfKin {
  name: string;
  relationship: string;
  phone: string | null;
  address: string | null;
}

export interface PretrialClock {
  since: string;
  limitDate: string;
  limitMonths: 12 | 18;
  daysDetained: number;
  daysRemaining: number;
  overdue: boolean;
}

export interface Whereabouts {
  centre: string;
  location: string | null;
  state: PersonState;
  outReason: OutReason | null;
  since: string;
}

export interface Movement {
  id: number;
  type: MovementType;
  at: string;
  fromCentre: string | null;
  fromLocation: string | null;
  toCentre: string | null;
  toLocation: string | null;
  reason: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface CourtCase {
  id: string;
  caseNumber: string;
  court: string | null;
  charges: string;
  offence: Offence;
  maxPenaltyYears: number | null;
  lawyer: string | null;
  nextHearing: string | null;
}

export interface LegalStatusChange {
  legalStatus: LegalStatus;
  since: string;
  sentenceMonths: number | null;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface Episode {
  id: string;
  centre: string;
  admittingCentre: string;
  admittedAt: string;
  arrestedAt: string | null;
  commitmentOrder: string | null;
  issuingAuthority: string | null;
  injuriesOnArrival: string | null;
  offence: Offence;
  maxPenaltyYears: number | null;
  legalStatus: LegalStatus;
  pretrialSince: string | null;
  sentenceMonths: number | null;
  risk: RiskLevel;
  releasedAt: string | null;
  releaseReason: ReleaseReason | 'unspecified' | null;
  releaseNote: string | null;
  cases: CourtCase[];
  legalHistory: LegalStatusChange[];
}

export interface PersonFile {
  person: Person;
  nextOfKin: NextOfKin[];
  pretrialClock: PretrialClock | null;
  current: Whereabouts | null;
  movements: Movement[];
  /** Newest first. */
  episodes: Episode[];
}

export interface Admission {
  person: Person | { id: string };
  to: string;
  admittedAt: string;
  arrestedAt: string | null;
  commitmentOrder: string;
  issuingAuthority: string;
  injuriesOnArrival: string | null;
  offence: Offence;
  maxPenaltyYears: number | null;
  legalStatus: LegalStatus;
  pretrialSince: string | null;
  sentenceMonths: number | null;
  risk: RiskLevel;
  nextOfKin: NextOfKin[];
}

export interface MovementRequest {
  type: Exclude<MovementType, 'admission'>;
  to?: string | null;
  at?: string;
  reason?: string | null;
  note?: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorUsername: string;
  action: string;
  subjectType: string;
  subjectId: string;
  centre: string | null;
  requestId: string | null;
  hash: string;
}

export type ChainVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt?: number; reason?: string };

export interface NewUser {
  username: string;
  displayName: string;
  roles: Role[];
  caseload: Caseload;
  language: Language;
  password?: string;
}

export interface CapacityChange {
  designCapacity: number;
  workingCapacity: number;
  maxCapacity: number;
  reason: string;
}

/** A failed call: the server's code and message (already in the user's language). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The network failed: no answer from the server at all. */
export const NETWORK_ERROR = 'NETWORK';

const state: {
  csrfToken: string;
  language: Language;
  onSessionLost: () => void;
} = { csrfToken: '', language: 'es', onSessionLost: () => {} };

export function setCsrfToken(token: string): void {
  state.csrfToken = token;
}

export function setApiLanguage(language: Language): void {
  state.language = language;
}

/** Called when a call made with a session is answered 401: the session expired or was closed. */
export function onSessionLost(handler: () => void): void {
  state.onSessionLost = handler;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; field?: unknown; requestId?: unknown };
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = null;
  }
  const e = body?.error;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return new ApiError(response.status, text(e?.code) ?? `HTTP_${response.status}`, text(e?.message) ?? '', text(e?.field), text(e?.requestId));
}

export async function call<T>(method: string, path: string, body?: unknown, options: { session?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Custodia-Language': state.language };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = state.csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && options.session !== false) state.onSessionLost();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  /** The current session; 401 when not logged in (not treated as a lost session). */
  me: () => call<Session>('GET', '/me', undefined, { session: false }),
  login: (username: string, password: string) =>
    call<Session>('POST', '/auth/login', { username, password }, { session: false }),
  logout: () => call<void>('POST', '/auth/logout', undefined, { session: false }),
  setLanguage: (language: Language) => call<void>('PUT', '/me/language', { language }),
  changePassword: (currentPassword: string, newPassword: string) =>
    call<void>('POST', '/me/password', { currentPassword, newPassword }),

  centres: () => call<{ centres: Centre[] }>('GET', '/centres'),
  centre: (code: string) => call<CentreDetail>('GET', `/centres/${enc(code)}`),
  changeAuthority: (code: string, change: { authority: Authority; since: string; decree: string }) =>
    call<Centre>('POST', `/centres/${enc(code)}/authority`, change),

  roll: (centre?: string) => call<RollReport>('GET', `/roll${centre ? `?centre=${enc(centre)}` : ''}`),
  centreTree: (code: string) => call<CentreTree>('GET', `/roll/centres/${enc(code)}`),
  unplaced: (code: string) => call<{ occupants: Occupant[] }>('GET', `/roll/centres/${enc(code)}/unplaced`),
  location: (code: string) => call<LocationView>('GET', `/roll/locations/${enc(code)}`),
  locationHistory: (code: string) => call<{ changes: LocationChange[] }>('GET', `/locations/${enc(code)}/history`),
  changeCapacity: (code: string, change: CapacityChange) => call<LocationSummary>('PUT', `/locations/${enc(code)}/capacity`, change),
  setLocationStatus: (code: string, status: LocationStatus, reason: string) =>
    call<{ locations: LocationSummary[] }>('PUT', `/locations/${enc(code)}/status`, { status, reason }),

  searchPersons: (q: string, limit = 25) =>
    call<{ people: PersonMatch[] }>('GET', `/persons?q=${enc(q)}&limit=${limit}`),
  person: (id: string) => call<PersonFile>('GET', `/persons/${enc(id)}`),
  admit: (admission: Admission) =>
    call<{ person: string; episode: string; centre: string; location: string | null }>('POST', '/admissions', admission),
  recordMovement: (id: string, movement: MovementRequest) => call<unknown>('POST', `/persons/${enc(id)}/movements`, movement),

  users: () => call<{ users: UserSummary[] }>('GET', '/users'),
  createUser: (user: NewUser) => call<{ user: UserSummary; generatedPassword?: string }>('POST', '/users', user),
  unlockUser: (username: string) => call<UserSummary>('POST', `/users/${enc(username)}/unlock`),
  setUserActive: (username: string, active: boolean) =>
    call<UserSummary>('PUT', `/users/${enc(username)}/active`, { active }),

  audit: (filter: { actor?: string; action?: string; before?: number; limit?: number }) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filter)) {
      if (value !== undefined && value !== '') query.set(key, String(value));
    }
    const qs = query.toString();
    return call<{ entries: AuditEntry[] }>('GET', `/audit${qs ? `?${qs}` : ''}`);
  },
  verifyAudit: () => call<ChainVerdict>('GET', '/audit/verify'),
};
