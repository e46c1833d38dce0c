import type { SeizuresMessages } from './seizures.es.ts';

/** The English texts of searches and seizures: every key of the Spanish ones. */
export const seizuresEn: SeizuresMessages = {
  'sz.title': '',
};
