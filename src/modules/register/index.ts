import './errors.ts';
/** The people register: identity, custody episodes, legal status and cases, the pretrial clock, search. */
export {
  addNextOfKin,
  allPersons,
  checkPerson,
  createPerson,
  findPersons,
  insertNextOfKin,
  insertPersons,
  listNextOfKin,
  type NewPerson,
  type NextOfKin,
  type Person,
} from './persons.ts';
export {
  addCase,
  allOpenEpisodes,
  changeLegalStatus,
  closeEpisodes,
  episodesOf,
  openEpisodes,
  openEpisodesOf,
  pretrialCounts,
  pretrialEpisodesAt,
  setEpisodeCentres,
  type Case,
  type Episode,
  type NewEpisode,
} from './episodes.ts';
export { getPersonFile, type EpisodeFile, type PersonFile } from './get-person-file.ts';
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
  type Classification,
  type CustodyProfile,
} from './classification.ts';
