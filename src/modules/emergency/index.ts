import './errors.ts';
/** Emergency mode of a centre (the roll frozen at declaration, verified person by person) and the missing list. */
export { declareEmergency } from './declare-emergency.ts';
export { markPerson, type Mark } from './mark-person.ts';
export { declareEscapes } from './declare-escapes.ts';
export { closeEmergency } from './close-emergency.ts';
export {
  activeEmergency,
  findEmergency,
  getEmergency,
  listEmergencies,
  type AbsentPerson,
  type EmergencyDetail,
  type ListedPerson,
} from './get-emergency.ts';
export { findOnList, matchScore } from './find-on-list.ts';
export { ageAt, missingPeople, type MissingOptions } from './missing-people.ts';
export { verifyLocation } from './verify-location.ts';
export { EMERGENCY_PERMISSIONS } from './policy.ts';
export type { Emergency } from './repository.ts';
export type { EmergencyCounts, EmergencySummary } from './summarise.ts';
export type { MissingList, MissingPerson } from './schemas.ts';
