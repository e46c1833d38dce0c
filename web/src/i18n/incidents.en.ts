import type { IncidentsMessages } from './incidents.es.ts';

/** The English texts of incident reports: every key of the Spanish ones. */
export const incidentsEn: IncidentsMessages = {
  'inc.title': '',
};
