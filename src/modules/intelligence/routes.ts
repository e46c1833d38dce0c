import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise, requirePrincipal } from '../../server/request-context.ts';
import { findSearchCentre, getSearch } from './get-search.ts';
import { listSearches } from './list-searches.ts';
import { listSeizures } from './list-seizures.ts';
import { INTELLIGENCE_PERMISSIONS } from './policy.ts';
import { recordSearch } from './record-search.ts';
import { recordSeizure } from './record-seizure.ts';
import {
  centreParamsSchema,
  recordSearchInputSchema,
  recordSeizureInputSchema,
  searchDetailSchema,
  searchListQuerySchema,
  searchPageSchema,
  searchParamsSchema,
  seizureListQuerySchema,
  seizurePageSchema,
  seizureSchema,
  seizureSummaryQuerySchema,
  seizureSummarySchema,
} from './schemas.ts';
import { summariseSeizures } from './summarise-seizures.ts';

const docs = routeDocs(['intelligence'], errorResponses(400, 401, 403, 404, 409));
const READ = INTELLIGENCE_PERMISSIONS['seizure.read'];
const RECORD = INTELLIGENCE_PERMISSIONS['seizure.record'];

/** Searches (requisas) with their finds, finds outside a search, and a centre's finds over time. */
export function intelligenceRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/searches',
      docs('Record a search of a location with its finds, all or nothing; a find may open an incident report', {
        body: recordSearchInputSchema,
        response: { 201: searchDetailSchema },
      }),
      async (request, reply) => {
        authorise(request, RECORD, { centre: request.body.centre });
        return reply.status(201).send(await recordSearch(deps.db, auditContext(request), request.body));
      },
    );

    app.get(
      '/searches',
      docs('Searches of the centres in the caseload, newest first, with what each found; paged', { querystring: searchListQuerySchema, response: { 200: searchPageSchema } }),
      async (request) => {
        const principal = authorise(request, READ, request.query.centre ? { centre: request.query.centre } : undefined);
        return listSearches(deps.db, principal, request.query);
      },
    );

    app.get(
      '/searches/:id',
      docs('A search with its finds', { params: searchParamsSchema, response: { 200: searchDetailSchema } }),
      async (request) => {
        const centre = await findSearchCentre(deps.db, requirePrincipal(request), request.params.id);
        const principal = authorise(request, READ, { centre });
        return getSearch(deps.db, principal, request.params.id);
      },
    );

    app.post(
      '/seizures',
      docs('Record a find outside a search; it may open an incident report', { body: recordSeizureInputSchema, response: { 201: seizureSchema } }),
      async (request, reply) => {
        authorise(request, RECORD, { centre: request.body.centre });
        return reply.status(201).send(await recordSeizure(deps.db, auditContext(request), request.body));
      },
    );

    app.get(
      '/seizures',
      docs('Finds of the centres in the caseload, newest first; paged', { querystring: seizureListQuerySchema, response: { 200: seizurePageSchema } }),
      async (request) => {
        const principal = authorise(request, READ, request.query.centre ? { centre: request.query.centre } : undefined);
        return listSeizures(deps.db, principal, request.query);
      },
    );

    app.get(
      '/centres/:code/seizures/summary',
      docs("A centre's finds per month, pavilion and item (default: the last twelve months)", {
        params: centreParamsSchema,
        querystring: seizureSummaryQuerySchema,
        response: { 200: seizureSummarySchema },
      }),
      async (request) => {
        const principal = authorise(request, READ, { centre: request.params.code });
        return summariseSeizures(deps.db, principal, request.params.code, request.query, request.clock);
      },
    );
  };
}
