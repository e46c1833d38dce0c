import { defineErrors } from '../kernel/errors.ts';

/** The database layer's error codes (backup and restore), with their messages in Spanish and English. */
export const DB_ERRORS = defineErrors({
  BACKUP_FILE_EXISTS: {
    kind: 'conflict',
    es: 'El archivo {file} ya existe; una copia de seguridad nunca sobrescribe otro archivo.',
    en: 'The file {file} already exists; a backup never overwrites another file.',
  },
  BACKUP_FILE_MISSING: {
    kind: 'not_found',
    es: 'No existe el archivo de copia de seguridad {file}.',
    en: 'There is no backup file {file}.',
  },
  BACKUP_FILE_UNKNOWN: {
    kind: 'invalid',
    es: 'El archivo {file} no es una copia de seguridad de Custodia (ni de PGlite ni de pg_dump).',
    en: 'The file {file} is not a Custodia backup (neither PGlite nor pg_dump).',
  },
  BACKUP_ENGINE_MISMATCH: {
    kind: 'invalid',
    es: 'El archivo {file} es una copia del motor {kind} y el destino usa {wanted}.',
    en: 'The file {file} is a backup of the {kind} engine and the target uses {wanted}.',
  },
  BACKUP_NO_DATABASE: {
    kind: 'not_found',
    es: 'No hay una base de datos en {target}.',
    en: 'There is no database at {target}.',
  },
  BACKUP_TARGET_NOT_EMPTY: {
    kind: 'conflict',
    es: 'El destino {target} no está vacío; la restauración solo escribe en una base de datos vacía.',
    en: 'The target {target} is not empty; a restore only writes into an empty database.',
  },
  BACKUP_TOOL_FAILED: {
    kind: 'internal',
    es: '{tool} falló: {detail}',
    en: '{tool} failed: {detail}',
  },
});

declare module '../kernel/errors.ts' {
  // Merges this layer's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof DB_ERRORS, true> {}
}
