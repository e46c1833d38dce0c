import './errors.ts';
/** Movements and the establishment roll: who is where, now and at any past time. */
export { admitPerson, type AdmissionInput } from './admit-person.ts';
export { recordMovement, releasePerson, resolveTarget, type MovementInput, type MovementOptions, type PlacementGuard } from './record-movement.ts';
export { applyMovements } from './apply-movements.ts';
export { planMovements, type KnownState, type MovementPlan } from './plan-movements.ts';
export { nextState, TARGET_RULE, type PersonState, type ResolvedMovement } from './transitions.ts';
export { resolveTargets, type Target } from './resolve-targets.ts';
export { computeRoll, computeRollAt, type RollCentre, type RollLine, type RollReport } from './compute-roll.ts';
export { centreTree, locationView, unplacedAt, whereabouts, type CentreTree, type Occupant } from './centre-view.ts';
export {
  allMovements,
  countAtLocations as occupancyOf,
  loadStates,
  occupantsOfCentre,
  openStaysFor,
  type MovementRecord,
  type Occupancy,
} from './repository.ts';
export { ROLL_PERMISSIONS } from './policy.ts';
export { notifyRollChanged, onRollChanged, type RollChange } from './roll-events.ts';
export { closeEmergency, declareEmergency, declareEscapes, markPerson, type Mark } from './emergency.ts';
export {
  activeEmergency,
  findOnList,
  getEmergency,
  listEmergencies,
  type Emergency,
  type EmergencyCounts,
  type EmergencyDetail,
  type EmergencySummary,
  type ListedPerson,
} from './emergency-queries.ts';
export { missingPeople, type MissingList, type MissingPerson } from './missing.ts';
export {
  assessCount,
  closeCount,
  enterCount,
  lineStatus,
  markPeople,
  reconcileLine,
  startCount,
  type CountKind,
  type CountLine,
  type CountSession,
  type CountTotals,
  type LineStatus,
} from './counts.ts';
export { getCount, getCountLine, linePeople, listCounts, rollSheet, type CountDetail, type CountLineView } from './count-queries.ts';
