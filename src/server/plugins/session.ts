import { timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../kernel/clock.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../kernel/errors.ts';
import { isLanguage, languageFromHeader } from '../../kernel/language.ts';
import { resolveSession, type SessionSettings } from '../../modules/auth/index.ts';
import type { Database } from '../../db/engine.ts';
import { SESSION_COOKIE } from '../session-cookie.ts';

export interface SessionDeps {
  db: Database;
  sessionSettings: SessionSettings;
  clock: Clock;
}

export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: no CSRF token needed (login has no session yet; a forged logout harms no one). The Origin check still applies. */
    csrf?: boolean;
    /** true: answers without a session (health, login). Every other API route needs one. */
    public?: boolean;
    /** true: answers a user who must first change a one-time password (the current user, the change, logout). */
    beforePasswordChange?: boolean;
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A browser's cross-site request announces itself in Origin or Sec-Fetch-Site. */
function isCrossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/**
 * Resolves the session cookie to a principal on every request, picks the language, and guards
 * cookie-authenticated writes against cross-site request forgery: the request must come from
 * our own origin and carry the session's CSRF token in the `X-CSRF-Token` header.
 */
async function sessionPlugin(app: FastifyInstance, services: SessionDeps) {
  app.decorateRequest('principal', null);
  app.decorateRequest('session', null);
  app.decorateRequest('language', 'es');

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    // Only the API needs to know who is asking; static files and the app shell do not.
    if (token && request.url.startsWith('/api/')) {
      const resolved = await resolveSession(services.db, services.sessionSettings, token, services.clock);
      if (resolved) {
        request.principal = resolved.principal;
        request.session = { tokenHash: resolved.tokenHash, csrfToken: resolved.csrfToken, mustChangePassword: resolved.mustChangePassword };
      }
    }
    const asked = request.headers['x-custodia-language'];
    request.language = isLanguage(asked)
      ? asked
      : (request.principal?.language ?? languageFromHeader(request.headers['accept-language']));
  });

  // Who is asking comes before what they sent: an anonymous request to a route that needs a
  // session is told 401, never which of its fields are wrong.
  app.addHook('preValidation', async (request) => {
    const config = request.routeOptions.config;
    // After an administrator's reset, the one-time password opens nothing but its own change.
    if (request.session?.mustChangePassword && !request.is404 && config.public !== true && config.beforePasswordChange !== true) {
      throw new AppError('AUTH_PASSWORD_CHANGE_REQUIRED');
    }
    if (request.principal || request.is404 || config.public === true) return;
    if (request.url.startsWith('/api/v1/')) throw new AppError('AUTH_REQUIRED');
  });

  app.addHook('preHandler', async (request) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    if (isCrossSite(request)) throw new AppError('AUTH_CSRF');
    if (!request.session || request.routeOptions.config.csrf === false) return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, request.session.csrfToken)) {
      throw new AppError('AUTH_CSRF');
    }
  });
}

export const sessions = fp(sessionPlugin, { name: 'custodia-sessions' });
