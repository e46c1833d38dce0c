import { defineErrors } from '../../kernel/errors.ts';

/** The roll module's error codes, with their messages in Spanish and English. */
export const ROLL_ERRORS = defineErrors({
  MOVEMENT_INVALID: {
    kind: 'conflict',
    es: 'Movimiento «{type}» imposible para {id}: {detail}',
    en: 'Movement "{type}" is impossible for {id}: {detail}',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof ROLL_ERRORS, true> {}
}
