import type { z } from 'zod';
import { errorResponse } from '../../src/kernel/error-body.ts';
import type { Language } from './i18n/index.ts';

/**
 * Requests to Custodia's HTTP API (/api/v1): same-origin JSON with the session cookie; every
 * write carries the session's CSRF token; every request says which language error messages
 * should come back in.
 *
 * Every answer is checked against the response schema of its endpoint, imported from the
 * server's browser-safe `src/modules/<module>/schemas.ts`; the web's types are `z.infer` of the
 * same schemas. An answer that does not match is a defect (the server and the web drifted
 * apart): it is logged with zod's issues and thrown as `ApiError` with code `RESPONSE_SHAPE`,
 * which the browser tests see as a console error.
 *
 * @example
 * import { centreSchema } from '../../src/modules/estate/schemas.ts';
 * const centre = await get(centreSchema, `/centres/${enc(code)}`);           // typed z.infer<typeof centreSchema>
 * await send(centreSchema, 'POST', `/centres/${enc(code)}/authority`, change); // a write, checked the same way
 * await sendEmpty('PUT', '/me/language', { language });                       // 204 No Content
 */

/** A failed call: the server's code and message (already in the user's language). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The request field the server refused (`newPassword`, `caseload.centres`), when it says. */
    readonly field?: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The network failed: no answer from the server at all. */
export const NETWORK_ERROR = 'NETWORK';
/** The server answered with a body that does not match the endpoint's response schema. */
export const RESPONSE_SHAPE = 'RESPONSE_SHAPE';

const state: { csrfToken: string; language: Language; onSessionLost: () => void } = {
  csrfToken: '',
  language: 'es',
  onSessionLost: () => {},
};

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

export interface RequestOptions {
  /** False for calls made without a session (login, the first /me): a 401 is then no lost session. */
  session?: boolean;
}

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The server's error body (the kernel's schema); anything else (a proxy's page) is a bare status. */
async function toApiError(response: Response): Promise<ApiError> {
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    json = null;
  }
  const parsed = errorResponse.safeParse(json);
  if (!parsed.success) return new ApiError(response.status, `HTTP_${response.status}`, '');
  const { code, message, field, requestId } = parsed.data.error;
  return new ApiError(response.status, code, message, field, requestId);
}

/** Sends one request; the parsed JSON body of a 2xx answer, undefined for 204. */
async function fetchJson(method: string, path: string, body: unknown, options: RequestOptions): Promise<{ status: number; json: unknown }> {
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
    // The server restarted and is loading: its loading page takes over until it is ready.
    if (response.status === 503 && error.code === 'SERVER_STARTING') window.location.reload();
    throw error;
  }
  if (response.status === 204) return { status: 204, json: undefined };
  return { status: response.status, json: (await response.json()) as unknown };
}

function checked<S extends z.ZodType>(schema: S, method: string, path: string, answer: { status: number; json: unknown }): z.output<S> {
  const result = schema.safeParse(answer.json);
  if (result.success) return result.data;
  // The path only: a query string may hold names.
  console.error(`${method} ${path.split('?')[0]}: the answer does not match its schema`, result.error.issues);
  throw new ApiError(answer.status, RESPONSE_SHAPE, '');
}

/** GET `path` and check the answer against `schema`. */
export async function get<S extends z.ZodType>(schema: S, path: string, options: RequestOptions = {}): Promise<z.output<S>> {
  return checked(schema, 'GET', path, await fetchJson('GET', path, undefined, options));
}

/** A write whose answer has a body, checked against `schema`. */
export async function send<S extends z.ZodType>(
  schema: S,
  method: WriteMethod,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  return checked(schema, method, path, await fetchJson(method, path, body, options));
}

/** A write answered 204 No Content. */
export async function sendEmpty(method: WriteMethod, path: string, body?: unknown, options: RequestOptions = {}): Promise<void> {
  await fetchJson(method, path, body, options);
}

