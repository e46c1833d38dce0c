import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/engine.ts';
import type { MovementType } from '../../kernel/vocabulary.ts';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise, requirePrincipal } from '../../server/request-context.ts';
import { addCase } from './add-case.ts';
import { addNextOfKin } from './add-next-of-kin.ts';
import { changeLegalStatus } from './change-legal-status.ts';
import { classifyPerson, getClassification, type Classification } from './classification.ts';
import { describePerson } from './describe-person.ts';
import { readPhoto, recordPhoto } from './person-photo.ts';
import { readPersonFile, type Whereabouts } from './get-person-file.ts';
import { listPretrialDue } from './list-pretrial-due.ts';
import { REGISTER_PERMISSIONS } from './policy.ts';
import {
  caseCreatedSchema,
  caseInputSchema,
  classificationFileSchema,
  classificationInputSchema,
  classificationSchema,
  descriptionInputSchema,
  descriptionSchema,
  photoInputSchema,
  photoRecordedSchema,
  legalStatusInputSchema,
  legalStatusResultSchema,
  nextOfKinInputSchema,
  personFileSchema,
  personParamsSchema,
  personSearchInputSchema,
  personSearchResultSchema,
  pretrialDueParamsSchema,
  pretrialDueQuerySchema,
  pretrialDueSchema,
  type Classification as ClassificationView,
  type PersonFile as PersonFileView,
} from './schemas.ts';
import { searchPersonsPage } from './search-persons.ts';

const docs = routeDocs(['register'], errorResponses(400, 401, 403, 404, 409));

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The largest body of `PUT /persons/:id/photo`: 2 MiB of image in base64 and the JSON around it. */
const PHOTO_BODY_LIMIT = 3 * 1024 * 1024;

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
    person: { ...file.person, photoRecordedAt: iso(file.person.photoRecordedAt) },
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
        const { items, ...page } = await searchPersonsPage(deps.db, principal, request.query.q, request.query);
        return { people: items, ...page };
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

    app.get(
      '/centres/:code/pretrial-due',
      docs('People in preventive detention at a centre whose limit (COIP art. 541) has passed or falls within `within` days, most urgent first', {
        params: pretrialDueParamsSchema,
        querystring: pretrialDueQuerySchema,
        response: { 200: pretrialDueSchema },
      }),
      async (request) => {
        const principal = requirePrincipal(request);
        return listPretrialDue(deps.db, principal, { centre: request.params.code, ...request.query }, request.clock);
      },
    );

    app.put(
      '/persons/:id/description',
      docs('Record how to recognise a person: height, weight, hair, eyes, scars and marks, tattoos (replaces the description on file)', {
        params: personParamsSchema,
        body: descriptionInputSchema,
        response: { 200: descriptionSchema },
      }),
      async (request) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['person.register']);
        return describePerson(deps.db, auditContext(request), { person: request.params.id, ...request.body }, principal);
      },
    );

    app.put(
      '/persons/:id/photo',
      {
        // The photograph travels in base64 (a third larger): 2 MiB of image fits, a larger body is a 413.
        bodyLimit: PHOTO_BODY_LIMIT,
        ...docs('Record a person\'s photograph (JPEG, PNG or WebP up to 2 MiB, in base64), replacing the one on file', {
          params: personParamsSchema,
          body: photoInputSchema,
          response: { 200: photoRecordedSchema },
        }),
      },
      async (request) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['person.register']);
        const data = Buffer.from(request.body.photo, 'base64');
        const recorded = await recordPhoto(deps.db, auditContext(request), { person: request.params.id, data }, principal);
        return { ...recorded, recordedAt: recorded.recordedAt.toISOString() };
      },
    );

    app.get(
      '/persons/:id/photo',
      // No response schema: the answer is the image's bytes, sent as they are.
      { schema: { tags: ['register'], summary: "A person's photograph (the image itself; not found outside the caseload or when none is on file)", params: personParamsSchema } },
      async (request, reply) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['person.read']);
        const photo = await readPhoto(deps.db, principal, request.params.id);
        // Kept by the user's browser only (never a shared cache), checked again on each use.
        return reply.type(photo.contentType).header('cache-control', 'private, no-cache').header('last-modified', photo.recordedAt.toUTCString()).send(photo.data);
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
