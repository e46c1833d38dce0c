import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/engine.ts';
import { isInCaseload } from '../../kernel/access.ts';
import { CONFIDENCES, GROUP_KINDS, GROUP_RELATIONS, MEMBERSHIP_ROLES } from '../../kernel/vocabulary.ts';
import { errorResponse } from '../../server/http-schemas.ts';
import { auditContext, authorise } from '../../server/request-context.ts';
import { runAudited, type AuditContext, type AuditEvent } from '../audit/index.ts';
import { centreOfPerson, custodyProfiles } from '../register/index.ts';
import { allRelations, createGroup, endRelation, getGroup, groupGraph, listGroups, recordRelation, updateGroup } from './groups.ts';
import { endMembership, getMembership, membersOn, membershipsOf, recordMembership } from './memberships.ts';
import { GROUP_PERMISSIONS } from './policy.ts';

const groupCode = z.string().regex(/^[A-Z0-9][A-Z0-9_-]{0,29}$/, 'upper-case letters, digits, dashes and underscores');
const personId = z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,29}$/, 'a register number');
const isoDate = z.iso.date();
const tags = ['groups'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

const groupFields = {
  name: z.string().trim().min(1).max(120),
  kind: z.enum(GROUP_KINDS),
  parent: groupCode.nullable().default(null),
  aliases: z.array(z.string().trim().min(1).max(120)).max(30).default([]),
  notes: z.string().trim().max(2000).nullable().default(null),
};
const group = z.object({ code: z.string(), ...groupFields, parent: z.string().nullable(), aliases: z.array(z.string()), notes: z.string().nullable() });
const relation = z.object({
  id: z.number(),
  groupA: z.string(),
  groupB: z.string(),
  relation: z.enum(GROUP_RELATIONS),
  since: z.string().nullable(),
  until: z.string().nullable(),
  confidence: z.enum(CONFIDENCES),
  note: z.string().nullable(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string(),
});
const membership = z.object({
  id: z.number(),
  person: z.string(),
  group: z.string(),
  role: z.enum(MEMBERSHIP_ROLES),
  since: z.string().nullable(),
  until: z.string().nullable(),
  confidence: z.enum(CONFIDENCES),
  note: z.string().nullable(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string(),
});

const presentRelation = <T extends { recordedAt: Date }>(r: T) => ({ ...r, recordedAt: r.recordedAt.toISOString() });
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Records that restricted intelligence was read, in a transaction of its own (DESIGN: every
 * read of a restricted record is audited).
 */
function auditRead(db: Database, context: AuditContext, event: AuditEvent): Promise<void> {
  return runAudited(db, context, async (w) => w.audit(event));
}

/** Criminal groups, their relations, and memberships (intelligence). */
export function groupRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  return async (app) => {
    const personCentre = (id: string) => centreOfPerson(deps.db, id);

    app.get(
      '/groups',
      { schema: { tags, summary: 'Every criminal group recorded', response: { 200: z.object({ groups: z.array(group) }), ...errors } } },
      async (request) => {
        authorise(request, GROUP_PERMISSIONS['group.read']);
        return { groups: await listGroups(deps.db) };
      },
    );

    app.get(
      '/groups/graph',
      {
        schema: {
          tags,
          summary: 'The network of groups on a day: alliances, rivalries, factions, with member counts',
          querystring: z.object({ day: isoDate.optional() }),
          response: {
            200: z.object({
              day: z.string(),
              nodes: z.array(group.extend({ members: z.number(), leaders: z.number() })),
              edges: z.array(z.object({ id: z.string(), source: z.string(), target: z.string(), kind: z.enum(['rival', 'allied', 'faction_of']), since: z.string().nullable(), confidence: z.string().nullable() })),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        authorise(request, GROUP_PERMISSIONS['group.read']);
        return groupGraph(deps.db, request.query.day ?? today());
      },
    );

    app.get(
      '/groups/:code',
      {
        schema: {
          tags,
          summary: "A group, its relations (current and ended) and, for those who may see them, its members in the user's caseload",
          params: z.object({ code: groupCode }),
          response: {
            200: group.extend({
              relations: z.array(relation),
              members: z.array(membership.extend({ name: z.string(), centre: z.string().nullable() })).nullable(),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const principal = authorise(request, GROUP_PERMISSIONS['group.read']);
        const found = await getGroup(deps.db, request.params.code);
        const relations = (await allRelations(deps.db)).filter((r) => r.groupA === found.code || r.groupB === found.code);
        let members = null;
        if (GROUP_PERMISSIONS['membership.read'].some((role) => principal.roles.includes(role))) {
          const current = await membersOn(deps.db, found.code, today());
          const profiles = await custodyProfiles(deps.db, current.map((m) => m.person));
          members = current
            .map((m) => ({ ...m, recordedAt: m.recordedAt.toISOString(), name: profiles.get(m.person)?.name ?? m.person, centre: profiles.get(m.person)?.centre ?? null }))
            .filter((m) => m.centre === null ? principal.caseload.all : isInCaseload(principal, m.centre));
          await auditRead(deps.db, auditContext(request), { action: 'group.members_read', subjectType: 'group', subjectId: found.code, new: { members: members.length } });
        }
        return { ...found, relations: relations.map(presentRelation), members };
      },
    );

    app.post(
      '/groups',
      { schema: { tags, summary: 'Record a criminal group', body: z.object({ code: groupCode, ...groupFields }), response: { 201: group, ...errors } } },
      async (request, reply) => {
        authorise(request, GROUP_PERMISSIONS['group.manage']);
        return reply.status(201).send(await createGroup(deps.db, auditContext(request), request.body));
      },
    );

    app.put(
      '/groups/:code',
      { schema: { tags, summary: "Change a group's name, kind, parent, aliases or notes", params: z.object({ code: groupCode }), body: z.object(groupFields), response: { 200: group, ...errors } } },
      async (request) => {
        authorise(request, GROUP_PERMISSIONS['group.manage']);
        return updateGroup(deps.db, auditContext(request), request.params.code, request.body);
      },
    );

    app.post(
      '/group-relations',
      {
        schema: {
          tags,
          summary: 'Record an alliance or a rivalry between two groups (one open relation per pair)',
          body: z.object({
            groupA: groupCode,
            groupB: groupCode,
            relation: z.enum(GROUP_RELATIONS),
            since: isoDate.nullable().default(null),
            confidence: z.enum(CONFIDENCES).default('confirmed'),
            note: z.string().trim().max(1000).nullable().default(null),
          }),
          response: { 201: relation, ...errors },
        },
      },
      async (request, reply) => {
        authorise(request, GROUP_PERMISSIONS['group.manage']);
        return reply.status(201).send(presentRelation(await recordRelation(deps.db, auditContext(request), request.body)));
      },
    );

    app.post(
      '/group-relations/:id/end',
      {
        schema: {
          tags,
          summary: 'End a relation on a date (the record is kept)',
          params: z.object({ id: z.coerce.number().int().positive() }),
          body: z.object({ until: isoDate, note: z.string().trim().max(1000).nullable().default(null) }),
          response: { 200: relation, ...errors },
        },
      },
      async (request) => {
        authorise(request, GROUP_PERMISSIONS['group.manage']);
        return presentRelation(await endRelation(deps.db, auditContext(request), request.params.id, request.body.until, request.body.note));
      },
    );

    app.get(
      '/persons/:id/memberships',
      { schema: { tags, summary: "A person's group memberships, current and ended", params: z.object({ id: personId }), response: { 200: z.object({ memberships: z.array(membership.extend({ groupName: z.string() })) }), ...errors } } },
      async (request) => {
        const centre = await personCentre(request.params.id);
        authorise(request, GROUP_PERMISSIONS['membership.read'], { centre });
        const names = new Map((await listGroups(deps.db)).map((g) => [g.code, g.name]));
        const list = await membershipsOf(deps.db, request.params.id);
        await auditRead(deps.db, auditContext(request), { action: 'membership.read', subjectType: 'person', subjectId: request.params.id, centre, new: { memberships: list.length } });
        return { memberships: list.map((m) => ({ ...m, recordedAt: m.recordedAt.toISOString(), groupName: names.get(m.group) ?? m.group })) };
      },
    );

    app.post(
      '/persons/:id/memberships',
      {
        schema: {
          tags,
          summary: 'Record that a person belongs to a group, with role, since and confidence',
          params: z.object({ id: personId }),
          body: z.object({
            group: groupCode,
            role: z.enum(MEMBERSHIP_ROLES),
            since: isoDate.nullable().default(null),
            confidence: z.enum(CONFIDENCES),
            note: z.string().trim().max(1000).nullable().default(null),
          }),
          response: { 201: membership, ...errors },
        },
      },
      async (request, reply) => {
        const centre = await personCentre(request.params.id);
        authorise(request, GROUP_PERMISSIONS['membership.manage'], { centre });
        const recorded = await recordMembership(deps.db, auditContext(request), { person: request.params.id, ...request.body }, centre);
        return reply.status(201).send({ ...recorded, recordedAt: recorded.recordedAt.toISOString() });
      },
    );

    app.post(
      '/memberships/:id/end',
      {
        schema: {
          tags,
          summary: 'End a membership on a date (the record is kept)',
          params: z.object({ id: z.coerce.number().int().positive() }),
          body: z.object({ until: isoDate, note: z.string().trim().max(1000).nullable().default(null) }),
          response: { 200: membership, ...errors },
        },
      },
      async (request) => {
        const existing = await getMembership(deps.db, request.params.id);
        const centre = await personCentre(existing.person);
        authorise(request, GROUP_PERMISSIONS['membership.manage'], { centre });
        const ended = await endMembership(deps.db, auditContext(request), { id: request.params.id, ...request.body }, centre);
        return { ...ended, recordedAt: ended.recordedAt.toISOString() };
      },
    );
  };
}
