import { z } from 'zod';
import { centreCode, groupCode, instantText, isoDate, line, note, registerNumber } from '../../kernel/fields.ts';
import { enumList, pageQueryFields, pageSchema } from '../../kernel/paging.ts';
import { CONFIDENCES, GROUP_KINDS, GROUP_RELATIONS, MEMBERSHIP_ROLES } from '../../kernel/vocabulary.ts';

/**
 * Every request and response shape of the groups API: criminal groups, their relations, the
 * group graph, memberships. Browser-safe (zod and the kernel only): the routes validate with
 * these and the web derives its types from them.
 */

const NAME_MAX = 120;
const NOTE_MAX = 1000;

// Parameters and queries

export const groupParamsSchema = z.object({ code: groupCode });
export const personParamsSchema = z.object({ id: registerNumber });
export const recordIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const groupGraphInputSchema = z.object({ day: isoDate().optional() });
export type GroupGraphInput = z.input<typeof groupGraphInputSchema>;

// Groups

/** What may be changed of a group. */
export const groupChangesInputSchema = z.object({
  name: line(NAME_MAX),
  kind: z.enum(GROUP_KINDS),
  parent: groupCode.nullable().default(null),
  aliases: z.array(line(NAME_MAX)).max(30).default([]),
  notes: note(0, 2000).nullable().default(null),
});
export type GroupChangesInput = z.input<typeof groupChangesInputSchema>;

export const groupInputSchema = groupChangesInputSchema.extend({ code: groupCode });
export type GroupInput = z.input<typeof groupInputSchema>;

export const groupSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(GROUP_KINDS),
  parent: z.string().nullable(),
  aliases: z.array(z.string()),
  notes: z.string().nullable(),
});
export type GroupView = z.infer<typeof groupSchema>;

export const groupListSchema = z.object({ groups: z.array(groupSchema) });
export type GroupList = z.infer<typeof groupListSchema>;

/**
 * Whose members a count covers: `national` (every membership in force: users whose caseload is
 * national) or `caseload` (only members now in custody at a centre of the caller's caseload, the
 * same people the group's page lists).
 */
export const countScopeSchema = z.enum(['national', 'caseload']);
export type CountScope = z.infer<typeof countScopeSchema>;

export const memberCountsSchema = z.object({ members: z.number(), leaders: z.number(), scope: countScopeSchema });
export type MemberCounts = z.infer<typeof memberCountsSchema>;

// Relations

export const relationInputSchema = z.object({
  groupA: groupCode,
  groupB: groupCode,
  relation: z.enum(GROUP_RELATIONS),
  since: isoDate().nullable().default(null),
  confidence: z.enum(CONFIDENCES).default('confirmed'),
  note: note(0, NOTE_MAX).nullable().default(null),
});
export type RelationInput = z.input<typeof relationInputSchema>;

/** Ending a relation or a membership: the day, and a note. */
export const endInputSchema = z.object({ until: isoDate(), note: note(0, NOTE_MAX).nullable().default(null) });
export type EndInput = z.input<typeof endInputSchema>;

/** What relations and memberships both carry: when they held, how sure it is, who recorded it. */
const recordedFields = {
  id: z.number(),
  since: z.string().nullable(),
  until: z.string().nullable(),
  confidence: z.enum(CONFIDENCES),
  note: z.string().nullable(),
  recordedAt: instantText,
  recordedBy: z.string(),
};

export const relationSchema = z.object({ ...recordedFields, groupA: z.string(), groupB: z.string(), relation: z.enum(GROUP_RELATIONS) });
export type RelationView = z.infer<typeof relationSchema>;

// The graph

export const graphNodeSchema = groupSchema.extend({ members: z.number(), leaders: z.number() });
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  kind: z.enum(['rival', 'allied', 'faction_of']),
  since: z.string().nullable(),
  confidence: z.string().nullable(),
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

/** The network of groups on a day; the nodes' member and leader counts cover `countScope`. */
export const groupGraphSchema = z.object({
  day: z.string(),
  countScope: countScopeSchema,
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});
export type GroupGraphView = z.infer<typeof groupGraphSchema>;

// Memberships

export const membershipInputSchema = z.object({
  group: groupCode,
  role: z.enum(MEMBERSHIP_ROLES),
  since: isoDate().nullable().default(null),
  confidence: z.enum(CONFIDENCES),
  note: note(0, NOTE_MAX).nullable().default(null),
});
export type MembershipInput = z.input<typeof membershipInputSchema>;

export const membershipSchema = z.object({ ...recordedFields, person: z.string(), group: z.string(), role: z.enum(MEMBERSHIP_ROLES) });
export type MembershipView = z.infer<typeof membershipSchema>;

/** A member as the group's page lists them: in custody in the caller's caseload. */
export const groupMemberSchema = membershipSchema.extend({ name: z.string(), centre: z.string().nullable() });
export type GroupMember = z.infer<typeof groupMemberSchema>;

/**
 * A group's page: the group, its relations (current and ended), its member and leader counts in
 * the caller's scope, and — for those who may read memberships — its members in the caseload.
 */
export const groupPageSchema = groupSchema.extend({
  relations: z.array(relationSchema),
  counts: memberCountsSchema,
  members: z.array(groupMemberSchema).nullable(),
});
export type GroupPage = z.infer<typeof groupPageSchema>;

/** `GET /groups/:code?members=none`: the page without its members (the screen pages them through `/members`); `members` is then null. */
export const groupPageQuerySchema = z.object({ members: z.enum(['all', 'none']).default('all') });

/** How a group's members can be sorted. */
export const GROUP_MEMBER_SORTS = ['name', 'id', 'role', 'centre', 'since', 'confidence'] as const;
export type GroupMemberSort = (typeof GROUP_MEMBER_SORTS)[number];

/**
 * `GET /groups/:code/members`: the group's members in custody today in the caller's caseload, a
 * page at a time, filtered by centre, role and confidence (the reading is audited).
 */
export const groupMembersQuerySchema = z.object({
  ...pageQueryFields(GROUP_MEMBER_SORTS, 'role'),
  centre: z.preprocess((v) => (v === '' ? undefined : v), centreCode.optional()),
  role: enumList(MEMBERSHIP_ROLES),
  confidence: enumList(CONFIDENCES),
});
/** What a client may send (every field optional; the server fills in the defaults). */
export type GroupMembersQuery = Partial<z.output<typeof groupMembersQuerySchema>>;

export const groupMembersPageSchema = pageSchema(groupMemberSchema);
export type GroupMembersPage = z.infer<typeof groupMembersPageSchema>;

export const personMembershipListSchema = z.object({ memberships: z.array(membershipSchema.extend({ groupName: z.string() })) });
export type PersonMembershipList = z.infer<typeof personMembershipListSchema>;
