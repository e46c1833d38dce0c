import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/engine.ts';
import {
  AUTHORITIES,
  CENTRE_SEXES,
  CENTRE_TYPES,
  LOCATION_KINDS,
  LOCATION_SEXES,
  LOCATION_STATUSES,
  REGIMES,
  SECURITY_LEVELS,
} from '../../kernel/vocabulary.ts';
import { errorResponse } from '../../server/http-schemas.ts';
import { auditContext, authorise } from '../../server/request-context.ts';
import { authorityHistory, changeAuthority, createCentre, getCentre, listCentres } from './centres.ts';
import { addLocation, changeCapacity, getLocation, locationHistory, setLocationStatus, type OccupancyOf } from './locations.ts';
import { ESTATE_PERMISSIONS } from './policy.ts';

const code = z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/, 'upper-case letters, digits and dashes');
const isoDate = z.iso.date();

export const centreSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9-]{1,19}$/, 'upper-case letters, digits and dashes'),
  name: z.string().min(1).max(200),
  city: z.string().min(1).max(100),
  province: z.string().min(1).max(100),
  type: z.enum(CENTRE_TYPES),
  sex: z.enum(CENTRE_SEXES),
  authority: z.enum(AUTHORITIES),
  timezone: z.string().min(1).max(64).default('America/Guayaquil'),
  capacityEstimated: z.boolean().default(false),
});

const authorityRecord = z.object({
  authority: z.enum(AUTHORITIES),
  since: z.string().nullable(),
  decree: z.string().nullable(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string(),
});

const capacities = {
  designCapacity: z.number().int().min(0).nullable(),
  workingCapacity: z.number().int().min(0).nullable(),
  maxCapacity: z.number().int().min(0).nullable(),
};

const newLocation = z.object({
  code,
  centre: code,
  parent: code.nullable().default(null),
  kind: z.enum(LOCATION_KINDS),
  name: z.string().min(1).max(100),
  sex: z.enum(LOCATION_SEXES).default('any'),
  regime: z.enum(REGIMES).default('mixed'),
  security: z.enum(SECURITY_LEVELS).default('medium'),
  ...capacities,
});

export const locationSchema = newLocation.extend({ status: z.enum(LOCATION_STATUSES), path: z.string(), depth: z.number().int() });

const history = z.object({
  changes: z.array(z.object({ kind: z.string(), oldValue: z.string(), newValue: z.string(), reason: z.string(), at: z.iso.datetime(), recordedBy: z.string() })),
});

const reason = z.string().trim().min(3, 'give a reason').max(500);
const tags = ['estate'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export interface EstateRouteDeps {
  db: Database;
  /** People at each location, from the roll: capacity and closing checks need it. */
  occupancyOf: OccupancyOf;
}

/** Centres, their control authority, and the location tree's administration. */
export function estateRoutes(deps: EstateRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/centres',
      { schema: { tags, summary: "The centres in the user's caseload", response: { 200: z.object({ centres: z.array(centreSchema) }), ...errors } } },
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
          params: z.object({ code: z.string().max(40) }),
          response: { 200: centreSchema.extend({ authorityHistory: z.array(authorityRecord) }), ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.read'], { centre: request.params.code });
        const centre = await getCentre(deps.db, principal, request.params.code);
        const records = await authorityHistory(deps.db, centre.code);
        return { ...centre, authorityHistory: records.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() })) };
      },
    );

    app.post(
      '/centres',
      { schema: { tags, summary: 'Add a centre (administrators)', body: centreSchema, response: { 201: centreSchema, ...errors } } },
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
          params: z.object({ code }),
          body: z.object({ authority: z.enum(AUTHORITIES), since: isoDate, decree: z.string().trim().min(3).max(200) }),
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
      { schema: { tags, summary: 'Add a location to a centre (administrators)', body: newLocation, response: { 201: locationSchema, ...errors } } },
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
          params: z.object({ code }),
          body: z.object({ designCapacity: z.number().int().min(0), workingCapacity: z.number().int().min(0), maxCapacity: z.number().int().min(0), reason }),
          response: { 200: locationSchema, ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.manage']);
        await getLocation(deps.db, principal, request.params.code);
        return changeCapacity(deps.db, auditContext(request), deps.occupancyOf, { code: request.params.code, ...request.body });
      },
    );

    app.put(
      '/locations/:code/status',
      {
        schema: {
          tags,
          summary: 'Close, reopen or mark damaged a location and everything under it',
          params: z.object({ code }),
          body: z.object({ status: z.enum(LOCATION_STATUSES), reason }),
          response: { 200: z.object({ locations: z.array(locationSchema) }), ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.manage']);
        await getLocation(deps.db, principal, request.params.code);
        return { locations: await setLocationStatus(deps.db, auditContext(request), deps.occupancyOf, { code: request.params.code, ...request.body }) };
      },
    );

    app.get(
      '/locations/:code/history',
      { schema: { tags, summary: 'Capacity and status changes of a location, newest first', params: z.object({ code }), response: { 200: history, ...errors } } },
      async (request) => {
        const principal = authorise(request, ESTATE_PERMISSIONS['centre.read']);
        await getLocation(deps.db, principal, request.params.code);
        const changes = await locationHistory(deps.db, request.params.code);
        return { changes: changes.map((c) => ({ ...c, at: c.at.toISOString() })) };
      },
    );
  };
}
