import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/engine.ts';
import { isInCaseload, type Role } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { LOCATION_KINDS, LOCATION_STATUSES } from '../../kernel/vocabulary.ts';
import { errorResponse } from '../../server/http-schemas.ts';
import { auditContext, authorise, requirePrincipal } from '../../server/request-context.ts';
import { getCount, getCountLine, linePeople, listCounts, rollSheet, type CountDetail, type CountLineView } from './count-queries.ts';
import { closeCount, countCentre, enterCount, markPeople, reconcileLine, startCount, type CountSession, type CountTotals } from './counts.ts';
import { ROLL_PERMISSIONS } from './policy.ts';

const code = z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/, 'upper-case letters, digits and dashes');
const personId = z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,29}$/, 'a register number');
/** A line's location in a URL: a location code, or '-' for the people not placed (location ''). */
const lineLocation = z.union([z.literal('-'), code]);
const lineParams = z.object({ id: z.uuid(), location: lineLocation });
const fromUrl = (location: string) => (location === '-' ? '' : location);

const iso = z.iso.datetime();
const session = z.object({
  id: z.string(),
  centre: z.string(),
  kind: z.enum(['scheduled', 'emergency']),
  status: z.enum(['open', 'closed']),
  startedAt: iso,
  startedBy: z.string(),
  closedAt: iso.nullable(),
  closedBy: z.string().nullable(),
  note: z.string().nullable(),
});
const totals = z.object({
  lines: z.number(),
  expected: z.number(),
  counted: z.number(),
  discrepancies: z.number(),
  unreconciled: z.number(),
  pending: z.number(),
});
const line = z.object({
  location: z.string().describe("a location code; '' for people on the roll not placed (written '-' in URLs)"),
  name: z.string().nullable(),
  kind: z.enum(LOCATION_KINDS).nullable(),
  pavilion: z.object({ code: z.string(), name: z.string() }).nullable(),
  expected: z.number(),
  counted: z.number().nullable(),
  difference: z.number().nullable(),
  status: z.enum(['pending', 'ok', 'discrepancy', 'reconciled']),
  countedBy: z.string().nullable(),
  countedAt: iso.nullable(),
  reconciliation: z.string().nullable(),
  reconciledBy: z.string().nullable(),
  reconciledAt: iso.nullable(),
});
const detail = z.object({ session, lines: z.array(line), totals });
const lineResult = z.object({ line, totals });

const isoOrNull = (d: Date | null) => (d === null ? null : d.toISOString());
const presentSession = (s: CountSession) => ({
  ...s,
  kind: s.kind as 'scheduled' | 'emergency',
  status: s.status as 'open' | 'closed',
  startedAt: s.startedAt.toISOString(),
  closedAt: isoOrNull(s.closedAt),
});
const presentLine = (l: CountLineView) => ({ ...l, countedAt: isoOrNull(l.countedAt), reconciledAt: isoOrNull(l.reconciledAt) });
const presentDetail = (d: CountDetail) => ({ session: presentSession(d.session), lines: d.lines.map(presentLine), totals: d.totals });
const presentLineResult = (r: { line: CountLineView; totals: CountTotals }) => ({ line: presentLine(r.line), totals: r.totals });

const tags = ['counts'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** Count sessions (start, enter by number or by name, reconcile, close) and the printable roll sheet. */
export function countRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  /**
   * The caller, if the count exists in their caseload and they hold one of `roles`. A count of
   * another centre is "not found", exactly like one that does not exist.
   */
  async function authoriseCount(request: FastifyRequest, roles: readonly Role[], id: string) {
    const centre = await countCentre(deps.db, id);
    if (centre === null || !isInCaseload(requirePrincipal(request), centre)) throw new AppError('COUNT_NOT_FOUND', { id });
    return authorise(request, roles, { centre });
  }

  return async (app) => {
    app.post(
      '/counts',
      {
        schema: {
          tags,
          summary: 'Start a count of a centre: the expected number per location is fixed now (one open count per centre)',
          body: z.object({ centre: code, kind: z.enum(['scheduled', 'emergency']), note: z.string().trim().max(500).nullable().default(null) }),
          response: { 201: detail, ...errors },
        },
      },
      async (request, reply) => {
        const principal = authorise(request, ROLL_PERMISSIONS['count.start'], { centre: request.body.centre });
        const started = await startCount(deps.db, auditContext(request), request.body);
        return reply.status(201).send(presentDetail(await getCount(deps.db, principal, started.id)));
      },
    );

    app.get(
      '/counts',
      {
        schema: {
          tags,
          summary: 'Counts of a centre, or of every centre in the caseload, newest first',
          querystring: z.object({ centre: code.optional() }),
          response: { 200: z.object({ counts: z.array(session.extend({ totals })) }), ...errors },
        },
      },
      async (request) => {
        const { centre } = request.query;
        const principal = authorise(request, ROLL_PERMISSIONS['count.read'], centre ? { centre } : undefined);
        const counts = await listCounts(deps.db, principal, { centre });
        return { counts: counts.map((c) => ({ ...presentSession(c), totals: c.totals })) };
      },
    );

    app.get(
      '/counts/:id',
      { schema: { tags, summary: 'A count: every line with its status, and the totals', params: z.object({ id: z.uuid() }), response: { 200: detail, ...errors } } },
      async (request) => {
        const principal = await authoriseCount(request, ROLL_PERMISSIONS['count.read'], request.params.id);
        return presentDetail(await getCount(deps.db, principal, request.params.id));
      },
    );

    app.put(
      '/counts/:id/lines/:location/count',
      {
        schema: {
          tags,
          summary: "Enter the number counted at a location ('-' for the people not placed)",
          params: lineParams,
          body: z.object({ counted: z.number().int().min(0).max(100_000) }),
          response: { 200: lineResult, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params;
        const location = fromUrl(request.params.location);
        const principal = await authoriseCount(request, ROLL_PERMISSIONS['count.enter'], id);
        await enterCount(deps.db, auditContext(request), { session: id, location, counted: request.body.counted });
        return presentLineResult(await getCountLine(deps.db, principal, id, location));
      },
    );

    app.put(
      '/counts/:id/lines/:location/marks',
      {
        schema: {
          tags,
          summary: 'Tick names at a location, present or not; the line counts those ticked present',
          params: lineParams,
          body: z.object({ marks: z.array(z.object({ person: personId, present: z.boolean() })).min(1).max(5000) }),
          response: { 200: lineResult, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params;
        const location = fromUrl(request.params.location);
        const principal = await authoriseCount(request, ROLL_PERMISSIONS['count.enter'], id);
        await markPeople(deps.db, auditContext(request), { session: id, location, marks: request.body.marks });
        return presentLineResult(await getCountLine(deps.db, principal, id, location));
      },
    );

    app.get(
      '/counts/:id/lines/:location/people',
      {
        schema: {
          tags,
          summary: 'The people expected at a location when the count started, with their marks',
          params: lineParams,
          response: {
            200: z.object({
              location: z.string(),
              expected: z.number(),
              people: z.array(
                z.object({
                  id: z.string(),
                  givenNames: z.string(),
                  familyNames: z.string(),
                  aliases: z.array(z.string()),
                  present: z.boolean().nullable(),
                  markedBy: z.string().nullable(),
                  markedAt: iso.nullable(),
                }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const { id } = request.params;
        const principal = await authoriseCount(request, ROLL_PERMISSIONS['count.read'], id);
        const result = await linePeople(deps.db, principal, id, fromUrl(request.params.location));
        return { ...result, people: result.people.map((p) => ({ ...p, markedAt: isoOrNull(p.markedAt) })) };
      },
    );

    app.post(
      '/counts/:id/lines/:location/reconcile',
      {
        schema: {
          tags,
          summary: "A supervisor explains a location's discrepancy",
          params: lineParams,
          body: z.object({ explanation: z.string().trim().min(5).max(2000) }),
          response: { 200: lineResult, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params;
        const location = fromUrl(request.params.location);
        const principal = await authoriseCount(request, ROLL_PERMISSIONS['count.reconcile'], id);
        await reconcileLine(deps.db, auditContext(request), { session: id, location, explanation: request.body.explanation });
        return presentLineResult(await getCountLine(deps.db, principal, id, location));
      },
    );

    app.post(
      '/counts/:id/close',
      {
        schema: {
          tags,
          summary: 'Close a count: refused while a location is not counted or a discrepancy is not reconciled',
          params: z.object({ id: z.uuid() }),
          response: { 200: detail, ...errors },
        },
      },
      async (request) => {
        const principal = await authoriseCount(request, ROLL_PERMISSIONS['count.close'], request.params.id);
        await closeCount(deps.db, auditContext(request), { session: request.params.id });
        return presentDetail(await getCount(deps.db, principal, request.params.id));
      },
    );

    app.get(
      '/roll/centres/:code/sheet',
      {
        schema: {
          tags,
          summary: 'The printable roll sheet of a pavilion: each cell with the people placed in it (no photographs are held: photo is null)',
          params: z.object({ code }),
          querystring: z.object({ pavilion: code }),
          response: {
            200: z.object({
              centre: z.object({ code: z.string(), name: z.string() }),
              pavilion: z.object({ code: z.string(), name: z.string() }),
              generatedAt: iso,
              cells: z.array(
                z.object({
                  code: z.string(),
                  name: z.string(),
                  kind: z.enum(LOCATION_KINDS),
                  status: z.enum(LOCATION_STATUSES),
                  people: z.array(
                    z.object({
                      id: z.string(),
                      givenNames: z.string(),
                      familyNames: z.string(),
                      aliases: z.array(z.string()),
                      legalStatus: z.string().nullable(),
                      risk: z.string().nullable(),
                      state: z.string(),
                      outReason: z.string().nullable(),
                      photo: z.null(),
                    }),
                  ),
                }),
              ),
              totals: z.object({ placed: z.number(), in: z.number() }),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read'], { centre: request.params.code });
        const sheet = await rollSheet(deps.db, principal, { centre: request.params.code, pavilion: request.query.pavilion });
        return { ...sheet, generatedAt: sheet.generatedAt.toISOString() };
      },
    );
  };
}
