import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationStatus } from '../db/engine.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { trustedCheckpointKey } from '../modules/audit/index.ts';
import { AUTH_PERMISSIONS } from '../modules/auth/index.ts';
import { authRoutes } from '../modules/auth/routes.ts';
import { estateRoutes } from '../modules/estate/routes.ts';
import { groupRoutes } from '../modules/groups/routes.ts';
import { housingRoutes } from '../modules/housing/routes.ts';
import { registerRoutes } from '../modules/register/routes.ts';
import { countRoutes } from '../modules/counts/routes.ts';
import { emergencyRoutes } from '../modules/emergency/routes.ts';
import { intelligenceRoutes } from '../modules/intelligence/routes.ts';
import { deathRoutes } from '../modules/deaths/routes.ts';
import { incidentRoutes } from '../modules/incidents/routes.ts';
import { rollRoutes } from '../modules/roll/routes.ts';
import { warningRoutes } from '../modules/warning/routes.ts';
import { statsRoutes } from '../modules/stats/routes.ts';
import { AppError } from '../kernel/errors.ts';
import { isLanguage, languageFromHeader } from '../kernel/language.ts';
import { handleError } from './http-errors.ts';
import { serializeError } from './safe-error.ts';
import { sessions } from './plugins/session.ts';
import type { Services } from './services.ts';

export const VERSION = '0.1.0';
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Log lines carry no personal data: no cookies, no tokens, no passwords, no query strings. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
      ],
      censor: '[redacted]',
    },
    serializers: {
      // Errors without the values of failed queries (see safe-error.ts).
      err: serializeError,
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        // Searches put names in the query string: log the path only.
        path: req.url.split('?')[0],
      }),
    },
  };
}

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Where the built web app is; not served when absent (API-only tests). */
  webRoot?: string | null;
}

/** Builds the HTTP application: API under /api/v1, its OpenAPI at /api/docs, the web app at /. */
export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: services.config.trustProxy,
    bodyLimit: 1_048_576,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // An address the router cannot read (a broken %-escape) is answered before any route or hook:
    // with Custodia's error body, in words, naming the address, as any other refusal.
    frameworkErrors: (error, request, reply) => {
      // No hook has run: the language is the one the browser asks for.
      const asked = request.headers['x-custodia-language'];
      request.language = isLanguage(asked) ? asked : languageFromHeader(request.headers['accept-language']);
      const malformed = error.code === 'FST_ERR_BAD_URL';
      return handleError(malformed ? new AppError('VALIDATION_FAILED', { detail: BAD_ADDRESS }, 'url') : error, request, reply);
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // The early warning's re-evaluations run off the request path: stopped (and awaited) when the app closes.
  services.warning.onError((error) => app.log.error({ err: error }, 'warning re-evaluation failed'));
  app.addHook('onClose', async () => services.warning.stop());
  app.decorateRequest('clock', {
    getter: () => services.clock,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // A route that says how it may be kept (a photograph: private) keeps its own word.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: services.config.cookieSecure !== 'never',
  });
  await app.register(fastifyCookie);
  await app.register(sessions, services);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Custodia API', version: VERSION, description: 'Prison information system' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'custodia_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(
    async (api) => {
      api.withTypeProvider<ZodTypeProvider>().get(
        '/health',
        {
          config: { public: true },
          schema: {
            tags: ['system'],
            summary: 'Liveness, engine and migration version (no session needed)',
            response: {
              200: z.object({
                status: z.literal('ok'),
                version: z.string(),
                engine: z.enum(['pglite', 'postgresql']),
                migration: z.object({ version: z.string().nullable(), applied: z.number(), available: z.number() }),
              }),
            },
          },
        },
        async () => ({
          status: 'ok' as const,
          version: VERSION,
          engine: services.engine,
          migration: await migrationStatus(services.db),
        }),
      );
      await api.register(authRoutes(services));
      await api.register(estateRoutes(services));
      await api.register(registerRoutes(services));
      await api.register(rollRoutes(services));
      await api.register(emergencyRoutes(services));
      await api.register(countRoutes(services));
      await api.register(groupRoutes(services));
      await api.register(housingRoutes(services));
      await api.register(intelligenceRoutes(services));
      await api.register(deathRoutes(services));
      await api.register(incidentRoutes(services));
      await api.register(warningRoutes(services));
      await api.register(statsRoutes(services));
      await api.register(
        auditRoutes({
          db: services.db,
          readers: AUTH_PERMISSIONS['audit.read'],
          verifiers: AUTH_PERMISSIONS['audit.verify'],
          trustedKey: trustedCheckpointKey(services.config.auditCheckpoints),
        }),
      );
    },
    { prefix: '/api/v1' },
  );

  const webRoot = options.webRoot === undefined ? WEB_ROOT : options.webRoot;
  const hasWeb = webRoot !== null && existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: ['index.html'],
      cacheControl: false,
      // Built files are named after their content: a browser keeps them and never asks again. The
      // page shell and the other files are checked on every load, so a new build reaches it at once.
      setHeaders: (response, file) => {
        response.setHeader('cache-control', isBuiltAsset(webRoot, file) ? IMMUTABLE : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && request.url.startsWith('/assets/')) {
      // The static routes are the files present at start: after the web app is rebuilt, its new
      // files are served from disk; a file that does not exist is a 404, never the page shell
      // (a browser would run the shell's HTML as a script and show a blank page).
      const file = assetPath(webRoot, request.url);
      if (file && existsSync(path.join(webRoot, file))) return reply.sendFile(file);
    } else if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      // The web app routes on the client: any other page address gets its shell.
      return reply.type('text/html').sendFile('index.html');
    }
    return handleError(Object.assign(new Error('not found'), { statusCode: 404 }), request, reply);
  });

  return app;
}

/** The file under `assets/` of the web root that a URL names, or null for one outside it or malformed. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const BAD_ADDRESS = {
  es: 'la dirección tiene caracteres mal codificados (una secuencia «%» que no forma un carácter válido)',
  en: 'the address has badly encoded characters (a "%" sequence that is not a valid character)',
};

/** Whether a file served is one of the build's content-named files (`assets/index-D8RFaQBP.js`). */
function isBuiltAsset(webRoot: string, file: string): boolean {
  return path.relative(webRoot, file).split(path.sep)[0] === 'assets';
}

function assetPath(webRoot: string, url: string): string | null {
  let file: string;
  try {
    file = decodeURIComponent(new URL(url, 'http://host').pathname).slice(1);
  } catch {
    return null;
  }
  return path.resolve(webRoot, file).startsWith(path.resolve(webRoot, 'assets') + path.sep) ? file : null;
}
