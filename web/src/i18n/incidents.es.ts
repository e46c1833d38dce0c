/**
 * The Spanish texts of incident reports (partes de incidente): lists, the first report, the report page and its workflow: the reference for `incidents.en.ts`. Merged with the other
 * catalogues in `index.ts`; every key starts with `inc.` so that none repeats another's (checked below).
 */
import type { es } from './es.ts';
import type { rollEs } from './roll.es.ts';

export const incidentsEs = {
  'inc.title': '',
} as const;

export type IncidentsMessageKey = keyof typeof incidentsEs;
export type IncidentsMessages = Record<IncidentsMessageKey, string>;

/** No key of this catalogue may be one of the other catalogues' (the merge would hide it). */
type Clash = Extract<IncidentsMessageKey, keyof typeof es | keyof typeof rollEs>;
export const NO_CLASH: [Clash] extends [never] ? true : never = true;
