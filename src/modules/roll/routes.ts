import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/engine.ts';
import { isInCaseload } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import {
  LEGAL_STATUSES,
  LOCATION_KINDS,
  LOCATION_SEXES,
  LOCATION_STATUSES,
  MOVEMENT_TYPES,
  OFFENCES,
  PERSON_SEXES,
  REGIMES,
  RELEASE_REASONS,
  RISK_LEVELS,
  SECURITY_LEVELS,
} from '../../kernel/vocabulary.ts';
import { errorResponse } from '../../server/http-schemas.ts';
import { auditContext, authorise } from '../../server/request-context.ts';
import type { AuditContext } from '../audit/index.ts';
import { openEpisodesOf } from '../register/index.ts';
import { admitPerson } from './admit-person.ts';
import { centreTree, locationView, unplacedAt, type Occupant } from './centre-view.ts';
import { computeRoll, computeRollAt } from './compute-roll.ts';
import { ROLL_PERMISSIONS } from './policy.ts';
import { recordMovement, resolveTarget, type PlacementGuard } from './record-movement.ts';
import { onRollChanged } from './roll-events.ts';
import { loadStates } from './repository.ts';

const code = z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/, 'upper-case letters, digits and dashes');
const personId = z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,29}$/, 'a register number');

const rollLine = z.object({
  on_roll: z.number(),
  in: z.number(),
  out: z.number(),
  out_court: z.number(),
  out_hospital: z.number(),
  unaccounted: z.number(),
  en_route: z.number(),
  en_route_in: z.number(),
  arrived_today: z.number(),
  left_today: z.number(),
  design_capacity: z.number(),
  working_capacity: z.number(),
  max_capacity: z.number(),
  occupancy: z.number(),
  pretrial: z.number(),
  sentenced: z.number(),
});

const rollReport = z.object({
  at: z.string(),
  centres: z.array(rollLine.extend({ code: z.string(), name: z.string(), capacity_estimated: z.boolean() })),
  totals: rollLine,
});

const locationSummary = z.object({
  code: z.string(),
  centre: z.string(),
  parent: z.string().nullable(),
  kind: z.enum(LOCATION_KINDS),
  name: z.string(),
  sex: z.enum(LOCATION_SEXES),
  regime: z.enum(REGIMES),
  security: z.enum(SECURITY_LEVELS),
  status: z.enum(LOCATION_STATUSES),
  path: z.string(),
  depth: z.number(),
  designCapacity: z.number().nullable(),
  workingCapacity: z.number().nullable(),
  maxCapacity: z.number().nullable(),
  design: z.number(),
  working: z.number(),
  max: z.number(),
  occupancy: z.number(),
  band: z.enum(['under', 'at', 'over_design', 'over_max']),
});

const occupant = z.object({
  id: z.string(),
  givenNames: z.string(),
  familyNames: z.string(),
  aliases: z.array(z.string()),
  location: z.string().nullable(),
  state: z.string(),
  outReason: z.string().nullable(),
  since: z.iso.datetime(),
  legalStatus: z.string().nullable(),
  risk: z.string().nullable(),
});

const presentOccupants = (list: Occupant[]) => list.map((o) => ({ ...o, since: o.since.toISOString() }));

const movementState = z.object({
  centre: z.string(),
  location: z.string().nullable(),
  state: z.string(),
  since: z.iso.datetime(),
}).nullable();

const tags = ['roll'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

const MOVE_PERMISSION = {
  release: ROLL_PERMISSIONS['custody.release'],
  death: ROLL_PERMISSIONS['custody.release'],
  transfer: ROLL_PERMISSIONS['custody.transfer'],
  internal_move: ROLL_PERMISSIONS['custody.move'],
  court_out: ROLL_PERMISSIONS['custody.move'],
  court_return: ROLL_PERMISSIONS['custody.move'],
  hospital_out: ROLL_PERMISSIONS['custody.move'],
  hospital_return: ROLL_PERMISSIONS['custody.move'],
  escape: ROLL_PERMISSIONS['custody.move'],
  recapture: ROLL_PERMISSIONS['custody.move'],
  transfer_out: ROLL_PERMISSIONS['custody.transfer'],
  transfer_arrival: ROLL_PERMISSIONS['custody.move'],
} as const;

/** The establishment roll, the centre and location views, admissions and movements. */
export interface RollRouteDeps {
  db: Database;
  /** The placement check for movements that put someone in a cell (housing's, through the composition root). */
  guardPlacement?: PlacementGuard;
  /**
   * Housing's cell move (the full placement check, kept in the person's cell-move history):
   * an internal move recorded here goes through it, without any override.
   */
  cellMove?: (db: Database, context: AuditContext, input: { person: string; cell: string; at?: Date; comment: string }) => Promise<unknown>;
}

export function rollRoutes(deps: RollRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/roll',
      {
        schema: {
          tags,
          summary: 'The establishment roll per centre in the caseload, now or at a past time',
          querystring: z.object({ centre: code.optional(), at: z.iso.datetime({ offset: true }).optional() }),
          response: { 200: rollReport, ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read'], request.query.centre ? { centre: request.query.centre } : undefined);
        const options = { centre: request.query.centre };
        return request.query.at ? computeRollAt(deps.db, principal, new Date(request.query.at), options) : computeRoll(deps.db, principal, options);
      },
    );

    app.get(
      '/roll/stream',
      {
        schema: {
          tags,
          summary: 'Server-sent events: `roll` each time movements change the roll of a centre in the caseload (data: {centres, at})',
          querystring: z.object({ centre: code.optional() }),
          response: { 401: errorResponse, 403: errorResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read'], request.query.centre ? { centre: request.query.centre } : undefined);
        const wanted = (centre: string) => (request.query.centre ? centre === request.query.centre : isInCaseload(principal, centre));
        reply.hijack();
        reply.raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'keep-alive',
          'x-request-id': request.id,
        });
        reply.raw.write(': connected\n\n');
        const unsubscribe = onRollChanged((change) => {
          const centres = change.centres.filter(wanted);
          if (centres.length > 0) reply.raw.write(`event: roll\ndata: ${JSON.stringify({ centres, at: change.at })}\n\n`);
        });
        // A comment every 25 s keeps proxies from closing an idle stream.
        const heartbeat = setInterval(() => reply.raw.write(': heartbeat\n\n'), 25_000);
        request.raw.on('close', () => {
          clearInterval(heartbeat);
          unsubscribe();
        });
      },
    );

    app.get(
      '/roll/centres/:code',
      {
        schema: {
          tags,
          summary: "A centre's location tree with the three capacities and occupancy at every level",
          params: z.object({ code }),
          response: { 200: z.object({ centre: z.object({ code: z.string(), name: z.string(), city: z.string(), province: z.string(), type: z.string(), sex: z.string(), authority: z.string(), capacityEstimated: z.boolean() }), locations: z.array(locationSummary), unplaced: z.number() }), ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read'], { centre: request.params.code });
        return centreTree(deps.db, principal, request.params.code);
      },
    );

    app.get(
      '/roll/centres/:code/unplaced',
      { schema: { tags, summary: "People on the centre's roll not yet placed in a cell", params: z.object({ code }), response: { 200: z.object({ occupants: z.array(occupant) }), ...errors } } },
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read'], { centre: request.params.code });
        return { occupants: presentOccupants(await unplacedAt(deps.db, principal, request.params.code)) };
      },
    );

    app.get(
      '/roll/locations/:code',
      {
        schema: {
          tags,
          summary: 'A location: its figures, the locations under it and the people placed there',
          params: z.object({ code }),
          response: { 200: z.object({ location: locationSummary, ancestors: z.array(locationSummary.partial()), children: z.array(locationSummary), occupants: z.array(occupant) }), ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read']);
        const view = await locationView(deps.db, principal, request.params.code);
        return { ...view, occupants: presentOccupants(view.occupants) };
      },
    );

    app.post(
      '/admissions',
      {
        schema: {
          tags,
          summary: 'Admit a person into custody (registering them if new)',
          body: z.object({
            person: z.union([
              z.object({
                id: personId,
                nationalId: z.string().trim().max(20).nullable().default(null),
                givenNames: z.string().trim().min(1).max(100),
                familyNames: z.string().trim().min(1).max(100),
                aliases: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
                birthDate: z.iso.date().nullable().default(null),
                sex: z.enum(PERSON_SEXES),
                nationality: z.string().regex(/^[A-Z]{3}$/).default('ECU'),
              }),
              z.object({ id: personId }),
            ]),
            to: code,
            admittedAt: z.iso.datetime({ offset: true }),
            arrestedAt: z.iso.datetime({ offset: true }).nullable().default(null),
            commitmentOrder: z.string().trim().min(1).max(100),
            issuingAuthority: z.string().trim().min(1).max(200),
            injuriesOnArrival: z.string().trim().max(2000).nullable().default(null),
            offence: z.enum(OFFENCES),
            maxPenaltyYears: z.number().min(0).max(100).nullable().default(null),
            legalStatus: z.enum(LEGAL_STATUSES),
            pretrialSince: z.iso.date().nullable().default(null),
            sentenceMonths: z.number().int().min(0).max(1200).nullable().default(null),
            risk: z.enum(RISK_LEVELS).default('medium'),
            nextOfKin: z.array(z.object({ name: z.string().trim().min(1).max(200), relationship: z.string().trim().min(1).max(60), phone: z.string().trim().max(40).nullable().default(null), address: z.string().trim().max(300).nullable().default(null) })).max(10).default([]),
          }),
          response: { 201: z.object({ person: z.string(), episode: z.string(), centre: z.string(), location: z.string().nullable() }), ...errors },
        },
      },
      async (request, reply) => {
        const target = await resolveTarget(deps.db, 'admission', request.body.to);
        authorise(request, ROLL_PERMISSIONS['custody.admit'], { centre: target.centre });
        const body = request.body;
        const admitted = await admitPerson(deps.db, auditContext(request), {
          ...body,
          admittedAt: new Date(body.admittedAt),
          arrestedAt: body.arrestedAt ? new Date(body.arrestedAt) : null,
        }, { guard: deps.guardPlacement });
        return reply.status(201).send(admitted);
      },
    );

    app.post(
      '/persons/:id/movements',
      {
        schema: {
          tags,
          summary: 'Record a movement: release, death, transfer, internal move, court or hospital, escape, recapture',
          params: z.object({ id: personId }),
          body: z.object({
            type: z.enum(MOVEMENT_TYPES).exclude(['admission']),
            to: code.nullable().default(null),
            at: z.iso.datetime({ offset: true }).optional(),
            reason: z.string().trim().max(300).nullable().default(null),
            note: z.string().trim().max(2000).nullable().default(null),
          }),
          response: { 201: z.object({ type: z.string(), at: z.iso.datetime(), state: movementState }), ...errors },
        },
      },
      async (request, reply) => {
        const episode = (await openEpisodesOf(deps.db, [request.params.id])).get(request.params.id);
        if (!episode) throw new AppError('PERSON_NOT_IN_CUSTODY', { id: request.params.id });
        // An arrival is recorded by the receiving centre; everything else by the centre holding them.
        const known = request.body.type === 'transfer_arrival' ? (await loadStates(deps.db, [request.params.id])).get(request.params.id)?.state : undefined;
        authorise(request, MOVE_PERMISSION[request.body.type], { centre: known?.destination ?? episode.centre });
        if (request.body.type === 'release' && (!request.body.reason || !(RELEASE_REASONS as readonly string[]).includes(request.body.reason))) {
          throw new AppError('VALIDATION_FAILED', { detail: `reason: one of ${RELEASE_REASONS.join(', ')}` }, 'reason');
        }
        const { at, ...rest } = request.body;
        if (rest.type === 'internal_move' && deps.cellMove && rest.to) {
          await resolveTarget(deps.db, 'internal_move', rest.to); // unknown or closed: said as such
          const comment = [rest.reason, rest.note].filter(Boolean).join(' — ') || 'internal_move';
          await deps.cellMove(deps.db, auditContext(request), { person: request.params.id, cell: rest.to, comment, ...(at ? { at: new Date(at) } : {}) });
          const state = (await loadStates(deps.db, [request.params.id])).get(request.params.id)?.state ?? null;
          return reply.status(201).send({
            type: rest.type,
            at: (state?.since ?? new Date()).toISOString(),
            state: state ? { centre: state.centre, location: state.location, state: state.state, since: state.since.toISOString() } : null,
          });
        }
        const result = await recordMovement(
          deps.db,
          auditContext(request),
          { person: request.params.id, ...rest, ...(at ? { at: new Date(at) } : {}) },
          { guard: deps.guardPlacement },
        );
        const state = result.state;
        return reply.status(201).send({
          type: request.body.type,
          at: (result.movement?.at ?? new Date()).toISOString(),
          state: state ? { centre: state.centre, location: state.location, state: state.state, since: state.since.toISOString() } : null,
        });
      },
    );
  };
}
