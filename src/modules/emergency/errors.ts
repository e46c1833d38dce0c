import { defineErrors } from '../../kernel/errors.ts';

/** The emergency module's error codes, with their messages in Spanish and English. */
export const EMERGENCY_ERRORS = defineErrors({
  EMERGENCY_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe la emergencia «{id}».',
    en: 'There is no emergency "{id}".',
  },
  EMERGENCY_ACTIVE: {
    kind: 'conflict',
    es: 'El centro {centre} ya está en emergencia (declarada el {since}); ciérrela antes de declarar otra.',
    en: 'The centre {centre} is already in an emergency (declared {since}); close it before declaring another.',
  },
  EMERGENCY_CLOSED: {
    kind: 'conflict',
    es: 'La emergencia {id} está cerrada; ya no se puede modificar.',
    en: 'The emergency {id} is closed; it can no longer be changed.',
  },
  EMERGENCY_PERSON_UNKNOWN: {
    kind: 'not_found',
    es: '{id} no está en la lista de personas esperadas de esta emergencia.',
    en: '{id} is not on the list of people expected in this emergency.',
  },
  EMERGENCY_MARK_FINAL: {
    kind: 'conflict',
    es: '{id} consta como «{status}» en esta emergencia, con su movimiento registrado; no se puede cambiar aquí (registre una recaptura si corresponde).',
    en: '{id} is recorded as "{status}" in this emergency, with its movement; it cannot be changed here (record a recapture if they are found).',
  },
  EMERGENCY_LOCATION_CHANGED: {
    kind: 'conflict',
    es: 'La lista de {location} cambió mientras confirmaba: ahora quedan {unverified} personas sin verificar. No se marcó a nadie; revise la lista y confirme de nuevo.',
    en: 'The list for {location} changed while you were confirming: {unverified} people are now unverified. Nobody was marked; check the list and confirm again.',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof EMERGENCY_ERRORS, true> {}
}
