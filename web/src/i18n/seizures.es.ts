/**
 * The Spanish texts of searches and seizures (requisas y hallazgos): the reference for `seizures.en.ts`. Merged with the other
 * catalogues in `index.ts`; every key starts with `sz.` so that none repeats another's (checked below).
 */
import type { es } from './es.ts';
import type { rollEs } from './roll.es.ts';

export const seizuresEs = {
  'sz.title': '',
} as const;

export type SeizuresMessageKey = keyof typeof seizuresEs;
export type SeizuresMessages = Record<SeizuresMessageKey, string>;

/** No key of this catalogue may be one of the other catalogues' (the merge would hide it). */
type Clash = Extract<SeizuresMessageKey, keyof typeof es | keyof typeof rollEs>;
export const NO_CLASH: [Clash] extends [never] ? true : never = true;
