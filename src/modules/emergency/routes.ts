import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import type { Role } from '../../kernel/access.ts';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise, requirePrincipal } from '../../server/request-context.ts';
import { closeEmergency } from './close-emergency.ts';
import { declareEmergency } from './declare-emergency.ts';
import { declareEscapes } from './declare-escapes.ts';
import { findOnList } from './find-on-list.ts';
import { findEmergency, getEmergency, listEmergencies, type ListedPerson } from './get-emergency.ts';
import { markPerson } from './mark-person.ts';
import { missingPeople } from './missing-people.ts';
import { verifyLocation } from './verify-location.ts';
import { EMERGENCY_PERMISSIONS } from './policy.ts';
import type { Emergency } from './repository.ts';
import {
  declareEmergencyInputSchema,
  declareEscapesInputSchema,
  emergencyDetailQuerySchema,
  emergencyDetailSchema,
  emergencyListQuerySchema,
  emergencyListSchema,
  emergencyParamsSchema,
  emergencyPeopleQuerySchema,
  emergencyPeopleSchema,
  emergencyPersonParamsSchema,
  emergencySummarySchema,
  escapesDeclaredSchema,
  locationParamsSchema,
  locationVerifiedSchema,
  markPersonInputSchema,
  missingListSchema,
  missingParamsSchema,
  missingQuerySchema,
  personMarkSchema,
  verifyLocationInputSchema,
  type ListedPersonView,
} from './schemas.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const presentEmergency = <E extends Emergency>(e: E) => ({
  ...e,
  declaredAt: e.declaredAt.toISOString(),
  escapesDeclaredAt: iso(e.escapesDeclaredAt),
  closedAt: iso(e.closedAt),
});
const presentPerson = (p: ListedPerson): ListedPersonView => ({ ...p, markedAt: iso(p.markedAt) });

const docs = routeDocs(['emergency'], errorResponses(400, 401, 403, 404, 409));

/**
 * Emergency mode: declare (freezing the expected roll), verify person by person, declare the
 * rest escaped, close; and the missing list of a centre.
 */
export function emergencyRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  /** The emergency if the user may see it (404 otherwise) and holds one of `roles` (403). */
  const authoriseOn = async (request: FastifyRequest, id: string, roles: readonly Role[]) => {
    const emergency = await findEmergency(deps.db, requirePrincipal(request), id);
    return authorise(request, roles, { centre: emergency.centre });
  };

  return async (app) => {
    app.post(
      '/emergencies',
      docs('Declare an emergency at a centre (director): freezes the list of people expected inside', { body: declareEmergencyInputSchema, response: { 201: emergencySummarySchema } }),
      async (request, reply) => {
        authorise(request, EMERGENCY_PERMISSIONS['emergency.declare'], { centre: request.body.centre });
        return reply.status(201).send(presentEmergency(await declareEmergency(deps.db, auditContext(request), request.body)));
      },
    );

    app.get(
      '/emergencies',
      docs('Emergencies of the centres in the caseload (or of one centre), newest first', { querystring: emergencyListQuerySchema, response: { 200: emergencyListSchema } }),
      async (request) => {
        const { centre, status } = request.query;
        const principal = authorise(request, EMERGENCY_PERMISSIONS['emergency.read'], centre ? { centre } : undefined);
        return { emergencies: (await listEmergencies(deps.db, principal, { centre, status })).map(presentEmergency) };
      },
    );

    app.get(
      '/emergencies/:id',
      docs('An emergency: counts by status, the frozen list with what was found (everyone, only those marked other than verified, or nobody), and who was out', {
        params: emergencyParamsSchema,
        querystring: emergencyDetailQuerySchema,
        response: { 200: emergencyDetailSchema },
      }),
      async (request) => {
        const principal = await authoriseOn(request, request.params.id, EMERGENCY_PERMISSIONS['emergency.read']);
        const detail = await getEmergency(deps.db, principal, request.params.id, request.query.people);
        return { ...presentEmergency(detail), people: detail.people.map(presentPerson) };
      },
    );

    app.get(
      '/emergencies/:id/people',
      docs('Find people on the frozen list by name, alias or ID (accents, order and a typo forgiven), by status, or under a location; paged', {
        params: emergencyParamsSchema,
        querystring: emergencyPeopleQuerySchema,
        response: { 200: emergencyPeopleSchema },
      }),
      async (request) => {
        const principal = await authoriseOn(request, request.params.id, EMERGENCY_PERMISSIONS['emergency.read']);
        const { q, ...options } = request.query;
        const found = await findOnList(deps.db, principal, request.params.id, q, options);
        return { ...found, items: found.items.map(presentPerson) };
      },
    );

    app.put(
      '/emergencies/:id/people/:person',
      docs('Record what was found of a person: verified, injured, hostage or dead (a death is recorded as a movement)', {
        params: emergencyPersonParamsSchema,
        body: markPersonInputSchema,
        response: { 200: personMarkSchema },
      }),
      async (request) => {
        await authoriseOn(request, request.params.id, EMERGENCY_PERMISSIONS['emergency.verify']);
        const marked = await markPerson(deps.db, auditContext(request), { emergency: request.params.id, person: request.params.person, ...request.body });
        return { ...marked, markedAt: marked.markedAt.toISOString() };
      },
    );

    app.post(
      '/emergencies/:id/locations/:code/verify',
      docs('Mark verified, at once, everyone still unverified in a cell, wing or pavilion: exactly the people listed, else 409 and nothing is marked', {
        params: locationParamsSchema,
        body: verifyLocationInputSchema,
        response: { 200: locationVerifiedSchema },
      }),
      async (request) => {
        await authoriseOn(request, request.params.id, EMERGENCY_PERMISSIONS['emergency.verify']);
        const result = await verifyLocation(deps.db, auditContext(request), { emergency: request.params.id, location: request.params.code, ...request.body });
        return { ...result, markedAt: result.markedAt.toISOString() };
      },
    );

    app.post(
      '/emergencies/:id/escapes',
      docs('Declare everyone still unverified escaped (director): one escape movement each, under the emergency', {
        params: emergencyParamsSchema,
        body: declareEscapesInputSchema,
        response: { 200: escapesDeclaredSchema },
      }),
      async (request) => {
        await authoriseOn(request, request.params.id, EMERGENCY_PERMISSIONS['emergency.declare_escapes']);
        const result = await declareEscapes(deps.db, auditContext(request), { emergency: request.params.id, at: request.body?.at });
        return { ...result, at: result.at.toISOString() };
      },
    );

    app.post(
      '/emergencies/:id/close',
      docs('End emergency mode at the centre (director)', { params: emergencyParamsSchema, response: { 200: emergencySummarySchema } }),
      async (request) => {
        await authoriseOn(request, request.params.id, EMERGENCY_PERMISSIONS['emergency.close']);
        return presentEmergency(await closeEmergency(deps.db, auditContext(request), { emergency: request.params.id }));
      },
    );

    app.get(
      '/roll/centres/:code/missing',
      docs('The missing list: people escaped, and people not yet found in an active emergency (the shape of `custodia missing --json`)', {
        params: missingParamsSchema,
        querystring: missingQuerySchema,
        response: { 200: missingListSchema },
      }),
      async (request) => {
        const principal = authorise(request, EMERGENCY_PERMISSIONS['emergency.read'], { centre: request.params.code });
        return missingPeople(deps.db, request.clock, principal, request.params.code, undefined, request.query);
      },
    );
  };
}
