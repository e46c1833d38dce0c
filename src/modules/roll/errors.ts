import { defineErrors } from '../../kernel/errors.ts';

/** The roll module's error codes, with their messages in Spanish and English. */
export const ROLL_ERRORS = defineErrors({
  MOVEMENT_INVALID: {
    kind: 'conflict',
    es: 'No se puede registrar {type} de {id}: {detail}.',
    en: 'Cannot record {type} for {id}: {detail}.',
  },
  MOVEMENT_BEFORE_LAST: {
    kind: 'conflict',
    es: 'La hora es anterior al último movimiento registrado de {id} ({last}): un movimiento no puede ir antes.',
    en: 'The time is before the last movement recorded for {id} ({last}): a movement cannot come before it.',
  },
  MOVEMENT_IN_FUTURE: {
    kind: 'invalid',
    es: 'La hora es futura: un movimiento se registra cuando ocurre (se admiten {minutes} minutos de adelanto como máximo).',
    en: 'The time is in the future: a movement is recorded when it happens ({minutes} minutes ahead at most).',
  },
  TRANSFER_DESTINATION_FORBIDDEN: {
    kind: 'forbidden',
    es: 'No puede trasladar a {to}: un traslado lo registra alguien con permiso de traslado y el centro de destino en su ámbito.',
    en: 'You cannot transfer to {to}: a transfer is recorded by someone with transfer rights and the receiving centre in their caseload.',
  },
  RECAPTURE_ELSEWHERE: {
    kind: 'forbidden',
    es: 'Una recaptura devuelve a la persona a {centre}, el centro del que se evadió. Llevarla a {to} es un traslado: lo registra alguien con permiso de traslado y {to} en su ámbito.',
    en: 'A recapture returns the person to {centre}, the centre they escaped from. Taking them to {to} is a transfer: someone with transfer rights and {to} in their caseload records it.',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof ROLL_ERRORS, true> {}
}
