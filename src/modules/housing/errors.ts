import { defineErrors } from '../../kernel/errors.ts';

/** The housing module's error codes, with their messages in Spanish and English. */
export const HOUSING_ERRORS = defineErrors({
  NON_ASSOCIATION_EXISTS: {
    kind: 'conflict',
    es: 'Ya hay una no asociación abierta entre {a} y {b}; solo puede haber una por pareja.',
    en: 'There is already an open non-association between {a} and {b}; there can be only one per pair.',
  },
  NON_ASSOCIATION_INVALID: {
    kind: 'invalid',
    es: 'No asociación no válida: {detail}',
    en: 'Invalid non-association: {detail}',
  },
  NON_ASSOCIATION_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe la no asociación {id}.',
    en: 'There is no non-association {id}.',
  },
  NON_ASSOCIATION_STATE: {
    kind: 'conflict',
    es: 'La no asociación {id} ya está {status}.',
    en: 'The non-association {id} is already {status}.',
  },
  PLACEMENT_NOT_A_CELL: {
    kind: 'invalid',
    es: '«{code}» no es una celda ni una unidad con camas ({kind}).',
    en: '"{code}" is not a cell or a unit with beds ({kind}).',
  },
  PLACEMENT_BLOCKED: {
    kind: 'conflict',
    es: 'Movimiento bloqueado: {reasons} Solo un director del centro puede autorizarlo, indicando el motivo.',
    en: 'Move blocked: {reasons} Only a director of the centre can authorise it, giving a reason.',
  },
  PLACEMENT_REFUSED: {
    kind: 'conflict',
    es: 'Ubicación no permitida: {reasons} Si un director debe autorizarlo, registre el cambio desde la pantalla de cambio de celda.',
    en: 'Placement not allowed: {reasons} If a director is to authorise it, record it from the cell-move screen.',
  },
  PLACEMENT_OVERRIDE_FORBIDDEN: {
    kind: 'forbidden',
    es: 'Solo un director del centro puede autorizar un movimiento bloqueado.',
    en: 'Only a director of the centre can authorise a blocked move.',
  },
  PLACEMENT_OVERRIDE_REASON_REQUIRED: {
    kind: 'invalid',
    es: 'Para autorizar un movimiento bloqueado hace falta un motivo (al menos 10 caracteres).',
    en: 'Authorising a blocked move needs a reason (at least 10 characters).',
  },
  PLACEMENT_CHANGED: {
    kind: 'conflict',
    es: 'La situación cambió mientras se decidía: {reasons} Revise la comprobación y vuelva a intentarlo.',
    en: 'The situation changed while the move was being decided: {reasons} Review the check and try again.',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof HOUSING_ERRORS, true> {}
}
