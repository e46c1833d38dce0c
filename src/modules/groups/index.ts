import './errors.ts';
/** Criminal groups: organisations, their alliances and rivalries, and people's memberships. */
export {
  allRelations,
  checkGroups,
  createGroup,
  endRelation,
  getGroup,
  insertGroups,
  insertRelations,
  listGroups,
  orderedPair,
  recordRelation,
  relationsOn,
  updateGroup,
  type Group,
  type NewGroup,
  type NewRelation,
  type Relation,
} from './groups.ts';
export {
  allMemberships,
  endMembership,
  getMembership,
  insertMemberships,
  membersOn,
  membershipsOf,
  recordMembership,
  rolesOn,
  type Membership,
  type NewMembership,
} from './memberships.ts';
export { readGroupGraph, readGroupPage } from './read-groups.ts';
export { groupMemberIds, listGroupMembers } from './list-members.ts';
export { endMembershipOf, readMembershipsOf, recordMembershipOf } from './manage-memberships.ts';
export { countMembers, type GroupCounts } from './count-members.ts';
export { GroupRelations } from './rivalry.ts';
export { selectGroupHistory as readGroupHistory, type GroupHistoryRows } from './repository.ts';
export { GROUP_PERMISSIONS } from './policy.ts';
