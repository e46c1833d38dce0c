import './errors.ts';
/** Searches (requisas) and seizures (hallazgos): recorded with their finds, listed, summed per pavilion. */
export { recordSearch } from './record-search.ts';
export { recordSeizure } from './record-seizure.ts';
export { getSearch } from './get-search.ts';
export { listSearches } from './list-searches.ts';
export { listSeizures } from './list-seizures.ts';
export { summariseSeizures } from './summarise-seizures.ts';
export { seizuresInPeriod, type PeriodSeizure } from './seizures-in-period.ts';
export { INTELLIGENCE_PERMISSIONS, WEAPON_ITEMS } from './policy.ts';
export { allSeizuresForExport, insertImportedSearches, insertImportedSeizures, takenSeizureIds, type ImportedSearch, type InterchangeSeizure } from './interchange.ts';
