import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise } from '../../server/request-context.ts';
import { addLocation } from './add-location.ts';
import { changeAuthority } from './change-authority.ts';
import { changeCapacity } from './change-capacity.ts';
import { createCentre } from './create-centre.ts';
import { ESTATE_PERMISSIONS } from './policy.ts';
import { getCentreDetail, listCentres } from './read-centres.ts';
import { getLocationHistory } from './read-locations.ts';
import {
  authorityChangeInputSchema,
  authorityParamsSchema,
  capacityInputSchema,
  centreDetailSchema,
  centreInputSchema,
  centreListSchema,
  centreParamsSchema,
  centreSchema,
  locationHistorySchema,
  locationInputSchema,
  locationListSchema,
  locationParamsSchema,
  locationSchema,
  locationStatusInputSchema,
  type CentreDetail,
  type LocationHistory,
} from './schemas.ts';
import { setLocationStatus } from './set-location-status.ts';
import type { AuthorityRecord, Centre, LocationChange, OccupancyOf } from './types.ts';

const docs = routeDocs(['estate'], errorResponses(400, 401, 403, 404, 409));

export interface EstateRouteDeps {
  db: Database;
  /** People at each location, from the roll: capacity and closing checks need it. */
  occupancyOf: OccupancyOf;
}

function presentCentreDetail(centre: Centre & { authorityHistory: AuthorityRecord[] }): CentreDetail {
  return { ...centre, authorityHistory: centre.authorityHistory.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() })) };
}

function presentHistory(changes: LocationChange[]): LocationHistory {
  return {
    changes: changes.map((c) => ({ kind: c.kind, oldValue: c.oldValue, newValue: c.newValue, reason: c.reason, at: c.at.toISOString(), recordedBy: c.recordedBy })),
  };
}

/** Centres, their control authority, and the location tree's administration. */
export function estateRoutes(deps: EstateRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/centres',
      docs("The centres in the user's caseload", { response: { 200: centreListSchema } }),
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.read']);
        return { centres: await listCentres(deps.db, principal) };
      },
    );

    app.get(
      '/centres/:code',
      docs('One centre with its control-authority history (404 outside the caseload)', { params: centreParamsSchema, response: { 200: centreDetailSchema } }),
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.read'], { centre: request.params.code });
        return presentCentreDetail(await getCentreDetail(deps.db, principal, request.params.code));
      },
    );

    app.post(
      '/centres',
      docs('Add a centre (administrators)', { body: centreInputSchema, response: { 201: centreSchema } }),
      async (request, reply) => {
        authorise(request, ESTATE_PERMISSIONS['centre.manage']);
        return reply.status(201).send(await createCentre(deps.db, auditContext(request), request.body));
      },
    );

    app.post(
      '/centres/:code/authority',
      docs('Hand the centre to another control authority, from a date, under a decree', { params: authorityParamsSchema, body: authorityChangeInputSchema, response: { 200: centreSchema } }),
      async (request) => {
        authorise(request, ESTATE_PERMISSIONS['centre.manage'], { centre: request.params.code });
        return changeAuthority(deps.db, auditContext(request), { centre: request.params.code, ...request.body });
      },
    );

    app.post(
      '/locations',
      docs('Add a location to a centre (administrators)', { body: locationInputSchema, response: { 201: locationSchema } }),
      async (request, reply) => {
        authorise(request, ESTATE_PERMISSIONS['centre.manage'], { centre: request.body.centre });
        return reply.status(201).send(await addLocation(deps.db, auditContext(request), request.body));
      },
    );

    app.put(
      '/locations/:code/capacity',
      docs("Change a location's design, working and maximum capacity, with a reason", { params: locationParamsSchema, body: capacityInputSchema, response: { 200: locationSchema } }),
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.manage']);
        const input = { code: request.params.code, ...request.body };
        return changeCapacity(deps.db, auditContext(request), input, { principal, occupancyOf: deps.occupancyOf });
      },
    );

    app.put(
      '/locations/:code/status',
      docs('Close, reopen or mark damaged a location and everything under it', { params: locationParamsSchema, body: locationStatusInputSchema, response: { 200: locationListSchema } }),
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.manage']);
        const input = { code: request.params.code, ...request.body };
        return { locations: await setLocationStatus(deps.db, auditContext(request), input, { principal, occupancyOf: deps.occupancyOf }) };
      },
    );

    app.get(
      '/locations/:code/history',
      docs('Capacity and status changes of a location, newest first', { params: locationParamsSchema, response: { 200: locationHistorySchema } }),
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.read']);
        return presentHistory(await getLocationHistory(deps.db, principal, request.params.code));
      },
    );
  };
}
