import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, requirePrincipal } from '../../server/request-context.ts';
import { checkMove, suggestCellsFor } from './check-move.ts';
import { changeNonAssociationStatus, listNonAssociations, recordNonAssociation } from './manage-non-associations.ts';
import { listCellMoves, listCentreOverrides, movePerson } from './move-person.ts';
import { readPowerMap } from './read-power-map.ts';
import {
  cellMoveInputSchema,
  cellMoveListSchema,
  cellMoveSchema,
  centreParamsSchema,
  createdNonAssociationSchema,
  nonAssociationInputSchema,
  nonAssociationListSchema,
  nonAssociationParamsSchema,
  nonAssociationSchema,
  nonAssociationStatusInputSchema,
  overrideListSchema,
  overridesInputSchema,
  personParamsSchema,
  placementCheckInputSchema,
  placementCheckSchema,
  powerMapSchema,
  suggestedCellsInputSchema,
  suggestionsSchema,
} from './schemas.ts';

const docs = routeDocs(['housing'], errorResponses(400, 401, 403, 404, 409));

/** Non-associations, the placement check, cell moves with override, suggested cells, power map. */
export function housingRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  return async (app) => {
    const { db } = deps;

    app.get(
      '/persons/:id/non-associations',
      docs("A person's non-associations, open first, with their history", { params: personParamsSchema, response: { 200: nonAssociationListSchema } }),
      async (request) => ({ nonAssociations: await listNonAssociations(db, requirePrincipal(request), request.params.id) }),
    );

    app.post(
      '/non-associations',
      docs("Record that two people must be kept apart, at a level, with each one's role, the reason and a comment; says whether they are together now, and where", {
        body: nonAssociationInputSchema,
        response: { 201: createdNonAssociationSchema },
      }),
      async (request, reply) =>
        reply.status(201).send(await recordNonAssociation(db, auditContext(request), requirePrincipal(request), request.body, request.language)),
    );

    app.post(
      '/non-associations/:id/status',
      docs('Close or reopen a non-association, with the reason', { params: nonAssociationParamsSchema, body: nonAssociationStatusInputSchema, response: { 200: nonAssociationSchema } }),
      async (request) => changeNonAssociationStatus(db, auditContext(request), requirePrincipal(request), { id: request.params.id, ...request.body }),
    );

    app.get(
      '/persons/:id/placement-check',
      docs('The placement check of moving a person into a cell: blocking reasons and warnings, each with a stable code', {
        params: personParamsSchema,
        querystring: placementCheckInputSchema,
        response: { 200: placementCheckSchema },
      }),
      async (request) =>
        checkMove(db, requirePrincipal(request), { person: request.params.id, cell: request.query.cell }, { language: request.language, clock: request.clock }),
    );

    app.post(
      '/persons/:id/cell-move',
      docs("Move a person to another cell: checked inside the transaction; blocking reasons need a director's override with a reason", {
        params: personParamsSchema,
        body: cellMoveInputSchema,
        response: { 201: cellMoveSchema },
      }),
      async (request, reply) =>
        reply.status(201).send(await movePerson(db, auditContext(request), requirePrincipal(request), { person: request.params.id, ...request.body }, request.language)),
    );

    app.get(
      '/persons/:id/cell-moves',
      docs("A person's cell moves decided through the placement check, newest first", { params: personParamsSchema, response: { 200: cellMoveListSchema } }),
      async (request) => ({ moves: await listCellMoves(db, requirePrincipal(request), request.params.id, request.language) }),
    );

    app.get(
      '/persons/:id/suggested-cells',
      docs("The best cells of the person's centre for them: no blocking reason, fewest warnings, lowest occupancy", {
        params: personParamsSchema,
        querystring: suggestedCellsInputSchema,
        response: { 200: suggestionsSchema },
      }),
      async (request) =>
        suggestCellsFor(db, requirePrincipal(request), { person: request.params.id, limit: request.query.limit }, { language: request.language, clock: request.clock }),
    );

    app.get(
      '/centres/:code/power-map',
      docs('Per pavilion: members by group, the dominant group, leaders present, rivals present (the reading is audited)', { params: centreParamsSchema, response: { 200: powerMapSchema } }),
      async (request) => readPowerMap(db, auditContext(request), requirePrincipal(request), request.params.code, request.clock),
    );

    app.get(
      '/centres/:code/overrides',
      docs('Moves a director authorised despite blocking reasons, newest first', { params: centreParamsSchema, querystring: overridesInputSchema, response: { 200: overrideListSchema } }),
      async (request) => ({
        overrides: await listCentreOverrides(db, requirePrincipal(request), { centre: request.params.code, since: request.query.since }, { language: request.language, clock: request.clock }),
      }),
    );
  };
}
