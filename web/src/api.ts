/**
 * The client of Custodia's HTTP API (/api/v1): one function per endpoint. Requests and the
 * checking of answers are in request.ts.
 *
 * Auth and the session (src/modules/auth/schemas.ts), users, the audit log (audit/schemas.ts),
 * centres and locations (estate/schemas.ts): every answer is checked against its endpoint's
 * response schema, and the types are `z.infer` of the same schemas. A new endpoint: import its
 * response schema from `../../src/modules/<module>/schemas.ts`, call `get(schema, path)` or
 * `send(schema, method, path, body)`, and export the `z.infer` type under the name pages use.
 *
 * The other clients: the roll, its views of the estate (centre tree, location view), counts,
 * emergencies, admissions and movements in api-roll.ts; the register in api-people.ts;
 * housing in api-housing.ts.
 */

import type { z } from 'zod';
import { ROLES, type Role } from '../../src/kernel/access.ts';
import type { Language } from '../../src/kernel/language.ts';
import { auditEntryListSchema, chainVerdictSchema, type AuditEntryView, type auditQueryInputSchema, type ChainVerdictView } from '../../src/modules/audit/schemas.ts';
import {
  createdUserSchema,
  passwordResetSchema,
  sessionSchema,
  userListSchema,
  userSummarySchema,
  type Caseload as CaseloadView,
  type PrincipalView,
  type Session as SessionView,
  type UserInput,
  type UserSummaryView,
} from '../../src/modules/auth/schemas.ts';
import {
  centreDetailSchema,
  centreListSchema,
  centreSchema,
  locationHistorySchema,
  locationListSchema,
  locationSchema,
  type AuthorityChangeInput,
  type CapacityInput,
  type Centre as CentreView,
  type CentreDetail as CentreDetailView,
  type LocationChange as LocationChangeView,
  type LocationStatusInput,
} from '../../src/modules/estate/schemas.ts';
import { get, send, sendEmpty } from './request.ts';
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

export { ROLES };
export type { Language, Role };
/** Roles whose work is national: they usually have every centre. */
export const NATIONAL_ROLES: readonly Role[] = ['hq', 'oversight', 'admin'];

export type Caseload = CaseloadView;
export type User = PrincipalView;
export type Session = SessionView;
export type UserSummary = UserSummaryView;
export type NewUser = UserInput;
export type Centre = CentreView;
/** A centre with its control-authority history (GET /centres/:code). */
export type CentreDetail = CentreDetailView;
export type LocationChange = LocationChangeView;
export type AuditEntry = AuditEntryView;
export type ChainVerdict = ChainVerdictView;
export type CapacityChange = CapacityInput;
export type LocationStatusChange = LocationStatusInput;
export type { AuthorityChangeInput };
/** Filters of the audit log (GET /audit). */
export type AuditFilter = Partial<Omit<z.output<typeof auditQueryInputSchema>, 'from' | 'to'>> & { from?: string; to?: string };

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

export { ApiError, NETWORK_ERROR, RESPONSE_SHAPE, onSessionLost, setApiLanguage, setCsrfToken } from './request.ts';

const enc = encodeURIComponent;

/** `?key=value&…` of the values given (empty ones left out), or ''. */
function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  /** The current session; 401 when not logged in (not treated as a lost session). */
  me: () => get(sessionSchema, '/me', { session: false }),
  login: (username: string, password: string) => send(sessionSchema, 'POST', '/auth/login', { username, password }, { session: false }),
  logout: () => sendEmpty('POST', '/auth/logout', undefined, { session: false }),
  setLanguage: (language: Language) => sendEmpty('PUT', '/me/language', { language }),
  changePassword: (currentPassword: string, newPassword: string) => sendEmpty('POST', '/me/password', { currentPassword, newPassword }),

  centres: () => get(centreListSchema, '/centres'),
  centre: (code: string) => get(centreDetailSchema, `/centres/${enc(code)}`),
  changeAuthority: (code: string, change: AuthorityChangeInput) => send(centreSchema, 'POST', `/centres/${enc(code)}/authority`, change),

  locationHistory: (code: string) => get(locationHistorySchema, `/locations/${enc(code)}/history`),
  changeCapacity: (code: string, change: CapacityInput) => send(locationSchema, 'PUT', `/locations/${enc(code)}/capacity`, change),
  setLocationStatus: (code: string, change: LocationStatusInput) => send(locationListSchema, 'PUT', `/locations/${enc(code)}/status`, change),

  users: () => get(userListSchema, '/users'),
  createUser: (user: UserInput) => send(createdUserSchema, 'POST', '/users', user),
  unlockUser: (username: string) => send(userSummarySchema, 'POST', `/users/${enc(username)}/unlock`),
  setUserActive: (username: string, active: boolean) => send(userSummarySchema, 'PUT', `/users/${enc(username)}/active`, { active }),
  setUserRoles: (username: string, roles: Role[]) => send(userSummarySchema, 'PUT', `/users/${enc(username)}/roles`, { roles }),
  setUserCaseload: (username: string, caseload: User['caseload']) => send(userSummarySchema, 'PUT', `/users/${enc(username)}/caseload`, caseload),
  resetPassword: (username: string) => send(passwordResetSchema, 'POST', `/users/${enc(username)}/password-reset`),

  audit: (filter: AuditFilter) => get(auditEntryListSchema, `/audit${query(filter)}`),
  verifyAudit: () => get(chainVerdictSchema, '/audit/verify'),
};
