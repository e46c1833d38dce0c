import { defineErrors } from '../../kernel/errors.ts';

/** The intelligence module's error codes (searches and seizures), with their messages in Spanish and English. */
export const INTELLIGENCE_ERRORS = defineErrors({
  SEARCH_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe la requisa «{id}».',
    en: 'There is no search "{id}".',
  },
  SEARCH_ENDS_BEFORE_START: {
    kind: 'invalid',
    es: 'La requisa no puede terminar antes de empezar.',
    en: 'The search cannot end before it started.',
  },
  SEIZURE_IN_FUTURE: {
    kind: 'invalid',
    es: 'La hora es futura: una requisa o un hallazgo se registra cuando ya ocurrió.',
    en: 'The time is in the future: a search or a find is recorded once it has happened.',
  },
  SEARCH_RESULT_MISMATCH: {
    kind: 'invalid',
    es: 'El resultado «se hallaron objetos» requiere al menos un hallazgo, y los hallazgos solo caben con ese resultado.',
    en: 'The result "items found" needs at least one find, and finds go only with that result.',
  },
  SEIZURE_LOCATION_ELSEWHERE: {
    kind: 'not_found',
    es: 'La ubicación «{code}» no existe en el centro {centre}.',
    en: 'The location "{code}" does not exist in the centre {centre}.',
  },
  SEIZURE_PERSON_NOT_IN_CUSTODY: {
    kind: 'invalid',
    es: '{person} no estaba bajo custodia en el centro {centre} en ese momento.',
    en: '{person} was not in custody at the centre {centre} at that time.',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof INTELLIGENCE_ERRORS, true> {}
}
