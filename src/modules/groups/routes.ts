import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise, requirePrincipal } from '../../server/request-context.ts';
import { createGroup, endRelation, listGroups, recordRelation, updateGroup } from './groups.ts';
import { listGroupMembers } from './list-members.ts';
import { endMembershipOf, readMembershipsOf, recordMembershipOf } from './manage-memberships.ts';
import { GROUP_PERMISSIONS } from './policy.ts';
import { readGroupGraph, readGroupPage } from './read-groups.ts';
import {
  endInputSchema,
  groupChangesInputSchema,
  groupGraphInputSchema,
  groupGraphSchema,
  groupInputSchema,
  groupListSchema,
  groupMembersPageSchema,
  groupMembersQuerySchema,
  groupPageQuerySchema,
  groupPageSchema,
  groupParamsSchema,
  groupSchema,
  membershipInputSchema,
  membershipSchema,
  personMembershipListSchema,
  personParamsSchema,
  recordIdParamsSchema,
  relationInputSchema,
  relationSchema,
} from './schemas.ts';

const docs = routeDocs(['groups'], errorResponses(400, 401, 403, 404, 409));

const presentRelation = <T extends { recordedAt: Date }>(r: T) => ({ ...r, recordedAt: r.recordedAt.toISOString() });

/** Criminal groups, their relations, and memberships (intelligence). */
export function groupRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  return async (app) => {
    const { db } = deps;

    app.get(
      '/groups',
      docs('Every criminal group recorded', { response: { 200: groupListSchema } }),
      async (request) => {
        authorise(request, GROUP_PERMISSIONS['group.read']);
        return { groups: await listGroups(db) };
      },
    );

    app.get(
      '/groups/graph',
      docs("The network of groups on a day: alliances, rivalries, factions, with member and leader counts in the user's scope", {
        querystring: groupGraphInputSchema,
        response: { 200: groupGraphSchema },
      }),
      async (request) => readGroupGraph(db, requirePrincipal(request), request.query, request.clock),
    );

    app.get(
      '/groups/:code',
      docs("A group, its relations (current and ended), its counts in the user's scope and, for those who may see them, its members in the user's caseload (`members=none`: without them; `/members` pages them)", {
        params: groupParamsSchema,
        querystring: groupPageQuerySchema,
        response: { 200: groupPageSchema },
      }),
      async (request) =>
        readGroupPage(db, auditContext(request), requirePrincipal(request), request.params.code, request.clock, { withMembers: request.query.members === 'all' }),
    );

    app.get(
      '/groups/:code/members',
      docs("A group's members in custody today in the user's caseload, a page at a time: sorted, filtered by centre, role and confidence (the reading is audited)", {
        params: groupParamsSchema,
        querystring: groupMembersQuerySchema,
        response: { 200: groupMembersPageSchema },
      }),
      async (request) => listGroupMembers(db, auditContext(request), requirePrincipal(request), request.params.code, request.query, request.clock),
    );

    app.post(
      '/groups',
      docs('Record a criminal group', { body: groupInputSchema, response: { 201: groupSchema } }),
      async (request, reply) => {
        authorise(request, GROUP_PERMISSIONS['group.manage']);
        return reply.status(201).send(await createGroup(db, auditContext(request), request.body));
      },
    );

    app.put(
      '/groups/:code',
      docs("Change a group's name, kind, parent, aliases or notes", { params: groupParamsSchema, body: groupChangesInputSchema, response: { 200: groupSchema } }),
      async (request) => {
        authorise(request, GROUP_PERMISSIONS['group.manage']);
        return updateGroup(db, auditContext(request), request.params.code, request.body);
      },
    );

    app.post(
      '/group-relations',
      docs('Record an alliance or a rivalry between two groups (one open relation per pair)', { body: relationInputSchema, response: { 201: relationSchema } }),
      async (request, reply) => {
        authorise(request, GROUP_PERMISSIONS['group.manage']);
        return reply.status(201).send(presentRelation(await recordRelation(db, auditContext(request), request.body)));
      },
    );

    app.post(
      '/group-relations/:id/end',
      docs('End a relation on a date (the record is kept)', { params: recordIdParamsSchema, body: endInputSchema, response: { 200: relationSchema } }),
      async (request) => {
        authorise(request, GROUP_PERMISSIONS['group.manage']);
        return presentRelation(await endRelation(db, auditContext(request), request.params.id, request.body.until, request.body.note));
      },
    );

    app.get(
      '/persons/:id/memberships',
      docs("A person's group memberships, current and ended (the reading is audited)", { params: personParamsSchema, response: { 200: personMembershipListSchema } }),
      async (request) => ({ memberships: await readMembershipsOf(db, auditContext(request), requirePrincipal(request), request.params.id) }),
    );

    app.post(
      '/persons/:id/memberships',
      docs('Record that a person belongs to a group, with role, since and confidence', { params: personParamsSchema, body: membershipInputSchema, response: { 201: membershipSchema } }),
      async (request, reply) =>
        reply.status(201).send(await recordMembershipOf(db, auditContext(request), requirePrincipal(request), { person: request.params.id, ...request.body })),
    );

    app.post(
      '/memberships/:id/end',
      docs('End a membership on a date (the record is kept)', { params: recordIdParamsSchema, body: endInputSchema, response: { 200: membershipSchema } }),
      async (request) => endMembershipOf(db, auditContext(request), requirePrincipal(request), { id: request.params.id, ...request.body }),
    );
  };
}
