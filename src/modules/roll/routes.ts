import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuditContext } from '../audit/index.ts';
import type { Database } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import { openEventStream } from '../../server/event-stream.ts';
import { errorResponse, errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise, requirePrincipal } from '../../server/request-context.ts';
import { admitPersonFor } from './admit-person.ts';
import type { PlacementGuard } from './apply-movements.ts';
import { arrivalsAt, checkArrival, peopleOut, type PlacementCheckFor } from './centre-lists.ts';
import { centreTree, locationView, unplacedAt, type Occupant } from './centre-view.ts';
import { listLocationPeople } from './list-location-people.ts';
import { computeRoll, computeRollAt } from './compute-roll.ts';
import { MOVEMENT_PERMISSION, ROLL_PERMISSIONS } from './policy.ts';
import { recordPersonMovement, type CellMove } from './record-person-movement.ts';
import { onRollChanged } from './roll-events.ts';
import {
  admissionInputSchema,
  admissionSchema,
  arrivalCheckParamsSchema,
  arrivalCheckQuerySchema,
  arrivalCheckSchema,
  arrivalsSchema,
  centreParamsSchema,
  centreTreeSchema,
  locationParamsSchema,
  locationPeoplePageSchema,
  locationPeopleQuerySchema,
  locationViewQuerySchema,
  locationViewSchema,
  movementInputSchema,
  movementResultSchema,
  peopleOutSchema,
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
  /** Housing's placement check as a user may read it, for receiving an arrival into a cell. */
  placementCheckFor?: PlacementCheckFor;
  /**
   * A criminal group's current members, for the group filter of a location's people (the groups
   * module's, through the composition root: it checks the user may read memberships and audits it).
   */
  groupMemberIds?: (db: Database, context: AuditContext, principal: Principal, group: string) => Promise<ReadonlySet<string>>;
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
        openEventStream(request, reply, (send) =>
          onRollChanged((change) => {
            const centres = change.centres.filter(wanted);
            if (centres.length > 0) send('roll', { centres, at: change.at });
          }),
        );
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
      '/roll/centres/:code/out',
      docs("The people of the centre's roll out now (court, hospital), with why and since when, longest out first", {
        params: centreParamsSchema,
        response: { 200: peopleOutSchema },
      }),
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read'], { centre: request.params.code });
        return { people: presentOccupants(await peopleOut(deps.db, principal, request.params.code)) };
      },
    );

    app.get(
      '/roll/centres/:code/arrivals',
      docs('The people en route to the centre (a transfer departed, not yet received), with the sending centre', {
        params: centreParamsSchema,
        response: { 200: arrivalsSchema },
      }),
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read'], { centre: request.params.code });
        const people = await arrivalsAt(deps.db, principal, request.params.code);
        return { people: people.map((p) => ({ ...p, since: p.since.toISOString() })) };
      },
    );

    app.get(
      '/roll/centres/:code/arrivals/:id/placement-check',
      docs('The placement check of receiving a person en route to the centre into one of its cells', {
        params: arrivalCheckParamsSchema,
        querystring: arrivalCheckQuerySchema,
        response: { 200: arrivalCheckSchema },
      }),
      async (request) => {
        const principal = authorise(request, MOVEMENT_PERMISSION.transfer_arrival, { centre: request.params.code });
        const check = deps.placementCheckFor;
        if (!check) throw new Error('rollRoutes: placementCheckFor is not wired');
        const input = { centre: request.params.code, person: request.params.id, cell: request.query.cell };
        return checkArrival(deps.db, principal, input, { language: request.language, clock: request.clock, check });
      },
    );

    app.get(
      '/roll/locations/:code',
      docs('A location: its figures, the locations under it and the people placed there (`occupants=none`: without them; `/people` pages them)', {
        params: locationParamsSchema,
        querystring: locationViewQuerySchema,
        response: { 200: locationViewSchema },
      }),
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read']);
        const view = await locationView(deps.db, principal, request.params.code, { occupants: request.query.occupants === 'all' });
        return { ...view, occupants: presentOccupants(view.occupants) };
      },
    );

    app.get(
      '/roll/locations/:code/people',
      docs("The people placed in a location or under it, a page at a time: sorted, filtered by wing, legal status, state and criminal group (the group filter needs the right to read memberships, and is audited)", {
        params: locationParamsSchema,
        querystring: locationPeopleQuerySchema,
        response: { 200: locationPeoplePageSchema },
      }),
      async (request) => {
        const principal = authorise(request, ROLL_PERMISSIONS['roll.read']);
        const { groupMemberIds } = deps;
        const groupMembers = groupMemberIds ? (group: string) => groupMemberIds(deps.db, auditContext(request), principal, group) : undefined;
        const page = await listLocationPeople(deps.db, principal, request.params.code, request.query, groupMembers);
        return { ...page, items: presentOccupants(page.items) };
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
