import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import { isInCaseload } from '../../kernel/access.ts';
import { errorResponse, errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise, requirePrincipal } from '../../server/request-context.ts';
import { admitPersonFor } from './admit-person.ts';
import type { PlacementGuard } from './apply-movements.ts';
import { centreTree, locationView, unplacedAt, type Occupant } from './centre-view.ts';
import { computeRoll, computeRollAt } from './compute-roll.ts';
import { ROLL_PERMISSIONS } from './policy.ts';
import { recordPersonMovement, type CellMove } from './record-person-movement.ts';
import { onRollChanged } from './roll-events.ts';
import {
  admissionInputSchema,
  admissionSchema,
  centreParamsSchema,
  centreTreeSchema,
  locationParamsSchema,
  locationViewSchema,
  movementInputSchema,
  movementResultSchema,
  personParamsSchema,
  rollQuerySchema,
  rollReportSchema,
  rollStreamQuerySchema,
  unplacedSchema,
  type MovementResult,
  type OccupantView,
} from './schemas.ts';
import type { PersonState } from './transitions.ts';

const presentOccupants = (list: Occupant[]): OccupantView[] => list.map((o) => ({ ...o, since: o.since.toISOString() }));
const presentState = (state: PersonState | null): MovementResult['state'] =>
  state ? { centre: state.centre, location: state.location, state: state.state, since: state.since.toISOString() } : null;

const tags = ['roll'];
const docs = routeDocs(['roll'], errorResponses(400, 401, 403, 404, 409));

/** The establishment roll, the centre and location views, admissions and movements. */
export interface RollRouteDeps {
  db: Database;
  /** The placement check for movements that put someone in a cell (housing's, through the composition root). */
  guardPlacement: PlacementGuard;
  /**
   * Housing's cell move (the full placement check, kept in the person's cell-move history):
   * an internal move recorded here goes through it, without any override.
   */
  cellMove?: CellMove;
}

export function rollRoutes(deps: RollRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/roll',
      docs('The establishment roll per centre in the caseload, now or at a past time', { querystring: rollQuerySchema, response: { 200: rollReportSchema } }),
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read'], request.query.centre ? { centre: request.query.centre } : undefined);
        const options = { centre: request.query.centre };
        return request.query.at ? computeRollAt(deps.db, principal, request.query.at, options) : computeRoll(deps.db, principal, { ...options, clock: request.clock });
      },
    );

    app.get(
      '/roll/stream',
      {
        schema: {
          tags,
          summary: 'Server-sent events: `roll` each time movements change the roll of a centre in the caseload (data: {centres, at})',
          querystring: rollStreamQuerySchema,
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
      docs("A centre's location tree with the three capacities and occupancy at every level", { params: centreParamsSchema, response: { 200: centreTreeSchema } }),
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read'], { centre: request.params.code });
        return centreTree(deps.db, principal, request.params.code);
      },
    );

    app.get(
      '/roll/centres/:code/unplaced',
      docs("People on the centre's roll not yet placed in a cell", { params: centreParamsSchema, response: { 200: unplacedSchema } }),
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read'], { centre: request.params.code });
        return { occupants: presentOccupants(await unplacedAt(deps.db, principal, request.params.code)) };
      },
    );

    app.get(
      '/roll/locations/:code',
      docs('A location: its figures, the locations under it and the people placed there', { params: locationParamsSchema, response: { 200: locationViewSchema } }),
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read']);
        const view = await locationView(deps.db, principal, request.params.code);
        return { ...view, occupants: presentOccupants(view.occupants) };
      },
    );

    app.post(
      '/admissions',
      docs('Admit a person into custody (registering them if new)', { body: admissionInputSchema, response: { 201: admissionSchema } }),
      async (request, reply) => {
        const admitted = await admitPersonFor(deps, requirePrincipal(request), auditContext(request), request.body);
        return reply.status(201).send(admitted);
      },
    );

    app.post(
      '/persons/:id/movements',
      docs('Record a movement: release, death, transfer, internal move, court or hospital, escape, recapture', {
        params: personParamsSchema,
        body: movementInputSchema,
        response: { 201: movementResultSchema },
      }),
      async (request, reply) => {
        const { at, ...rest } = request.body;
        const result = await recordPersonMovement(deps, requirePrincipal(request), auditContext(request), { person: request.params.id, ...rest, ...(at ? { at } : {}) });
        return reply.status(201).send({ type: result.type, at: result.at.toISOString(), state: presentState(result.state) });
      },
    );
  };
}
