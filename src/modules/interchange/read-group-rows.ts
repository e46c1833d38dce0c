import { groupCode, registerNumber } from '../../kernel/fields.ts';
import { CONFIDENCES, GROUP_KINDS, GROUP_RELATIONS, MEMBERSHIP_ROLES, NON_ASSOCIATION_LEVELS, NON_ASSOCIATION_REASONS, NON_ASSOCIATION_ROLES } from '../../kernel/vocabulary.ts';
import type { GroupRelationRow, GroupRow, MembershipRow, NonAssociationRow } from './bundle.ts';
import { aliases, checked, date, oneOf, optional, required, text, type RowReader } from './csv-fields.ts';
import { given, LIMITS, uniqueColumn, uniquePair, type FieldsOf, type FileReader } from './read-rows.ts';

/** The rows of groups.csv, group_relations.csv, memberships.csv and non_associations.csv. */

const group = checked(groupCode);
const person = checked(registerNumber);

const GROUP_FIELDS = {
  code: required(group),
  name: required(text(LIMITS.groupName)),
  kind: required(oneOf(GROUP_KINDS)),
  parent: optional(group),
  aliases: aliases(LIMITS.groupName, LIMITS.groupAliases),
} satisfies FieldsOf<'groups'>;

function readGroup(row: RowReader): GroupRow | null {
  const v = row.read(GROUP_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, code: v.code, name: v.name, kind: v.kind, parent: v.parent, aliases: v.aliases };
}

const GROUP_RELATION_FIELDS = {
  group_a: required(group),
  group_b: required(group),
  relation: required(oneOf(GROUP_RELATIONS)),
  since: optional(date({ notFuture: true })),
} satisfies FieldsOf<'groupRelations'>;

function readGroupRelation(row: RowReader): GroupRelationRow | null {
  const v = row.read(GROUP_RELATION_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, groupA: v.group_a, groupB: v.group_b, relation: v.relation, since: v.since };
}

const MEMBERSHIP_FIELDS = {
  person: required(person),
  group: required(group),
  role: required(oneOf(MEMBERSHIP_ROLES)),
  since: optional(date({ notFuture: true })),
  confidence: required(oneOf(CONFIDENCES)),
} satisfies FieldsOf<'memberships'>;

function readMembership(row: RowReader): MembershipRow | null {
  const v = row.read(MEMBERSHIP_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, person: v.person, group: v.group, role: v.role, since: v.since, confidence: v.confidence };
}

const NON_ASSOCIATION_FIELDS = {
  person_a: required(person),
  person_b: required(person),
  reason: required(oneOf(NON_ASSOCIATION_REASONS)),
  level: required(oneOf(NON_ASSOCIATION_LEVELS)),
  // Its minimum length is the housing module's rule, checked across files with the pair.
  comment: required(text(LIMITS.comment)),
  role_a: optional(oneOf(NON_ASSOCIATION_ROLES)),
  role_b: optional(oneOf(NON_ASSOCIATION_ROLES)),
} satisfies FieldsOf<'nonAssociations'>;

function readNonAssociation(row: RowReader): NonAssociationRow | null {
  const v = row.read(NON_ASSOCIATION_FIELDS);
  if (!row.isComplete(v)) return null;
  return {
    line: row.line,
    personA: v.person_a,
    personB: v.person_b,
    reason: v.reason,
    level: v.level,
    comment: v.comment,
    roleA: given(v.role_a),
    roleB: given(v.role_b),
  };
}

export const GROUP_READER: FileReader<GroupRow> = { read: readGroup, unique: uniqueColumn('code') };
export const GROUP_RELATION_READER: FileReader<GroupRelationRow> = { read: readGroupRelation, unique: uniquePair('group_a', 'group_b') };
export const MEMBERSHIP_READER: FileReader<MembershipRow> = {
  read: readMembership,
  unique: {
    checkedAcrossRows: true,
    key: (row) => (row.raw('person') && row.raw('group') ? `${row.raw('person')}|${row.raw('group')}` : null),
    report: (row, firstLine) => row.report('group', 'IMPORT_DUPLICATE_MEMBERSHIP', { person: row.raw('person'), group: row.raw('group'), firstLine }, { keep: true }),
  },
};
export const NON_ASSOCIATION_READER: FileReader<NonAssociationRow> = { read: readNonAssociation, unique: uniquePair('person_a', 'person_b') };
