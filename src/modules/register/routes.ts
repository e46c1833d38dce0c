import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/engine.ts';
import type { MovementType } from '../../kernel/vocabulary.ts';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise } from '../../server/request-context.ts';
import { addCase } from './add-case.ts';
import { addNextOfKin } from './add-next-of-kin.ts';
import { changeLegalStatus } from './change-legal-status.ts';
import { classifyPerson, getClassification, type Classification } from './classification.ts';
import { readPersonFile, type Whereabouts } from './get-person-file.ts';
import { REGISTER_PERMISSIONS } from './policy.ts';
import {
  caseCreatedSchema,
  caseInputSchema,
  classificationFileSchema,
  classificationInputSchema,
  classificationSchema,
  legalStatusInputSchema,
  legalStatusResultSchema,
  nextOfKinInputSchema,
  personFileSchema,
  personParamsSchema,
  personSearchInputSchema,
  personSearchResultSchema,
  type Classification as ClassificationView,
  type PersonFile as PersonFileView,
} from './schemas.ts';
import { searchPersons } from './search-persons.ts';

const docs = routeDocs(['register'], errorResponses(400, 401, 403, 404, 409));

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface RegisterRouteDeps {
  db: Database;
  /** Where a person is and how they got there, from the roll. */
  whereabouts: Whereabouts;
}

function presentClassification(c: Classification): ClassificationView {
  return { risk: c.risk, vulnerabilities: c.vulnerabilities, reason: c.reason, recordedAt: c.recordedAt.toISOString(), recordedBy: c.recordedBy };
}

function presentPersonFile(file: Awaited<ReturnType<typeof readPersonFile>>): PersonFileView {
  const { current, movements } = file.whereabouts;
  return {
    person: file.person,
    nextOfKin: file.nextOfKin,
    pretrialClock: file.pretrialClock,
    current: current ? { centre: current.centre, location: current.location, state: current.state, outReason: current.outReason, since: current.since.toISOString() } : null,
    // The roll writes only movement types of the vocabulary.
    movements: movements.map((m) => ({ ...m, type: m.type as MovementType, at: m.at.toISOString(), recordedAt: m.recordedAt.toISOString() })),
    episodes: file.episodes.map((e) => ({
      ...e,
      admittedAt: e.admittedAt.toISOString(),
      arrestedAt: iso(e.arrestedAt),
      releasedAt: iso(e.releasedAt),
      legalHistory: e.legalHistory.map((h) => ({ ...h, recordedAt: h.recordedAt.toISOString() })),
    })),
  };
}

/** Person search, the person file, legal status, cases and next of kin. */
export function registerRoutes(deps: RegisterRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/persons',
      docs('Find people by name, alias, register number or ID (accents, order and typos forgiven)', { querystring: personSearchInputSchema, response: { 200: personSearchResultSchema } }),
      async (request) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['person.read']);
        return { people: await searchPersons(deps.db, principal, request.query.q, request.query.limit) };
      },
    );

    app.get(
      '/persons/:id',
      docs("A person's file: identity, where they are, custody history, legal status and pretrial clock", { params: personParamsSchema, response: { 200: personFileSchema } }),
      async (request) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['person.read']);
        const file = await readPersonFile(deps.db, principal, request.params.id, { whereabouts: deps.whereabouts, clock: request.clock });
        return presentPersonFile(file);
      },
    );

    app.post(
      '/persons/:id/legal-status',
      docs('Record a change of legal status (sentenced, or back to pretrial), with its date', {
        params: personParamsSchema,
        body: legalStatusInputSchema,
        response: { 200: legalStatusResultSchema },
      }),
      async (request) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['legal_status.change']);
        const updated = await changeLegalStatus(deps.db, auditContext(request), { person: request.params.id, ...request.body }, principal);
        return { legalStatus: updated.legalStatus, pretrialSince: updated.pretrialSince, sentenceMonths: updated.sentenceMonths };
      },
    );

    app.get(
      '/persons/:id/classification',
      docs('The current classification (risk level, vulnerabilities) of a person in custody, and its history', { params: personParamsSchema, response: { 200: classificationFileSchema } }),
      async (request) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['person.read']);
        const file = await getClassification(deps.db, principal, request.params.id);
        return { ...file, history: file.history.map(presentClassification) };
      },
    );

    app.put(
      '/persons/:id/classification',
      docs('Classify a person in custody: risk level and vulnerabilities, with the reason', { params: personParamsSchema, body: classificationInputSchema, response: { 200: classificationSchema } }),
      async (request) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['classification.record']);
        return presentClassification(await classifyPerson(deps.db, auditContext(request), { person: request.params.id, ...request.body }, principal));
      },
    );

    app.post(
      '/persons/:id/cases',
      docs('Add a court case: charges, offence, court, lawyer, next hearing', { params: personParamsSchema, body: caseInputSchema, response: { 201: caseCreatedSchema } }),
      async (request, reply) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['case.add']);
        const added = await addCase(deps.db, auditContext(request), { person: request.params.id, ...request.body }, principal);
        return reply.status(201).send({ id: added.id });
      },
    );

    app.post(
      '/persons/:id/next-of-kin',
      docs('Add a next of kin (notified of transfers, serious illness and death)', { params: personParamsSchema, body: nextOfKinInputSchema, response: { 204: z.null() } }),
      async (request, reply) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['person.register']);
        await addNextOfKin(deps.db, auditContext(request), request.params.id, request.body, principal);
        return reply.status(204).send(null);
      },
    );
  };
}
