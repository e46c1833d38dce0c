import './errors.ts';
/** The people register: identity, custody episodes, legal status and cases, the pretrial clock, search. */
export {
  allPersons,
  checkPerson,
  createPerson,
  findPersons,
  insertNextOfKin,
  insertPersons,
  listNextOfKin,
  namesOf,
  type NewPerson,
  type NextOfKin,
  type Person,
  type PersonNames,
} from './persons.ts';
export { addNextOfKin } from './add-next-of-kin.ts';
export {
  allOpenEpisodes,
  closeEpisodes,
  episodesOf,
  openEpisodesOf,
  pretrialCounts,
  pretrialEpisodesAt,
  setEpisodeCentres,
  type Case,
  type Episode,
  type NewEpisode,
} from './repository.ts';
export { openEpisodes } from './open-episodes.ts';
export { addCase } from './add-case.ts';
export { changeLegalStatus } from './change-legal-status.ts';
export { checkLegalDate } from './legal-dates.ts';
export { findCustody, isPersonVisible } from './find-custody.ts';
export { getPersonFile, readPersonFile, type EpisodeFile, type MovementRecord, type PersonFile, type Whereabouts } from './get-person-file.ts';
export { searchPersons, type PersonMatch } from './search-persons.ts';
export { pretrialClock, pretrialLimitMonths, type PretrialClock } from './pretrial-clock.ts';
export { normaliseForSearch } from './search-text.ts';
export { REGISTER_PERMISSIONS } from './policy.ts';
export {
  centreOfPerson,
  classificationHistory,
  classifyPerson,
  custodyProfiles,
  custodyProfilesAtCentre,
  getClassification,
  type Classification,
  type CustodyProfile,
} from './classification.ts';
