import { defineErrors } from '../../kernel/errors.ts';

/** The roll module's error codes, with their messages in Spanish and English. */
export const ROLL_ERRORS = defineErrors({
  MOVEMENT_INVALID: {
    kind: 'conflict',
    es: 'Movimiento «{type}» imposible para {id}: {detail}',
    en: 'Movement "{type}" is impossible for {id}: {detail}',
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
