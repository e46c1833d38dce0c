import { defineErrors } from '../../kernel/errors.ts';

/** The counts module's error codes, with their messages in Spanish and English. */
export const COUNT_ERRORS = defineErrors({
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
  interface ModuleErrorCodes extends Record<keyof typeof COUNT_ERRORS, true> {}
}
