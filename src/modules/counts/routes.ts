import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import { isInCaseload, type Role } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise, requirePrincipal } from '../../server/request-context.ts';
import type { CountTotals } from './assess-count.ts';
import { closeCount } from './close-count.ts';
import { dueCount } from './due-count.ts';
import { enterCount, markPeople } from './enter-count.ts';
import { getCount, listCounts, type CountDetail, type CountLineView } from './get-count.ts';
import { linePeople } from './line-people.ts';
import { COUNT_PERMISSIONS } from './policy.ts';
import { reconcileLine } from './reconcile-line.ts';
import { countCentre, type CountSession } from './repository.ts';
import { rollSheet } from './roll-sheet.ts';
import {
  countDetailSchema,
  countDueQuerySchema,
  countDueSchema,
  countLineParamsSchema,
  countLineResultSchema,
  countListQuerySchema,
  countListSchema,
  countParamsSchema,
  enterCountInputSchema,
  linePeopleSchema,
  markPeopleInputSchema,
  reconcileLineInputSchema,
  rollSheetParamsSchema,
  rollSheetQuerySchema,
  rollSheetSchema,
  startCountInputSchema,
  type CountDetailView,
  type CountLineResult,
  type CountSessionView,
} from './schemas.ts';
import { startCount } from './start-count.ts';

const fromUrl = (location: string) => (location === '-' ? '' : location);
const isoOrNull = (d: Date | null) => (d === null ? null : d.toISOString());
const presentSession = (s: CountSession): CountSessionView => ({
  ...s,
  kind: s.kind as CountSessionView['kind'],
  status: s.status as CountSessionView['status'],
  startedAt: s.startedAt.toISOString(),
  closedAt: isoOrNull(s.closedAt),
});
const presentLine = (l: CountLineView) => ({ ...l, countedAt: isoOrNull(l.countedAt), reconciledAt: isoOrNull(l.reconciledAt) });
const presentDetail = (d: CountDetail): CountDetailView => ({ session: presentSession(d.session), lines: d.lines.map(presentLine), totals: d.totals });
const presentLineResult = (r: { line: CountLineView; totals: CountTotals }): CountLineResult => ({ line: presentLine(r.line), totals: r.totals });

const docs = routeDocs(['counts'], errorResponses(400, 401, 403, 404, 409));

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
      docs('Start a count of a centre: the expected number per location is fixed now (one open count per centre)', { body: startCountInputSchema, response: { 201: countDetailSchema } }),
      async (request, reply) => {
        authorise(request, COUNT_PERMISSIONS['count.start'], { centre: request.body.centre });
        return reply.status(201).send(presentDetail(await startCount(deps.db, auditContext(request), request.body)));
      },
    );

    app.get(
      '/counts',
      docs('Counts of a centre, or of every centre in the caseload, newest first', { querystring: countListQuerySchema, response: { 200: countListSchema } }),
      async (request) => {
        const { centre } = request.query;
        const principal = authorise(request, COUNT_PERMISSIONS['count.read'], centre ? { centre } : undefined);
        const counts = await listCounts(deps.db, principal, { centre });
        return { counts: counts.map((c) => ({ ...presentSession(c), totals: c.totals })) };
      },
    );

    app.get(
      '/counts/due',
      docs("The standard count of a centre due now (06:00, 12:00, 18:00, 21:00 in the centre's time zone), whether one was started since, and the next", {
        querystring: countDueQuerySchema,
        response: { 200: countDueSchema },
      }),
      async (request) => {
        const principal = authorise(request, COUNT_PERMISSIONS['count.read'], { centre: request.query.centre });
        const due = await dueCount(deps.db, request.clock, principal, request.query.centre);
        return { ...due, times: [...due.times], due: { ...due.due, at: due.due.at.toISOString() }, next: { ...due.next, at: due.next.at.toISOString() } };
      },
    );

    app.get(
      '/counts/:id',
      docs('A count: every line with its status, and the totals', { params: countParamsSchema, response: { 200: countDetailSchema } }),
      async (request) => {
        const principal = await authoriseCount(request, COUNT_PERMISSIONS['count.read'], request.params.id);
        return presentDetail(await getCount(deps.db, principal, request.params.id));
      },
    );

    app.put(
      '/counts/:id/lines/:location/count',
      docs("Enter the number counted at a location ('-' for the people not placed)", { params: countLineParamsSchema, body: enterCountInputSchema, response: { 200: countLineResultSchema } }),
      async (request) => {
        const { id, location } = request.params;
        await authoriseCount(request, COUNT_PERMISSIONS['count.enter'], id);
        return presentLineResult(await enterCount(deps.db, auditContext(request), { session: id, location: fromUrl(location), counted: request.body.counted }));
      },
    );

    app.put(
      '/counts/:id/lines/:location/marks',
      docs('Tick names at a location, present or not; the line counts those ticked present', { params: countLineParamsSchema, body: markPeopleInputSchema, response: { 200: countLineResultSchema } }),
      async (request) => {
        const { id, location } = request.params;
        await authoriseCount(request, COUNT_PERMISSIONS['count.enter'], id);
        return presentLineResult(await markPeople(deps.db, auditContext(request), { session: id, location: fromUrl(location), marks: request.body.marks }));
      },
    );

    app.get(
      '/counts/:id/lines/:location/people',
      docs('The people expected at a location when the count started, with their marks', { params: countLineParamsSchema, response: { 200: linePeopleSchema } }),
      async (request) => {
        const { id } = request.params;
        const principal = await authoriseCount(request, COUNT_PERMISSIONS['count.read'], id);
        const result = await linePeople(deps.db, principal, id, fromUrl(request.params.location));
        return { ...result, people: result.people.map((p) => ({ ...p, markedAt: isoOrNull(p.markedAt) })) };
      },
    );

    app.post(
      '/counts/:id/lines/:location/reconcile',
      docs("A supervisor explains a location's discrepancy", { params: countLineParamsSchema, body: reconcileLineInputSchema, response: { 200: countLineResultSchema } }),
      async (request) => {
        const { id, location } = request.params;
        await authoriseCount(request, COUNT_PERMISSIONS['count.reconcile'], id);
        return presentLineResult(await reconcileLine(deps.db, auditContext(request), { session: id, location: fromUrl(location), explanation: request.body.explanation }));
      },
    );

    app.post(
      '/counts/:id/close',
      docs('Close a count: refused while a location is not counted or a discrepancy is not reconciled', { params: countParamsSchema, response: { 200: countDetailSchema } }),
      async (request) => {
        await authoriseCount(request, COUNT_PERMISSIONS['count.close'], request.params.id);
        return presentDetail(await closeCount(deps.db, auditContext(request), { session: request.params.id }));
      },
    );

    app.get(
      '/roll/centres/:code/sheet',
      docs("The printable roll sheet of a pavilion: each cell with the people placed in it (photo: where the person's photograph is, null when none is held)", {
        params: rollSheetParamsSchema,
        querystring: rollSheetQuerySchema,
        response: { 200: rollSheetSchema },
      }),
      async (request) => {
        const principal = authorise(request, COUNT_PERMISSIONS['roll.read'], { centre: request.params.code });
        const sheet = await rollSheet(deps.db, request.clock, principal, { centre: request.params.code, pavilion: request.query.pavilion });
        return { ...sheet, generatedAt: sheet.generatedAt.toISOString() };
      },
    );
  };
}
