import { defineErrors } from '../../kernel/errors.ts';

/** The audit module's error codes, with their messages in Spanish and English. */
export const AUDIT_ERRORS = defineErrors({
  AUDIT_MISSING: {
    kind: 'internal',
    es: 'Una escritura terminó sin su registro de auditoría; no se guardó nada.',
    en: 'A write finished without its audit entry; nothing was saved.',
  },
  AUDIT_UNPROTECTED: {
    kind: 'internal',
    es: 'El registro de auditoría no está protegido contra cambios ({detail}); Custodia no funciona así.',
    en: 'The audit log is not protected against changes ({detail}); Custodia does not run like this.',
  },
  AUDIT_KEY_MISSING: {
    kind: 'invalid',
    es: 'No existe el archivo de clave {file}.',
    en: 'The key file {file} does not exist.',
  },
  AUDIT_KEY_EXISTS: {
    kind: 'conflict',
    es: 'El archivo {file} ya existe; no se sobrescribe una clave.',
    en: 'The file {file} already exists; a key is never overwritten.',
  },
  AUDIT_KEY_EXPOSED: {
    kind: 'invalid',
    es: 'Otros usuarios pueden leer la clave {file}: déjela legible solo por su dueño (chmod 600).',
    en: 'Other users can read the key {file}: make it readable by its owner only (chmod 600).',
  },
  AUDIT_KEY_INVALID: {
    kind: 'invalid',
    es: '{file} no es una clave Ed25519.',
    en: '{file} is not an Ed25519 key.',
  },
  AUDIT_CHECKPOINT_FILE_INVALID: {
    kind: 'invalid',
    es: 'El archivo de puntos de control {file} no se puede leer (línea {line}).',
    en: 'The checkpoint file {file} cannot be read (line {line}).',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof AUDIT_ERRORS, true> {}
}
