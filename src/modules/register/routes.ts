import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database, Queryable } from '../../db/engine.ts';
import { LEGAL_STATUSES, OFFENCES, RISK_LEVELS, VULNERABILITIES } from '../../kernel/vocabulary.ts';
import { classificationHistory, classifyPerson, custodyProfiles } from './classification.ts';
import { errorResponse } from '../../server/http-schemas.ts';
import { auditContext, authorise } from '../../server/request-context.ts';
import { addCase, changeLegalStatus, openEpisodesOf } from './episodes.ts';
import { getPersonFile } from './get-person-file.ts';
import { addNextOfKin } from './persons.ts';
import { REGISTER_PERMISSIONS } from './policy.ts';
import { searchPersons } from './search-persons.ts';
import { AppError } from '../../kernel/errors.ts';

const personId = z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,29}$/, 'a register number');
const tags = ['register'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface RegisterRouteDeps {
  db: Database;
  /** Where a person is and how they got there, from the roll. */
  whereabouts: (db: Queryable, person: string) => Promise<{
    current: { centre: string; location: string | null; state: string; outReason: string | null; since: Date } | null;
    movements: { id: number; type: string; at: Date; fromCentre: string | null; fromLocation: string | null; toCentre: string | null; toLocation: string | null; reason: string | null; recordedBy: string; recordedAt: Date }[];
  }>;
}

/** Person search, the person file, legal status, cases and next of kin. */
export function registerRoutes(deps: RegisterRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/persons',
      {
        schema: {
          tags,
          summary: 'Find people by name, alias, register number or ID (accents, order and typos forgiven)',
          querystring: z.object({ q: z.string().trim().min(1).max(200), limit: z.coerce.number().int().min(1).max(100).default(20) }),
          response: {
            200: z.object({
              people: z.array(z.object({
                id: z.string(), nationalId: z.string().nullable(), givenNames: z.string(), familyNames: z.string(), aliases: z.array(z.string()),
                birthDate: z.string().nullable(), centre: z.string().nullable(), legalStatus: z.string().nullable(), score: z.number(),
              })),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['person.read']);
        return { people: await searchPersons(deps.db, principal, request.query.q, request.query.limit) };
      },
    );

    app.get(
      '/persons/:id',
      {
        schema: {
          tags,
          summary: "A person's file: identity, where they are, custody history, legal status and pretrial clock",
          params: z.object({ id: personId }),
          response: { 200: z.record(z.string(), z.unknown()), ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, REGISTER_PERMISSIONS['person.read']);
        const file = await getPersonFile(deps.db, principal, request.params.id);
        const where = await deps.whereabouts(deps.db, request.params.id);
        return {
          person: file.person,
          nextOfKin: file.nextOfKin,
          pretrialClock: file.pretrialClock,
          current: where.current ? { ...where.current, since: where.current.since.toISOString() } : null,
          movements: where.movements.map((m) => ({ ...m, at: m.at.toISOString(), recordedAt: m.recordedAt.toISOString() })),
          episodes: file.episodes.map((e) => ({
            ...e,
            admittedAt: e.admittedAt.toISOString(),
            arrestedAt: iso(e.arrestedAt),
            releasedAt: iso(e.releasedAt),
            legalHistory: e.legalHistory.map((h) => ({ ...h, recordedAt: h.recordedAt.toISOString() })),
          })),
        };
      },
    );

    const inCustodyOf = async (id: string) => {
      const episode = (await openEpisodesOf(deps.db, [id])).get(id);
      if (!episode) throw new AppError('PERSON_NOT_IN_CUSTODY', { id }, 'person');
      return episode;
    };

    app.post(
      '/persons/:id/legal-status',
      {
        schema: {
          tags,
          summary: 'Record a change of legal status (sentenced, or back to pretrial), with its date',
          params: z.object({ id: personId }),
          body: z.object({ legalStatus: z.enum(LEGAL_STATUSES), since: z.iso.date(), sentenceMonths: z.number().int().min(0).max(1200).nullable().default(null), note: z.string().trim().max(500).nullable().default(null) }),
          response: { 200: z.object({ legalStatus: z.string(), pretrialSince: z.string().nullable(), sentenceMonths: z.number().nullable() }), ...errors },
        },
      },
      async (request) => {
        const episode = await inCustodyOf(request.params.id);
        authorise(request, REGISTER_PERMISSIONS['legal_status.change'], { centre: episode.centre });
        const updated = await changeLegalStatus(deps.db, auditContext(request), { person: request.params.id, ...request.body });
        return { legalStatus: updated.legalStatus, pretrialSince: updated.pretrialSince, sentenceMonths: updated.sentenceMonths };
      },
    );

    const classification = z.object({
      risk: z.enum(RISK_LEVELS),
      vulnerabilities: z.array(z.enum(VULNERABILITIES)),
      reason: z.string(),
      recordedAt: z.iso.datetime(),
      recordedBy: z.string(),
    });

    app.get(
      '/persons/:id/classification',
      {
        schema: {
          tags,
          summary: 'The current classification (risk level, vulnerabilities) of a person in custody, and its history',
          params: z.object({ id: personId }),
          response: { 200: z.object({ risk: z.enum(RISK_LEVELS), vulnerabilities: z.array(z.enum(VULNERABILITIES)), history: z.array(classification) }), ...errors },
        },
      },
      async (request) => {
        const episode = await inCustodyOf(request.params.id);
        authorise(request, REGISTER_PERMISSIONS['person.read'], { centre: episode.centre });
        const [profile] = (await custodyProfiles(deps.db, [request.params.id])).values();
        const history = await classificationHistory(deps.db, request.params.id);
        return {
          risk: profile?.risk ?? episode.risk,
          vulnerabilities: profile?.vulnerabilities ?? [],
          history: history.map((h) => ({ ...h, recordedAt: h.recordedAt.toISOString() })),
        };
      },
    );

    app.put(
      '/persons/:id/classification',
      {
        schema: {
          tags,
          summary: 'Classify a person in custody: risk level and vulnerabilities, with the reason',
          params: z.object({ id: personId }),
          body: z.object({ risk: z.enum(RISK_LEVELS), vulnerabilities: z.array(z.enum(VULNERABILITIES)).max(VULNERABILITIES.length), reason: z.string().trim().min(5).max(1000) }),
          response: { 200: classification, ...errors },
        },
      },
      async (request) => {
        const episode = await inCustodyOf(request.params.id);
        authorise(request, REGISTER_PERMISSIONS['classification.record'], { centre: episode.centre });
        const recorded = await classifyPerson(deps.db, auditContext(request), { person: request.params.id, ...request.body });
        return { ...recorded, recordedAt: recorded.recordedAt.toISOString() };
      },
    );

    app.post(
      '/persons/:id/cases',
      {
        schema: {
          tags,
          summary: 'Add a court case: charges, offence, court, lawyer, next hearing',
          params: z.object({ id: personId }),
          body: z.object({
            caseNumber: z.string().trim().min(1).max(60),
            court: z.string().trim().max(200).nullable().default(null),
            charges: z.string().trim().min(1).max(1000),
            offence: z.enum(OFFENCES),
            maxPenaltyYears: z.number().min(0).max(100).nullable().default(null),
            lawyer: z.string().trim().max(200).nullable().default(null),
            nextHearing: z.iso.date().nullable().default(null),
          }),
          response: { 201: z.object({ id: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const episode = await inCustodyOf(request.params.id);
        authorise(request, REGISTER_PERMISSIONS['case.add'], { centre: episode.centre });
        const added = await addCase(deps.db, auditContext(request), { person: request.params.id, ...request.body });
        return reply.status(201).send({ id: added.id });
      },
    );

    app.post(
      '/persons/:id/next-of-kin',
      {
        schema: {
          tags,
          summary: 'Add a next of kin (notified of transfers, serious illness and death)',
          params: z.object({ id: personId }),
          body: z.object({ name: z.string().trim().min(1).max(200), relationship: z.string().trim().min(1).max(60), phone: z.string().trim().max(40).nullable().default(null), address: z.string().trim().max(300).nullable().default(null) }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const episode = await inCustodyOf(request.params.id);
        authorise(request, REGISTER_PERMISSIONS['person.register'], { centre: episode.centre });
        await addNextOfKin(deps.db, auditContext(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );
  };
}
