/**
 * The client of criminal groups, memberships, non-associations, classification, the placement
 * check and cell moves, suggested cells, the power map and overrides: the shapes of
 * src/modules/groups/routes.ts, src/modules/housing/routes.ts and the classification routes of
 * src/modules/register/routes.ts. Requests go through the same helper as api.ts.
 */

import { call, type RiskLevel } from './api.ts';
import type {
  CELL_MOVE_REASONS,
  CONFIDENCES,
  GROUP_KINDS,
  GROUP_RELATIONS,
  MEMBERSHIP_ROLES,
  NON_ASSOCIATION_LEVELS,
  NON_ASSOCIATION_REASONS,
  NON_ASSOCIATION_ROLES,
  VULNERABILITIES,
} from './vocabulary.ts';

const enc = encodeURIComponent;

export type GroupKind = (typeof GROUP_KINDS)[number];
export type GroupRelation = (typeof GROUP_RELATIONS)[number];
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type NonAssociationReason = (typeof NON_ASSOCIATION_REASONS)[number];
export type NonAssociationLevel = (typeof NON_ASSOCIATION_LEVELS)[number];
export type NonAssociationRole = (typeof NON_ASSOCIATION_ROLES)[number];
export type Vulnerability = (typeof VULNERABILITIES)[number];
export type CellMoveReason = (typeof CELL_MOVE_REASONS)[number];

export interface Group {
  code: string;
  name: string;
  kind: GroupKind;
  parent: string | null;
  aliases: string[];
  notes: string | null;
}

export type GroupFields = Omit<Group, 'code'>;

/** An alliance or rivalry; the pair is kept in code order (groupA < groupB). */
export interface GroupRelationRecord {
  id: number;
  groupA: string;
  groupB: string;
  relation: GroupRelation;
  since: string | null;
  /** The day it ended; null while in force. */
  until: string | null;
  confidence: Confidence;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface Membership {
  id: number;
  person: string;
  group: string;
  role: MembershipRole;
  since: string | null;
  until: string | null;
  confidence: Confidence;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface GroupDetail extends Group {
  relations: GroupRelationRecord[];
  /** Current members in the user's caseload; null for those who may not see memberships. */
  members: (Membership & { name: string; centre: string | null })[] | null;
}

export type GraphEdgeKind = GroupRelation | 'faction_of';

export interface GroupGraph {
  day: string;
  nodes: (Group & { members: number; leaders: number })[];
  /** Relations in force on the day; faction_of goes from the faction to its parent. */
  edges: { id: string; source: string; target: string; kind: GraphEdgeKind; since: string | null; confidence: Confidence | null }[];
}

export interface NonAssociationEvent {
  action: 'opened' | 'closed' | 'reopened';
  reason: string;
  at: string;
  by: string;
}

export interface NonAssociation {
  id: string;
  personA: string;
  personB: string;
  nameA: string;
  nameB: string;
  roleA: NonAssociationRole;
  roleB: NonAssociationRole;
  reason: NonAssociationReason;
  level: NonAssociationLevel;
  comment: string;
  status: 'open' | 'closed';
  createdAt: string;
  createdBy: string;
  events: NonAssociationEvent[];
}

export interface NewNonAssociation {
  personA: string;
  personB: string;
  roleA: NonAssociationRole;
  roleB: NonAssociationRole;
  reason: NonAssociationReason;
  level: NonAssociationLevel;
  comment: string;
}

export interface ClassificationRecord {
  risk: RiskLevel;
  vulnerabilities: Vulnerability[];
  reason: string;
  recordedAt: string;
  recordedBy: string;
}

export interface Classification {
  risk: RiskLevel;
  vulnerabilities: Vulnerability[];
  /** Newest first. */
  history: ClassificationRecord[];
}

/** One finding of the placement check: a stable code and a sentence in the user's language. */
export interface CheckItem {
  code: string;
  message: string;
  /** For blocking reasons: whether a director may authorise the move despite it. */
  overridable?: boolean;
}

export interface PlacementCheck {
  allowed: boolean;
  blocking: CheckItem[];
  warnings: CheckItem[];
}

export interface CellMoveRequest {
  cell: string;
  reasonCode: CellMoveReason;
  comment: string;
  /** A director's authorisation, with the blocking codes they saw. */
  override: { reason: string; codes: string[] } | null;
}

export interface CellMove {
  id: string;
  person: string;
  /** The person's name, or their register number outside the user's caseload. */
  name: string;
  centre: string;
  from: string | null;
  to: string;
  at: string;
  reasonCode: CellMoveReason;
  comment: string;
  blocking: CheckItem[];
  warnings: CheckItem[];
  overridden: boolean;
  overrideReason: string | null;
  authorisedBy: string | null;
  recordedBy: string;
}

export interface SuggestedCell {
  code: string;
  name: string;
  pavilion: string | null;
  wing: string | null;
  occupants: number;
  designCapacity: number | null;
  workingCapacity: number | null;
  maxCapacity: number | null;
  warnings: CheckItem[];
}

export interface SuggestedCells {
  person: string;
  centre: string;
  considered: number;
  /** Blocking code → cells it ruled out. */
  ruledOut: Record<string, number>;
  cells: SuggestedCell[];
}

export interface PavilionPower {
  code: string;
  name: string;
  onRoll: number;
  affiliated: number;
  groups: { code: string; name: string; members: number }[];
  dominant: { code: string; name: string; members: number; share: number } | null;
  leaders: { person: string; name: string; group: string; groupName: string; role: 'leader' | 'lieutenant' }[];
  rivals: { code: string; name: string; members: number }[];
}

export interface PowerMap {
  centre: string;
  at: string;
  pavilions: PavilionPower[];
}

export const housingApi = {
  groups: () => call<{ groups: Group[] }>('GET', '/groups'),
  group: (code: string) => call<GroupDetail>('GET', `/groups/${enc(code)}`),
  graph: (day?: string) => call<GroupGraph>('GET', `/groups/graph${day ? `?day=${enc(day)}` : ''}`),
  createGroup: (group: Group) => call<Group>('POST', '/groups', group),
  updateGroup: (code: string, fields: GroupFields) => call<Group>('PUT', `/groups/${enc(code)}`, fields),
  recordRelation: (relation: { groupA: string; groupB: string; relation: GroupRelation; since: string | null; confidence: Confidence; note: string | null }) =>
    call<GroupRelationRecord>('POST', '/group-relations', relation),
  endRelation: (id: number, until: string, note: string | null) => call<GroupRelationRecord>('POST', `/group-relations/${id}/end`, { until, note }),

  memberships: (person: string) => call<{ memberships: (Membership & { groupName: string })[] }>('GET', `/persons/${enc(person)}/memberships`),
  recordMembership: (person: string, membership: { group: string; role: MembershipRole; since: string | null; confidence: Confidence; note: string | null }) =>
    call<Membership>('POST', `/persons/${enc(person)}/memberships`, membership),
  endMembership: (id: number, until: string, note: string | null) => call<Membership>('POST', `/memberships/${id}/end`, { until, note }),

  nonAssociations: (person: string) => call<{ nonAssociations: NonAssociation[] }>('GET', `/persons/${enc(person)}/non-associations`),
  openNonAssociation: (record: NewNonAssociation) => call<NonAssociation>('POST', '/non-associations', record),
  setNonAssociationStatus: (id: string, status: 'open' | 'closed', reason: string) =>
    call<NonAssociation>('POST', `/non-associations/${enc(id)}/status`, { status, reason }),

  classification: (person: string) => call<Classification>('GET', `/persons/${enc(person)}/classification`),
  classify: (person: string, change: { risk: RiskLevel; vulnerabilities: Vulnerability[]; reason: string }) =>
    call<ClassificationRecord>('PUT', `/persons/${enc(person)}/classification`, change),

  placementCheck: (person: string, cell: string) => call<PlacementCheck>('GET', `/persons/${enc(person)}/placement-check?cell=${enc(cell)}`),
  moveToCell: (person: string, move: CellMoveRequest) => call<CellMove>('POST', `/persons/${enc(person)}/cell-move`, move),
  cellMoves: (person: string) => call<{ moves: CellMove[] }>('GET', `/persons/${enc(person)}/cell-moves`),
  suggestedCells: (person: string, limit = 10) => call<SuggestedCells>('GET', `/persons/${enc(person)}/suggested-cells?limit=${limit}`),

  powerMap: (centre: string) => call<PowerMap>('GET', `/centres/${enc(centre)}/power-map`),
  overrides: (centre: string) => call<{ overrides: CellMove[] }>('GET', `/centres/${enc(centre)}/overrides`),
};
