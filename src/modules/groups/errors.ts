import { defineErrors } from '../../kernel/errors.ts';

/** The groups module's error codes, with their messages in Spanish and English. */
export const GROUPS_ERRORS = defineErrors({
  GROUP_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe el grupo «{code}».',
    en: 'There is no group "{code}".',
  },
  GROUP_EXISTS: {
    kind: 'conflict',
    es: 'Ya existe un grupo con el código «{code}».',
    en: 'A group with the code "{code}" already exists.',
  },
  GROUP_INVALID: {
    kind: 'invalid',
    es: 'Grupo no válido: {detail}',
    en: 'Invalid group: {detail}',
  },
  GROUP_RELATION_EXISTS: {
    kind: 'conflict',
    es: 'Ya hay una relación abierta entre «{a}» y «{b}» ({relation}); ciérrela antes de registrar otra.',
    en: 'There is already an open relation between "{a}" and "{b}" ({relation}); end it before recording another.',
  },
  GROUP_RELATION_NOT_FOUND: {
    kind: 'not_found',
    es: 'No hay una relación abierta con el identificador {id}.',
    en: 'There is no open relation with the identifier {id}.',
  },
  MEMBERSHIP_EXISTS: {
    kind: 'conflict',
    es: '{person} ya figura como miembro abierto de «{group}»; cierre esa pertenencia antes de registrar otra.',
    en: '{person} already has an open membership of "{group}"; end it before recording another.',
  },
  MEMBERSHIP_NOT_FOUND: {
    kind: 'not_found',
    es: 'No hay una pertenencia abierta con el identificador {id}.',
    en: 'There is no open membership with the identifier {id}.',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof GROUPS_ERRORS, true> {}
}
