import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import { isInCaseload } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { openEventStream } from '../../server/event-stream.ts';
import { errorResponse, errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise } from '../../server/request-context.ts';
import { acknowledgeAlert } from './acknowledge-alert.ts';
import { onCriticalAlert } from './alert-notifications.ts';
import { readAlert } from './get-alert.ts';
import { listAlerts } from './list-alerts.ts';
import { WARNING_PERMISSIONS } from './policy.ts';
import { resolveAlert } from './resolve-alert.ts';
import { riskHistory } from './risk-history.ts';
import {
  acknowledgeAlertInputSchema,
  alertDetailSchema,
  alertListQuerySchema,
  alertPageSchema,
  alertParamsSchema,
  alertStreamQuerySchema,
  asOfQuerySchema,
  asOfSchema,
  centreWarningParamsSchema,
  centreWarningSchema,
  locationRiskParamsSchema,
  resolveAlertInputSchema,
  riskHistoryQuerySchema,
  riskHistorySchema,
  warningBoardSchema,
} from './schemas.ts';
import { warningAsOf } from './warning-as-of.ts';
import { centreWarning, warningBoard } from './warning-board.ts';

const docs = routeDocs(['warning'], errorResponses(400, 401, 403, 404, 409));
const READ = WARNING_PERMISSIONS['alert.read'];
const HANDLE = WARNING_PERMISSIONS['alert.handle'];

/** The early warning: alerts with their lifecycle, the boards, a pavilion's risk history, the signals as of a past time, and the live stream of critical alerts. */
export function warningRoutes(deps: { db: Database; clock: Clock }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/alerts',
      docs('Alerts of the caseload: filters (centre, status, type, severity, location and under it), paged; most severe first', {
        querystring: alertListQuerySchema,
        response: { 200: alertPageSchema },
      }),
      async (request) => listAlerts(db, authorise(request, READ), request.query, request.language),
    );

    app.get(
      '/alerts/stream',
      {
        schema: {
          tags: ['warning'],
          summary: 'Server-sent events: `alert` when a critical alert of a centre in the caseload is raised or an alert becomes critical (data: {id, type, centre, severity, location, change, at}; no reasons, no people)',
          querystring: alertStreamQuerySchema,
          response: { 401: errorResponse, 403: errorResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const principal = authorise(request, READ, request.query.centre ? { centre: request.query.centre } : undefined);
        const wanted = (centre: string) => (request.query.centre ? centre === request.query.centre : isInCaseload(principal, centre));
        openEventStream(request, reply, (send) =>
          onCriticalAlert((notice) => {
            if (wanted(notice.centre)) send('alert', notice);
          }),
        );
      },
    );

    app.get(
      '/alerts/:id',
      docs("One alert: its reasons, people and groups (withheld where the user may not read them), the timeline of facts behind it, its history, and what the user may do", {
        params: alertParamsSchema,
        response: { 200: alertDetailSchema },
      }),
      async (request) => readAlert(db, auditContext(request), authorise(request, READ), request.params.id, request.language),
    );

    app.post(
      '/alerts/:id/acknowledge',
      docs('Acknowledge a raised alert with a note (it stays open until resolved)', { params: alertParamsSchema, body: acknowledgeAlertInputSchema, response: { 200: alertDetailSchema } }),
      async (request) => acknowledgeAlert(db, auditContext(request), authorise(request, HANDLE), request.params.id, request.body, request.language),
    );

    app.post(
      '/alerts/:id/resolve',
      docs('Resolve an open alert by hand with a reason (kept, never deleted; not raised again while its finding holds at no higher severity)', {
        params: alertParamsSchema,
        body: resolveAlertInputSchema,
        response: { 200: alertDetailSchema },
      }),
      async (request) => resolveAlert(db, auditContext(request), authorise(request, HANDLE), request.params.id, request.body, request.language),
    );

    app.get(
      '/warning/board',
      docs('The national warning board: each centre of the caseload with its highest open severity and open alerts by type and severity, most severe first', {
        response: { 200: warningBoardSchema },
      }),
      async (request) => warningBoard(db, authorise(request, READ), request.clock),
    );

    app.get(
      '/warning/as-of',
      docs('The signals evaluated on the facts as they stood at a past time (not persisted; no id or status)', { querystring: asOfQuerySchema, response: { 200: asOfSchema } }),
      async (request) => warningAsOf(db, authorise(request, READ), request.query, request.language, request.clock),
    );

    app.get(
      '/centres/:code/warning',
      docs("A centre's warning board: every pavilion with its highest open severity, and the open alerts with their reasons", {
        params: centreWarningParamsSchema,
        response: { 200: centreWarningSchema },
      }),
      async (request) => centreWarning(db, authorise(request, READ, { centre: request.params.code }), request.params.code, request.language, request.clock),
    );

    app.get(
      '/locations/:code/risk-history',
      docs("A location's risk history: the highest open severity of each day, and its alerts with their history", {
        params: locationRiskParamsSchema,
        querystring: riskHistoryQuerySchema,
        response: { 200: riskHistorySchema },
      }),
      async (request) => riskHistory(db, authorise(request, READ), request.params.code, request.query, request.language, request.clock),
    );
  };
}
