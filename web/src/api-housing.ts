/**
 * The client of criminal groups, memberships, non-associations, classification, the placement
 * check and cell moves, suggested cells, the power map and overrides. Every answer is checked
 * against its endpoint's response schema (request.ts); the shapes, and the web's types, are those
 * of src/modules/groups/schemas.ts, src/modules/housing/schemas.ts and the classification of
 * src/modules/register/schemas.ts — pages import their types from those files.
 */

import {
  groupGraphSchema,
  groupListSchema,
  groupMembersPageSchema,
  groupPageSchema,
  groupSchema,
  membershipSchema,
  personMembershipListSchema,
  relationSchema,
  type EndInput,
  type GroupChangesInput,
  type GroupInput,
  type GroupMembersQuery,
  type MembershipInput,
  type RelationInput,
} from '../../src/modules/groups/schemas.ts';
import {
  cellMoveListSchema,
  cellMoveSchema,
  createdNonAssociationSchema,
  nonAssociationListSchema,
  nonAssociationSchema,
  overrideListSchema,
  placementCheckSchema,
  powerMapSchema,
  suggestionsSchema,
  type CellMoveInput,
  type NonAssociationInput,
  type NonAssociationStatusInput,
} from '../../src/modules/housing/schemas.ts';
import {
  classificationFileSchema,
  classificationSchema,
  type ClassificationFile,
  type ClassificationInput,
} from '../../src/modules/register/schemas.ts';
import { listQuery } from './paging.ts';
import { get, send } from './request.ts';
import type { VULNERABILITIES } from './vocabulary.ts';

const enc = encodeURIComponent;

/** A person's classification with its history (GET /persons/:id/classification). */
export type Classification = ClassificationFile;
export type Vulnerability = (typeof VULNERABILITIES)[number];

export const housingApi = {
  groups: () => get(groupListSchema, '/groups'),
  group: (code: string) => get(groupPageSchema, `/groups/${enc(code)}`),
  /** A group's page without its members (paged by `groupMembers`). */
  groupWithoutMembers: (code: string) => get(groupPageSchema, `/groups/${enc(code)}?members=none`),
  /** A page of a group's members in the caseload, filtered and sorted (the reading is audited). */
  groupMembers: (code: string, query: GroupMembersQuery) => get(groupMembersPageSchema, `/groups/${enc(code)}/members${listQuery(query)}`),
  graph: (day?: string) => get(groupGraphSchema, `/groups/graph${day ? `?day=${enc(day)}` : ''}`),
  createGroup: (group: GroupInput) => send(groupSchema, 'POST', '/groups', group),
  updateGroup: (code: string, changes: GroupChangesInput) => send(groupSchema, 'PUT', `/groups/${enc(code)}`, changes),
  recordRelation: (relation: RelationInput) => send(relationSchema, 'POST', '/group-relations', relation),
  endRelation: (id: number, end: EndInput) => send(relationSchema, 'POST', `/group-relations/${id}/end`, end),

  memberships: (person: string) => get(personMembershipListSchema, `/persons/${enc(person)}/memberships`),
  recordMembership: (person: string, membership: MembershipInput) => send(membershipSchema, 'POST', `/persons/${enc(person)}/memberships`, membership),
  endMembership: (id: number, end: EndInput) => send(membershipSchema, 'POST', `/memberships/${id}/end`, end),

  nonAssociations: (person: string) => get(nonAssociationListSchema, `/persons/${enc(person)}/non-associations`),
  openNonAssociation: (record: NonAssociationInput) => send(createdNonAssociationSchema, 'POST', '/non-associations', record),
  setNonAssociationStatus: (id: string, change: NonAssociationStatusInput) =>
    send(nonAssociationSchema, 'POST', `/non-associations/${enc(id)}/status`, change),

  classification: (person: string) => get(classificationFileSchema, `/persons/${enc(person)}/classification`),
  classify: (person: string, change: ClassificationInput) => send(classificationSchema, 'PUT', `/persons/${enc(person)}/classification`, change),

  placementCheck: (person: string, cell: string) => get(placementCheckSchema, `/persons/${enc(person)}/placement-check?cell=${enc(cell)}`),
  moveToCell: (person: string, move: CellMoveInput) => send(cellMoveSchema, 'POST', `/persons/${enc(person)}/cell-move`, move),
  cellMoves: (person: string) => get(cellMoveListSchema, `/persons/${enc(person)}/cell-moves`),
  suggestedCells: (person: string, limit = 10) => get(suggestionsSchema, `/persons/${enc(person)}/suggested-cells?limit=${limit}`),

  powerMap: (centre: string) => get(powerMapSchema, `/centres/${enc(centre)}/power-map`),
  /** A centre's overrides since `since` (an instant; the server's default: a year). */
  overrides: (centre: string, since?: string) => get(overrideListSchema, `/centres/${enc(centre)}/overrides${since ? `?since=${enc(since)}` : ''}`),
};
