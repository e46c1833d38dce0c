import type { DeathsMessages } from './deaths.es.ts';

/** The English texts of the deaths-in-custody register: every key of the Spanish ones. */
export const deathsEn: DeathsMessages = {
  'death.title': '',
};
