import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../server/http-schemas.ts';
import type { Database } from '../../db/engine.ts';
import { auditContext, authorise } from '../../server/request-context.ts';
import { AUTHORITIES, CENTRE_SEXES, CENTRE_TYPES, createCentre, getCentre, listCentres } from './centres.ts';
import { ESTATE_PERMISSIONS } from './policy.ts';


const centre = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9-]{1,19}$/, 'upper-case letters, digits and dashes'),
  name: z.string().min(1).max(200),
  city: z.string().min(1).max(100),
  province: z.string().min(1).max(100),
  type: z.enum(CENTRE_TYPES),
  sex: z.enum(CENTRE_SEXES),
  authority: z.enum(AUTHORITIES),
  timezone: z.string().min(1).max(64).default('America/Guayaquil'),
});

const tags = ['estate'];
const errors = { 401: errorResponse, 403: errorResponse, 404: errorResponse };

export function estateRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/centres',
      { schema: { tags, summary: "The centres in the user's caseload", response: { 200: z.object({ centres: z.array(centre) }), ...errors } } },
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.read']);
        return { centres: await listCentres(deps.db, principal) };
      },
    );

    app.get(
      '/centres/:code',
      { schema: { tags, summary: 'One centre (404 outside the caseload)', params: z.object({ code: z.string().max(40) }), response: { 200: centre, ...errors } } },
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.read'], { centre: request.params.code });
        return getCentre(deps.db, principal, request.params.code);
      },
    );

    app.post(
      '/centres',
      { schema: { tags, summary: 'Add a centre (administrators)', body: centre, response: { 201: centre, 400: errorResponse, 409: errorResponse, ...errors } } },
      async (request, reply) => {
        authorise(request, ESTATE_PERMISSIONS['centre.manage']);
        return reply.status(201).send(await createCentre(deps.db, auditContext(request), request.body));
      },
    );
  };
}
