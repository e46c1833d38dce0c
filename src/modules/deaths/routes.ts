import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise } from '../../server/request-context.ts';
import { changeCause } from './change-cause.ts';
import type { RegisterEntry } from './entries.ts';
import { getDeath } from './get-death.ts';
import { listRegister } from './list-register.ts';
import type { Alert, DeathAlerts } from './overdue.ts';
import { DEATH_PERMISSIONS } from './policy.ts';
import { recordDeath } from './record-death.ts';
import { recordObligation } from './record-obligation.ts';
import type { ObligationRecord } from './repository.ts';
import type { DeathCause } from '../../kernel/vocabulary.ts';
import {
  causeChangeSchema,
  changeCauseInputSchema,
  DEATH_OBLIGATIONS,
  deathEntrySchema,
  deathListQuerySchema,
  deathListSchema,
  deathParamsSchema,
  obligationInputSchema,
  obligationParamsSchema,
  obligationSchema,
  recordDeathInputSchema,
  recordedDeathSchema,
  type DeathListItem,
} from './schemas.ts';

const iso = (d: Date) => d.toISOString();
const presentAlert = ({ state, dueAt, doneAt }: Alert) => ({ state, dueAt: iso(dueAt), ...(doneAt === undefined ? {} : { doneAt: iso(doneAt) }) });
const presentAlerts = (a: DeathAlerts) => ({ nextOfKin: presentAlert(a.nextOfKin), authority: presentAlert(a.authority) });
const presentItem = (e: RegisterEntry): DeathListItem => ({
  person: e.person,
  at: iso(e.at),
  centre: e.centre,
  location: e.location,
  lastLocation: e.lastLocation,
  locationName: e.locationName,
  lastLocationName: e.lastLocationName,
  cause: e.cause,
  detailsRecorded: e.detailsRecorded,
  emergency: e.emergency,
  alerts: presentAlerts(e.alerts),
  overdue: e.overdue,
  obligationsDone: e.obligations.length,
});

const presentDone = (o: Omit<ObligationRecord, 'person' | 'obligation'>) => ({
  doneAt: iso(o.doneAt),
  doneBy: o.doneBy,
  reference: o.reference,
  note: o.note,
  recordedAt: iso(o.recordedAt),
  recordedBy: o.recordedBy,
});

const docs = routeDocs(['deaths'], errorResponses(400, 401, 403, 404, 409));

/** The deaths-in-custody register: the list, an entry, recording a death, its cause and its obligations. */
export function deathRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/deaths',
      docs('The deaths-in-custody register of the caseload (or one centre): by cause, period and overdue or late notices; paged', {
        querystring: deathListQuerySchema,
        response: { 200: deathListSchema },
      }),
      async (request) => {
        const { centre, overdue, late, ...rest } = request.query;
        const principal = authorise(request, DEATH_PERMISSIONS['death.read'], centre ? { centre } : undefined);
        const flag = (value: 'true' | 'false' | undefined) => (value === undefined ? undefined : value === 'true');
        const page = await listRegister(deps.db, principal, { ...rest, centre, overdue: flag(overdue), late: flag(late) }, request.clock);
        return { ...page, items: page.items.map(presentItem) };
      },
    );

    app.get(
      '/deaths/:person',
      docs('An entry of the register: time, place, cause and its history, circumstances, the Mandela checklist and overdue or late notices', {
        params: deathParamsSchema,
        response: { 200: deathEntrySchema },
      }),
      async (request) => {
        const entry = await getDeath(deps.db, authorise(request, DEATH_PERMISSIONS['death.read']), request.params.person, request.clock);
        const done = new Map(entry.obligations.map((o) => [o.obligation, o]));
        return {
          ...presentItem(entry),
          circumstances: entry.record?.circumstances ?? '',
          foundBy: entry.record?.foundBy ?? null,
          incident: entry.record?.incident ?? null,
          recordedAt: entry.record ? iso(entry.record.recordedAt) : null,
          recordedBy: entry.record?.recordedBy ?? null,
          causeHistory: entry.causeHistory.map((c) => ({ from: c.fromCause as DeathCause, to: c.toCause as DeathCause, reason: c.reason, at: iso(c.at), by: c.by })),
          obligations: DEATH_OBLIGATIONS.map((obligation) => {
            const o = done.get(obligation);
            return { obligation, done: o ? presentDone(o) : null };
          }),
        };
      },
    );

    app.post(
      '/deaths',
      docs('Record a death (the death movement and the register entry, in one transaction), or complete the entry of a death already on the roll', {
        body: recordDeathInputSchema,
        response: { 201: recordedDeathSchema },
      }),
      async (request, reply) => {
        const recorded = await recordDeath(deps.db, authorise(request, DEATH_PERMISSIONS['death.write']), auditContext(request), request.body);
        return reply.status(201).send({ ...recorded, at: iso(recorded.at) });
      },
    );

    app.put(
      '/deaths/:person/cause',
      docs('Change the cause of a death, with the reason (every change is kept)', { params: deathParamsSchema, body: changeCauseInputSchema, response: { 200: causeChangeSchema } }),
      async (request) => {
        const principal = authorise(request, DEATH_PERMISSIONS['death.write']);
        const changed = await changeCause(deps.db, principal, auditContext(request), { person: request.params.person, ...request.body });
        return { ...changed, at: iso(changed.at) };
      },
    );

    app.put(
      '/deaths/:person/obligations/:obligation',
      docs('Record an obligation that follows a death as done: when, by whom, with what reference', {
        params: obligationParamsSchema,
        body: obligationInputSchema,
        response: { 200: obligationSchema },
      }),
      async (request) => {
        const principal = authorise(request, DEATH_PERMISSIONS['death.write']);
        const { person, obligation } = request.params;
        const row = await recordObligation(deps.db, principal, auditContext(request), { person, obligation, ...request.body });
        return { obligation, done: presentDone(row) };
      },
    );
  };
}
