import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { auditContext, authorise, requirePrincipal } from '../../server/request-context.ts';
import { clearSessionCookie, setSessionCookie } from '../../server/session-cookie.ts';
import { changePassword } from './change-password.ts';
import { resetPassword } from './reset-password.ts';
import { logIn, type LoginSettings } from './log-in.ts';
import { logOut } from './log-out.ts';
import type { LoginThrottle } from './login-throttle.ts';
import {
  createUser,
  getUser,
  listUsers,
  setUserActive,
  setUserCaseload,
  setUserLanguage,
  setUserRoles,
  unlockUser,
  type UserSummary,
} from './manage-users.ts';
import { AUTH_PERMISSIONS } from './policy.ts';
import { errorResponse, errorResponses, routeDocs } from '../../server/http-schemas.ts';
import * as s from './schemas.ts';

export interface AuthRouteDeps {
  db: Database;
  loginThrottle: LoginThrottle;
  loginSettings: LoginSettings;
  config: { cookieSecure: 'auto' | 'always' | 'never' };
}

function presentPrincipal<T extends Principal>(user: T) {
  return { ...user, roles: [...user.roles], caseload: { all: user.caseload.all, centres: [...user.caseload.centres] } };
}

function presentUser(user: UserSummary) {
  return {
    ...presentPrincipal(user),
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

const tags = ['auth'];
const docs = routeDocs(tags, errorResponses(400, 401, 403, 404));

/** Login, logout, the current user, and user administration. */
export function authRoutes(deps: AuthRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        config: { csrf: false, public: true },
        schema: {
          tags,
          summary: 'Log in with username and password; sets the session cookie',
          body: s.loginInputSchema,
          response: { 200: s.sessionSchema, 400: errorResponse, 401: errorResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        if (!deps.loginThrottle.tryAttempt(request.ip)) throw new AppError('AUTH_TOO_MANY_ATTEMPTS');
        const result = await logIn(deps.db, deps.loginSettings, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          requestId: request.id,
        }, request.clock);
        setSessionCookie(request, reply, deps.config.cookieSecure, result.token, result.expiresAt);
        return { user: presentPrincipal(result.principal), csrfToken: result.csrfToken, mustChangePassword: result.mustChangePassword };
      },
    );

    app.post(
      '/auth/logout',
      { config: { csrf: false, beforePasswordChange: true }, schema: { tags, summary: 'End the session', response: { 204: z.null(), 401: errorResponse } } },
      async (request, reply) => {
        const context = auditContext(request);
        if (request.session) await logOut(deps.db, context, request.session.tokenHash);
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/me',
      {
        config: { beforePasswordChange: true },
        schema: { tags, summary: 'The signed-in user, with roles and caseload', response: { 200: s.sessionSchema, 401: errorResponse } },
      },
      async (request) => {
        return {
          user: presentPrincipal(requirePrincipal(request)),
          csrfToken: request.session?.csrfToken ?? '',
          mustChangePassword: request.session?.mustChangePassword ?? false,
        };
      },
    );

    app.put(
      '/me/language',
      docs("Remember the user's language", { body: s.languageInputSchema, response: { 204: z.null() } }),
      async (request, reply) => {
        const user = requirePrincipal(request);
        await setUserLanguage(deps.db, auditContext(request), user.username, request.body.language);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/me/password',
      { config: { beforePasswordChange: true }, ...docs('Change your own password (also a one-time password after a reset)', { body: s.passwordChangeInputSchema, response: { 204: z.null() } }) },
      async (request, reply) => {
        const user = requirePrincipal(request);
        await changePassword(deps.db, auditContext(request), user, { ...request.body, keepSession: request.session?.tokenHash });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/users',
      docs('All users (administrators)', { response: { 200: s.userListSchema } }),
      async (request) => {
        authorise(request, AUTH_PERMISSIONS['user.read']);
        return { users: (await listUsers(deps.db, request.clock)).map(presentUser) };
      },
    );

    app.post(
      '/users',
      docs('Create a user (administrators)', { body: s.userInputSchema, response: { 201: s.createdUserSchema, 409: errorResponse } }),
      async (request, reply) => {
        authorise(request, AUTH_PERMISSIONS['user.manage']);
        const { user, generatedPassword } = await createUser(deps.db, auditContext(request), request.body);
        return reply.status(201).send({ user: presentUser(user), ...(generatedPassword ? { generatedPassword } : {}) });
      },
    );

    app.get(
      '/users/:username',
      docs('One user (administrators)', { params: s.usernameParamsSchema, response: { 200: s.userSummarySchema } }),
      async (request) => {
        authorise(request, AUTH_PERMISSIONS['user.read']);
        return presentUser(await getUser(deps.db, request.params.username, request.clock));
      },
    );

    app.put(
      '/users/:username/roles',
      docs("Set a user's roles", { params: s.usernameParamsSchema, body: s.rolesInputSchema, response: { 200: s.userSummarySchema, 409: errorResponse } }),
      async (request) => {
        authorise(request, AUTH_PERMISSIONS['user.manage']);
        return presentUser(await setUserRoles(deps.db, auditContext(request), request.params.username, request.body.roles));
      },
    );

    app.put(
      '/users/:username/caseload',
      docs("Set a user's caseload (centres)", { params: s.usernameParamsSchema, body: s.caseloadInputSchema, response: { 200: s.userSummarySchema } }),
      async (request) => {
        authorise(request, AUTH_PERMISSIONS['user.manage']);
        return presentUser(await setUserCaseload(deps.db, auditContext(request), request.params.username, request.body));
      },
    );

    app.post(
      '/users/:username/password-reset',
      docs("Reset a user's password: a one-time password, shown once; the user's sessions end and a new password is required at login", {
        params: s.usernameParamsSchema,
        response: { 200: s.passwordResetSchema, 409: errorResponse },
      }),
      async (request) => {
        authorise(request, AUTH_PERMISSIONS['user.manage']);
        const { user, oneTimePassword } = await resetPassword(deps.db, auditContext(request), request.params.username);
        return { user: presentUser(user), oneTimePassword };
      },
    );

    app.put(
      '/users/:username/active',
      docs('Activate or deactivate a user', { params: s.usernameParamsSchema, body: s.activeInputSchema, response: { 200: s.userSummarySchema, 409: errorResponse } }),
      async (request) => {
        authorise(request, AUTH_PERMISSIONS['user.manage']);
        return presentUser(await setUserActive(deps.db, auditContext(request), request.params.username, request.body.active));
      },
    );

    app.post(
      '/users/:username/unlock',
      docs('Unlock an account locked after failed logins', { params: s.usernameParamsSchema, response: { 200: s.userSummarySchema } }),
      async (request) => {
        authorise(request, AUTH_PERMISSIONS['user.manage']);
        return presentUser(await unlockUser(deps.db, auditContext(request), request.params.username));
      },
    );
  };
}
