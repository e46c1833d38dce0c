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
  type PersonToRegister,
} from './persons.ts';
export { formatRegisterNumber, issueRegisterNumber } from './register-numbers.ts';
export { describePerson } from './describe-person.ts';
export { personsWithPhotos, readPhoto, recordPhoto } from './person-photo.ts';
export { addMonths, releaseDate, sentenceOf } from './release-date.ts';
export { addNextOfKin } from './add-next-of-kin.ts';
export {
  allOpenEpisodes,
  closeEpisodes,
  episodesOf,
  insertEpisodeRecords,
  insertLegalStatusChanges,
  openEpisodeRecords,
  openEpisodesOf,
  pretrialCounts,
  pretrialEpisodesAt,
  selectLegalHistory as readLegalHistory,
  type LegalHistoryRows,
  setEpisodeCentres,
  type Case,
  type Episode,
  type NewEpisode,
  type NewLegalStatusChange,
} from './repository.ts';
export { openEpisodes } from './open-episodes.ts';
export { pagePersonsAmong } from './page-persons.ts';
export { addCase } from './add-case.ts';
export { changeLegalStatus } from './change-legal-status.ts';
export { checkLegalDate } from './legal-dates.ts';
export { findCustody, isPersonVisible } from './find-custody.ts';
export { getPersonFile, readPersonFile, type EpisodeFile, type MovementRecord, type PersonFile, type Whereabouts } from './get-person-file.ts';
export { searchPersons, searchPersonsPage, type PersonMatch } from './search-persons.ts';
export { pretrialClock, pretrialLimitMonths, type PretrialClock } from './pretrial-clock.ts';
export { listPretrialDue } from './list-pretrial-due.ts';
export { normaliseForSearch } from './search-text.ts';
export { REGISTER_PERMISSIONS } from './policy.ts';
export { selectPretrialSpans as readPretrialSpans, type PretrialSpan } from './repository.ts';
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
