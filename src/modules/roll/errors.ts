import { defineErrors } from '../../kernel/errors.ts';

/** The roll module's error codes, with their messages in Spanish and English. */
export const ROLL_ERRORS = defineErrors({
  MOVEMENT_INVALID: {
    kind: 'conflict',
    es: 'Movimiento «{type}» imposible para {id}: {detail}',
    en: 'Movement "{type}" is impossible for {id}: {detail}',
  },
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
  COUNT_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe el conteo «{id}».',
    en: 'There is no count "{id}".',
  },
  COUNT_CLOSED: {
    kind: 'conflict',
    es: 'El conteo «{id}» ya está cerrado.',
    en: 'The count "{id}" is already closed.',
  },
  COUNT_ALREADY_OPEN: {
    kind: 'conflict',
    es: 'Ya hay un conteo abierto en {centre} desde {since}; ciérrelo antes de empezar otro.',
    en: 'A count is already open at {centre} since {since}; close it before starting another.',
  },
  COUNT_UNRECONCILED: {
    kind: 'conflict',
    es: 'No se puede cerrar el conteo. Sin contar: {pending}. Diferencias sin conciliar: {unreconciled}.',
    en: 'Cannot close the count. Not counted: {pending}. Unreconciled discrepancies: {unreconciled}.',
  },
  COUNT_LINE_UNKNOWN: {
    kind: 'not_found',
    es: 'El conteo no tiene la ubicación «{location}».',
    en: 'The count has no location "{location}".',
  },
  COUNT_PERSON_NOT_EXPECTED: {
    kind: 'invalid',
    es: '{person} no figuraba en «{location}» al empezar el conteo; cuente por número y explique la diferencia.',
    en: '{person} was not listed at "{location}" when the count started; count by number and explain the discrepancy.',
  },
  COUNT_NOTHING_TO_RECONCILE: {
    kind: 'conflict',
    es: 'La ubicación «{location}» no tiene una diferencia que conciliar ({status}).',
    en: 'The location "{location}" has no discrepancy to reconcile ({status}).',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof ROLL_ERRORS, true> {}
}
