import { defineErrors } from '../../kernel/errors.ts';

/** The audit module's error codes, with their messages in Spanish and English. */
export const AUDIT_ERRORS = defineErrors({
  AUDIT_MISSING: {
    kind: 'internal',
    es: 'Una escritura terminó sin su registro de auditoría; no se guardó nada.',
    en: 'A write finished without its audit entry; nothing was saved.',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof AUDIT_ERRORS, true> {}
}
