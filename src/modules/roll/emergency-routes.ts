import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/engine.ts';
import type { Role } from '../../kernel/access.ts';
import { EMERGENCY_KINDS, VERIFICATION_STATUSES } from '../../kernel/vocabulary.ts';
import { errorResponse } from '../../server/http-schemas.ts';
import { auditContext, authorise, requirePrincipal } from '../../server/request-context.ts';
import { closeEmergency, declareEmergency, declareEscapes, markPerson } from './emergency.ts';
import { countsOf, findEmergency, findOnList, getEmergency, listEmergencies, type Emergency, type ListedPerson } from './emergency-queries.ts';
import { missingPeople } from './missing.ts';
import { ROLL_PERMISSIONS } from './policy.ts';

const code = z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/, 'upper-case letters, digits and dashes');
const personId = z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,29}$/, 'a register number');
const instant = z.iso.datetime();
const nullableInstant = instant.nullable();

const counts = z.object({
  expected: z.number(),
  unverified: z.number(),
  verified: z.number(),
  injured: z.number(),
  hostage: z.number(),
  dead: z.number(),
  escaped: z.number(),
  recaptured: z.number(),
});

const emergencySummary = z.object({
  id: z.uuid(),
  centre: z.string(),
  kind: z.enum(EMERGENCY_KINDS),
  status: z.enum(['active', 'closed']),
  reason: z.string(),
  declaredAt: instant,
  declaredBy: z.string(),
  escapesDeclaredAt: nullableInstant,
  closedAt: nullableInstant,
  closedBy: z.string().nullable(),
  counts,
});

const listedPerson = z.object({
  id: z.string(),
  givenNames: z.string(),
  familyNames: z.string(),
  aliases: z.array(z.string()),
  expectedLocation: z.string().nullable(),
  status: z.enum(VERIFICATION_STATUSES),
  note: z.string().nullable(),
  markedAt: nullableInstant,
  markedBy: z.string().nullable(),
  state: z.enum(['in', 'out', 'en_route', 'unaccounted']).nullable(),
  recaptured: z.boolean(),
});

const absentPerson = z.object({
  id: z.string(),
  givenNames: z.string(),
  familyNames: z.string(),
  state: z.enum(['out', 'en_route']),
  outReason: z.string().nullable(),
  destination: z.string().nullable(),
});

const missingList = z.object({
  centre: z.string(),
  at: instant,
  people: z.array(z.object({ id: z.string(), given_names: z.string(), family_names: z.string(), since: instant, last_location: z.string().nullable() })),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const presentEmergency = (e: Emergency) => ({
  ...e,
  declaredAt: e.declaredAt.toISOString(),
  escapesDeclaredAt: iso(e.escapesDeclaredAt),
  closedAt: iso(e.closedAt),
});
const presentPerson = (p: ListedPerson) => ({ ...p, markedAt: iso(p.markedAt) });

const tags = ['emergency'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const byId = z.object({ id: z.uuid() });

/**
 * Emergency mode: declare (freezing the expected roll), verify person by person, declare the
 * rest escaped, close; and the missing list of a centre.
 */
export function emergencyRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  /** The emergency if the user may see it (404 otherwise) and holds one of `roles` (403). */
  const authoriseOn = async (request: FastifyRequest, id: string, roles: readonly Role[]) => {
    const emergency = await findEmergency(deps.db, requirePrincipal(request), id);
    authorise(request, roles, { centre: emergency.centre });
    return emergency;
  };
  const summaryOf = async (e: Emergency) => ({ ...presentEmergency(e), counts: (await countsOf(deps.db, [e.id])).get(e.id) as z.infer<typeof counts> });

  return async (app) => {
    app.post(
      '/emergencies',
      {
        schema: {
          tags,
          summary: 'Declare an emergency at a centre (director): freezes the list of people expected inside',
          body: z.object({ centre: code, kind: z.enum(EMERGENCY_KINDS), reason: z.string().trim().min(1).max(2000) }),
          response: { 201: emergencySummary, ...errors },
        },
      },
      async (request, reply) => {
        authorise(request, ROLL_PERMISSIONS['emergency.declare'], { centre: request.body.centre });
        const declared = await declareEmergency(deps.db, auditContext(request), request.body);
        return reply.status(201).send(await summaryOf(declared));
      },
    );

    app.get(
      '/emergencies',
      {
        schema: {
          tags,
          summary: 'Emergencies of the centres in the caseload (or of one centre), newest first',
          querystring: z.object({ centre: code.optional(), status: z.enum(['active', 'closed']).optional() }),
          response: { 200: z.object({ emergencies: z.array(emergencySummary) }), ...errors },
        },
      },
      async (request) => {
        const { centre, status } = request.query;
        const principal = authorise(request, ROLL_PERMISSIONS['emergency.read'], centre ? { centre } : undefined);
        const list = await listEmergencies(deps.db, principal, { centre });
        return { emergencies: list.filter((e) => !status || e.status === status).map((e) => ({ ...presentEmergency(e), counts: e.counts })) };
      },
    );

    app.get(
      '/emergencies/:id',
      {
        schema: {
          tags,
          summary: 'An emergency: counts by status, the frozen list with what was found, and who was out',
          params: byId,
          response: { 200: emergencySummary.extend({ people: z.array(listedPerson), out: z.array(absentPerson) }), ...errors },
        },
      },
      async (request) => {
        await authoriseOn(request, request.params.id, ROLL_PERMISSIONS['emergency.read']);
        const detail = await getEmergency(deps.db, requirePrincipal(request), request.params.id);
        return { ...presentEmergency(detail), counts: detail.counts, people: detail.people.map(presentPerson), out: detail.out };
      },
    );

    app.get(
      '/emergencies/:id/people',
      {
        schema: {
          tags,
          summary: 'Find people on the frozen list by name, alias or ID (accents, order and a typo forgiven), or by status',
          params: byId,
          querystring: z.object({ q: z.string().max(200).default(''), status: z.enum(VERIFICATION_STATUSES).optional() }),
          response: { 200: z.object({ people: z.array(listedPerson) }), ...errors },
        },
      },
      async (request) => {
        await authoriseOn(request, request.params.id, ROLL_PERMISSIONS['emergency.read']);
        const people = await findOnList(deps.db, requirePrincipal(request), request.params.id, request.query.q, { status: request.query.status });
        return { people: people.map(presentPerson) };
      },
    );

    app.put(
      '/emergencies/:id/people/:person',
      {
        schema: {
          tags,
          summary: 'Record what was found of a person: verified, injured, hostage or dead (a death is recorded as a movement)',
          params: byId.extend({ person: personId }),
          body: z.object({ status: z.enum(['verified', 'injured', 'hostage', 'dead']), note: z.string().trim().max(2000).nullable().default(null) }),
          response: {
            200: z.object({ emergency: z.uuid(), person: z.string(), status: z.enum(VERIFICATION_STATUSES), note: z.string().nullable(), markedAt: instant, markedBy: z.string().nullable() }),
            ...errors,
          },
        },
      },
      async (request) => {
        await authoriseOn(request, request.params.id, ROLL_PERMISSIONS['emergency.verify']);
        const marked = await markPerson(deps.db, auditContext(request), { emergency: request.params.id, person: request.params.person, ...request.body });
        return { ...marked, markedAt: marked.markedAt.toISOString() };
      },
    );

    app.post(
      '/emergencies/:id/escapes',
      {
        schema: {
          tags,
          summary: 'Declare everyone still unverified escaped (director): one escape movement each, under the emergency',
          params: byId,
          body: z.object({ at: z.iso.datetime({ offset: true }).optional() }).nullish(),
          response: {
            200: z.object({ emergency: z.uuid(), at: instant, escaped: z.array(z.string()), alreadyUnaccounted: z.array(z.string()), skipped: z.array(z.string()) }),
            ...errors,
          },
        },
      },
      async (request) => {
        await authoriseOn(request, request.params.id, ROLL_PERMISSIONS['emergency.declare_escapes']);
        const at = request.body?.at ? new Date(request.body.at) : undefined;
        const result = await declareEscapes(deps.db, auditContext(request), { emergency: request.params.id, at });
        return { ...result, at: result.at.toISOString() };
      },
    );

    app.post(
      '/emergencies/:id/close',
      { schema: { tags, summary: 'End emergency mode at the centre (director)', params: byId, response: { 200: emergencySummary, ...errors } } },
      async (request) => {
        await authoriseOn(request, request.params.id, ROLL_PERMISSIONS['emergency.close']);
        return summaryOf(await closeEmergency(deps.db, auditContext(request), { emergency: request.params.id }));
      },
    );

    app.get(
      '/roll/centres/:code/missing',
      {
        schema: {
          tags,
          summary: 'The missing list: people escaped, and people not yet found in an active emergency (the shape of `custodia missing --json`)',
          params: z.object({ code }),
          response: { 200: missingList, ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['emergency.read'], { centre: request.params.code });
        return missingPeople(deps.db, principal, request.params.code);
      },
    );
  };
}
