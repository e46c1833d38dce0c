/**
 * The client of Custodia's HTTP API (/api/v1). Same-origin JSON with the session cookie; every
 * write carries the session's CSRF token; every request says which language error messages
 * should come back in.
 */

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
  authority: 'snai' | 'police' | 'military';
  timezone: string;
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

async function call<T>(method: string, path: string, body?: unknown, options: { session?: boolean } = {}): Promise<T> {
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
