import './errors.ts';
/** Movements and the establishment roll: who is where, now and at any past time. */
export { admitPerson, admitPersonFor, type AdmissionInput } from './admit-person.ts';
export { FUTURE_SLACK_MS, recordMovement, releasePerson, resolveTarget, type MovementInput, type MovementOptions } from './record-movement.ts';
export { recordPersonMovement, type CellMove, type MovementDeps } from './record-person-movement.ts';
export { applyMovements, type PlacementCheck, type PlacementGuard } from './apply-movements.ts';
export { planMovements, type KnownState, type MovementPlan } from './plan-movements.ts';
export { nextState, TARGET_RULE, type PersonState, type ResolvedMovement } from './transitions.ts';
export { MOVEMENT_WORDS } from './movement-words.ts';
export { resolveTargets, type Target } from './resolve-targets.ts';
export { computeRoll, computeRollAt, type RollCentre, type RollLine, type RollReport } from './compute-roll.ts';
export { centreTree, locationView, unplacedAt, whereabouts, type CentreTree, type Occupant } from './centre-view.ts';
export {
  allMovements,
  countAtLocations as occupancyOf,
  loadStates,
  occupantsOfCentre,
  openStaysFor,
  findStays,
  selectRollHistory as readRollHistory,
  type StayInterval,
  type MovementEvent,
  type StayQuery,
  type MovementRecord,
  type Occupancy,
} from './repository.ts';
export { MOVEMENT_PERMISSION, ROLL_PERMISSIONS } from './policy.ts';
export {
  selectFirstStay as firstStayStart,
  selectRollDeltas as readRollDeltas,
  selectStatsHistory as readStatsHistory,
  type RollDelta,
  type StatsMovement,
  type StatsStay,
} from './repository.ts';
export { listDeaths, type DeathFilter, type DeathMovement } from './list-deaths.ts';
export { notifyRollChanged, onRollChanged, type RollChange } from './roll-events.ts';
