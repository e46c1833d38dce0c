import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/engine.ts';
import { hasAnyRole, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import {
  CELL_MOVE_REASONS,
  NON_ASSOCIATION_LEVELS,
  NON_ASSOCIATION_REASONS,
  NON_ASSOCIATION_ROLES,
} from '../../kernel/vocabulary.ts';
import { errorResponse } from '../../server/http-schemas.ts';
import { auditContext, authorise } from '../../server/request-context.ts';
import { runAudited } from '../audit/index.ts';
import { findLocations } from '../estate/index.ts';
import { centreOfPerson, custodyProfiles } from '../register/index.ts';
import { getNonAssociation, nonAssociationsOf, openNonAssociation, setNonAssociationStatus } from './non-associations.ts';
import { describeFinding } from './placement-messages.ts';
import { cellMovesOf, checkPlacement, listOverrides, moveToCell, presentAssessment } from './placement.ts';
import { HOUSING_PERMISSIONS } from './policy.ts';
import { powerMap } from './power-map.ts';
import { suggestCells } from './suggest-cells.ts';

const personId = z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,29}$/, 'a register number');
const code = z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/, 'upper-case letters, digits and dashes');
const tags = ['housing'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

const checkItem = z.object({ code: z.string(), message: z.string(), overridable: z.boolean().optional() });
const placementCheck = z.object({ allowed: z.boolean(), blocking: z.array(checkItem), warnings: z.array(checkItem) });

const nonAssociation = z.object({
  id: z.string(),
  personA: z.string(),
  personB: z.string(),
  nameA: z.string(),
  nameB: z.string(),
  roleA: z.enum(NON_ASSOCIATION_ROLES),
  roleB: z.enum(NON_ASSOCIATION_ROLES),
  reason: z.enum(NON_ASSOCIATION_REASONS),
  level: z.enum(NON_ASSOCIATION_LEVELS),
  comment: z.string(),
  status: z.enum(['open', 'closed']),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  events: z.array(z.object({ action: z.enum(['opened', 'closed', 'reopened']), reason: z.string(), at: z.iso.datetime(), by: z.string() })),
});

const cellMove = z.object({
  id: z.string(),
  person: z.string(),
  name: z.string(),
  centre: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  at: z.iso.datetime(),
  reasonCode: z.enum(CELL_MOVE_REASONS),
  comment: z.string(),
  blocking: z.array(checkItem),
  warnings: z.array(checkItem),
  overridden: z.boolean(),
  overrideReason: z.string().nullable(),
  authorisedBy: z.string().nullable(),
  recordedBy: z.string(),
});

/** Non-associations, the placement check, cell moves with override, suggested cells, power map. */
export function housingRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  return async (app) => {
    const personCentre = (id: string) => centreOfPerson(deps.db, id);

    /** A person's name, if the user may see them: outside the caseload only the register number. */
    const namer = async (principal: Principal, people: readonly string[]) => {
      const profiles = await custodyProfiles(deps.db, people);
      return (id: string) => {
        const profile = profiles.get(id);
        const visible = profile && (profile.centre === null ? principal.caseload.all : isInCaseload(principal, profile.centre));
        return visible ? profile.name : id;
      };
    };

    const presentNonAssociations = async (principal: Principal, records: Awaited<ReturnType<typeof nonAssociationsOf>>) => {
      const name = await namer(principal, records.flatMap((r) => [r.personA, r.personB]));
      return records.map(({ events, createdAt, ...r }) => ({
        ...r,
        nameA: name(r.personA),
        nameB: name(r.personB),
        createdAt: createdAt.toISOString(),
        events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
      }));
    };

    const presentMove = (m: Awaited<ReturnType<typeof cellMovesOf>>[number], language: 'es' | 'en', name: (id: string) => string) => ({
      ...m,
      name: name(m.person),
      at: m.at.toISOString(),
      blocking: m.blocking.map((f) => ({ code: f.code, message: describeFinding(f, language) })),
      warnings: m.warnings.map((f) => ({ code: f.code, message: describeFinding(f, language) })),
    });

    app.get(
      '/persons/:id/non-associations',
      { schema: { tags, summary: "A person's non-associations, open first, with their history", params: z.object({ id: personId }), response: { 200: z.object({ nonAssociations: z.array(nonAssociation) }), ...errors } } },
      async (request) => {
        const centre = await personCentre(request.params.id);
        const principal = authorise(request, HOUSING_PERMISSIONS['non_association.read'], { centre });
        return { nonAssociations: await presentNonAssociations(principal, await nonAssociationsOf(deps.db, request.params.id)) };
      },
    );

    app.post(
      '/non-associations',
      {
        schema: {
          tags,
          summary: 'Record that two people must be kept apart, at a level, with each one\'s role, the reason and a comment',
          body: z.object({
            personA: personId,
            personB: personId,
            roleA: z.enum(NON_ASSOCIATION_ROLES).default('other'),
            roleB: z.enum(NON_ASSOCIATION_ROLES).default('other'),
            reason: z.enum(NON_ASSOCIATION_REASONS),
            level: z.enum(NON_ASSOCIATION_LEVELS),
            comment: z.string().trim().min(10, 'a comment of at least 10 characters is required').max(2000),
          }),
          response: { 201: nonAssociation, ...errors },
        },
      },
      async (request, reply) => {
        // Both people must be in the user's caseload: a record names them both.
        authorise(request, HOUSING_PERMISSIONS['non_association.manage'], { centre: await personCentre(request.body.personA) });
        const principal = authorise(request, HOUSING_PERMISSIONS['non_association.manage'], { centre: await personCentre(request.body.personB) });
        const record = await openNonAssociation(deps.db, auditContext(request), request.body);
        const [presented] = await presentNonAssociations(principal, [await getNonAssociation(deps.db, record.id)]);
        return reply.status(201).send(presented as NonNullable<typeof presented>);
      },
    );

    app.post(
      '/non-associations/:id/status',
      {
        schema: {
          tags,
          summary: 'Close or reopen a non-association, with the reason',
          params: z.object({ id: z.uuid() }),
          body: z.object({ status: z.enum(['open', 'closed']), reason: z.string().trim().min(10, 'a reason of at least 10 characters is required').max(2000) }),
          response: { 200: nonAssociation, ...errors },
        },
      },
      async (request) => {
        const existing = await getNonAssociation(deps.db, request.params.id);
        // Either person in the caseload: a centre can close or reopen what concerns its people.
        const centres = [await personCentre(existing.personA), await personCentre(existing.personB)].filter((c): c is string => c !== null);
        const mine = centres.find((c) => request.principal !== null && isInCaseload(request.principal, c));
        const principal = authorise(request, HOUSING_PERMISSIONS['non_association.manage'], { centre: mine ?? centres[0] ?? null });
        await setNonAssociationStatus(deps.db, auditContext(request), { id: request.params.id, ...request.body });
        const [presented] = await presentNonAssociations(principal, [await getNonAssociation(deps.db, request.params.id)]);
        return presented as NonNullable<typeof presented>;
      },
    );

    app.get(
      '/persons/:id/placement-check',
      {
        schema: {
          tags,
          summary: 'The placement check of moving a person into a cell: blocking reasons and warnings, each with a stable code',
          params: z.object({ id: personId }),
          querystring: z.object({ cell: code }),
          response: { 200: placementCheck, ...errors },
        },
      },
      async (request) => {
        const centre = await personCentre(request.params.id);
        authorise(request, HOUSING_PERMISSIONS['placement.check'], { centre });
        const [cell] = await findLocations(deps.db, [request.query.cell]);
        if (!cell) throw new AppError('LOCATION_NOT_FOUND', { code: request.query.cell }, 'cell');
        authorise(request, HOUSING_PERMISSIONS['placement.check'], { centre: cell.centre });
        return presentAssessment(await checkPlacement(deps.db, request.params.id, request.query.cell), request.language);
      },
    );

    app.post(
      '/persons/:id/cell-move',
      {
        schema: {
          tags,
          summary: 'Move a person to another cell: checked inside the transaction; blocking reasons need a director\'s override with a reason',
          params: z.object({ id: personId }),
          body: z.object({
            cell: code,
            reasonCode: z.enum(CELL_MOVE_REASONS),
            comment: z.string().trim().min(3, 'describe the move').max(2000),
            at: z.iso.datetime({ offset: true }).optional(),
            override: z.object({ reason: z.string().trim().max(2000), codes: z.array(z.string()).optional() }).nullable().default(null),
          }),
          response: { 201: cellMove, ...errors },
        },
      },
      async (request, reply) => {
        const centre = await personCentre(request.params.id);
        const principal = authorise(request, HOUSING_PERMISSIONS['placement.move'], { centre });
        const name = await namer(principal, [request.params.id]);
        const { at, ...rest } = request.body;
        const moved = await moveToCell(
          deps.db,
          auditContext(request),
          { person: request.params.id, ...rest, ...(at ? { at: new Date(at) } : {}) },
          { override: hasAnyRole(principal, HOUSING_PERMISSIONS['placement.override']) },
        );
        const [record] = (await cellMovesOf(deps.db, request.params.id)).filter((m) => m.id === moved.id);
        return reply.status(201).send(presentMove(record as NonNullable<typeof record>, request.language, name));
      },
    );

    app.get(
      '/persons/:id/cell-moves',
      { schema: { tags, summary: "A person's cell moves decided through the placement check, newest first", params: z.object({ id: personId }), response: { 200: z.object({ moves: z.array(cellMove) }), ...errors } } },
      async (request) => {
        const centre = await personCentre(request.params.id);
        const principal = authorise(request, HOUSING_PERMISSIONS['cell_moves.read'], { centre });
        const name = await namer(principal, [request.params.id]);
        return { moves: (await cellMovesOf(deps.db, request.params.id)).map((m) => presentMove(m, request.language, name)) };
      },
    );

    app.get(
      '/persons/:id/suggested-cells',
      {
        schema: {
          tags,
          summary: 'The best cells of the person\'s centre for them: no blocking reason, fewest warnings, lowest occupancy',
          params: z.object({ id: personId }),
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
          response: {
            200: z.object({
              person: z.string(),
              centre: z.string(),
              considered: z.number(),
              ruledOut: z.record(z.string(), z.number()),
              cells: z.array(
                z.object({
                  code: z.string(),
                  name: z.string(),
                  pavilion: z.string().nullable(),
                  wing: z.string().nullable(),
                  occupants: z.number(),
                  designCapacity: z.number().nullable(),
                  workingCapacity: z.number().nullable(),
                  maxCapacity: z.number().nullable(),
                  warnings: z.array(checkItem),
                }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const centre = await personCentre(request.params.id);
        if (!centre) throw new AppError('PERSON_NOT_IN_CUSTODY', { id: request.params.id }, 'person');
        authorise(request, HOUSING_PERMISSIONS['placement.check'], { centre });
        const result = await suggestCells(deps.db, request.params.id, new Date(), request.query.limit);
        return {
          ...result,
          cells: result.cells.map((c) => ({ ...c, warnings: c.warnings.map((f) => ({ code: f.code, message: describeFinding(f, request.language) })) })),
        };
      },
    );

    app.get(
      '/centres/:code/power-map',
      {
        schema: {
          tags,
          summary: 'Per pavilion: members by group, the dominant group, leaders present, rivals present',
          params: z.object({ code }),
          response: {
            200: z.object({
              centre: z.string(),
              at: z.string(),
              pavilions: z.array(
                z.object({
                  code: z.string(),
                  name: z.string(),
                  onRoll: z.number(),
                  affiliated: z.number(),
                  groups: z.array(z.object({ code: z.string(), name: z.string(), members: z.number() })),
                  dominant: z.object({ code: z.string(), name: z.string(), members: z.number(), share: z.number() }).nullable(),
                  leaders: z.array(z.object({ person: z.string(), name: z.string(), group: z.string(), groupName: z.string(), role: z.enum(['leader', 'lieutenant']) })),
                  rivals: z.array(z.object({ code: z.string(), name: z.string(), members: z.number() })),
                }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        authorise(request, HOUSING_PERMISSIONS['power_map.read'], { centre: request.params.code });
        const map = await powerMap(deps.db, request.params.code);
        // It names leaders and counts members: intelligence, whose reading is audited.
        await runAudited(deps.db, auditContext(request), async (w) =>
          w.audit({ action: 'power_map.read', subjectType: 'centre', subjectId: request.params.code, centre: request.params.code, new: { pavilions: map.pavilions.length } }),
        );
        return map;
      },
    );

    app.get(
      '/centres/:code/overrides',
      {
        schema: {
          tags,
          summary: 'Moves a director authorised despite blocking reasons, newest first',
          params: z.object({ code }),
          querystring: z.object({ since: z.iso.datetime({ offset: true }).optional() }),
          response: { 200: z.object({ overrides: z.array(cellMove) }), ...errors },
        },
      },
      async (request) => {
        const principal = authorise(request, HOUSING_PERMISSIONS['placement.overrides.read'], { centre: request.params.code });
        const since = request.query.since ? new Date(request.query.since) : new Date(Date.now() - 365 * 86_400_000);
        const overrides = await listOverrides(deps.db, request.params.code, since);
        const name = await namer(principal, overrides.map((m) => m.person));
        return { overrides: overrides.map((m) => presentMove(m, request.language, name)) };
      },
    );
  };
}
