/**
 * The Spanish texts of the deaths-in-custody register (registro de fallecimientos bajo custodia) and its Mandela obligations: the reference for `deaths.en.ts`. Merged with the other
 * catalogues in `index.ts`; every key starts with `death.` so that none repeats another's (checked below).
 */
import type { es } from './es.ts';
import type { rollEs } from './roll.es.ts';

export const deathsEs = {
  'death.title': '',
} as const;

export type DeathsMessageKey = keyof typeof deathsEs;
export type DeathsMessages = Record<DeathsMessageKey, string>;

/** No key of this catalogue may be one of the other catalogues' (the merge would hide it). */
type Clash = Extract<DeathsMessageKey, keyof typeof es | keyof typeof rollEs>;
export const NO_CLASH: [Clash] extends [never] ? true : never = true;
