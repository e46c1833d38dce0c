import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import { errorResponse } from '../../server/http-schemas.ts';
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

const tags = ['estate'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

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
      { schema: { tags, summary: "The centres in the user's caseload", response: { 200: centreListSchema, ...errors } } },
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.read']);
        return { centres: await listCentres(deps.db, principal) };
      },
    );

    app.get(
      '/centres/:code',
      {
        schema: {
          tags,
          summary: 'One centre with its control-authority history (404 outside the caseload)',
          params: centreParamsSchema,
          response: { 200: centreDetailSchema, ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.read'], { centre: request.params.code });
        return presentCentreDetail(await getCentreDetail(deps.db, principal, request.params.code));
      },
    );

    app.post(
      '/centres',
      { schema: { tags, summary: 'Add a centre (administrators)', body: centreInputSchema, response: { 201: centreSchema, ...errors } } },
      async (request, reply) => {
        authorise(request, ESTATE_PERMISSIONS['centre.manage']);
        return reply.status(201).send(await createCentre(deps.db, auditContext(request), request.body));
      },
    );

    app.post(
      '/centres/:code/authority',
      {
        schema: {
          tags,
          summary: 'Hand the centre to another control authority, from a date, under a decree',
          params: authorityParamsSchema,
          body: authorityChangeInputSchema,
          response: { 200: centreSchema, ...errors },
        },
      },
      async (request) => {
        authorise(request, ESTATE_PERMISSIONS['centre.manage'], { centre: request.params.code });
        return changeAuthority(deps.db, auditContext(request), { centre: request.params.code, ...request.body });
      },
    );

    app.post(
      '/locations',
      { schema: { tags, summary: 'Add a location to a centre (administrators)', body: locationInputSchema, response: { 201: locationSchema, ...errors } } },
      async (request, reply) => {
        authorise(request, ESTATE_PERMISSIONS['centre.manage'], { centre: request.body.centre });
        return reply.status(201).send(await addLocation(deps.db, auditContext(request), request.body));
      },
    );

    app.put(
      '/locations/:code/capacity',
      {
        schema: {
          tags,
          summary: "Change a location's design, working and maximum capacity, with a reason",
          params: locationParamsSchema,
          body: capacityInputSchema,
          response: { 200: locationSchema, ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.manage']);
        const input = { code: request.params.code, ...request.body };
        return changeCapacity(deps.db, auditContext(request), input, { principal, occupancyOf: deps.occupancyOf });
      },
    );

    app.put(
      '/locations/:code/status',
      {
        schema: {
          tags,
          summary: 'Close, reopen or mark damaged a location and everything under it',
          params: locationParamsSchema,
          body: locationStatusInputSchema,
          response: { 200: locationListSchema, ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.manage']);
        const input = { code: request.params.code, ...request.body };
        return { locations: await setLocationStatus(deps.db, auditContext(request), input, { principal, occupancyOf: deps.occupancyOf }) };
      },
    );

    app.get(
      '/locations/:code/history',
      {
        schema: {
          tags,
          summary: 'Capacity and status changes of a location, newest first',
          params: locationParamsSchema,
          response: { 200: locationHistorySchema, ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.read']);
        return presentHistory(await getLocationHistory(deps.db, principal, request.params.code));
      },
    );
  };
}
