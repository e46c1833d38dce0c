import { defineErrors } from '../../kernel/errors.ts';

/** The auth module's error codes, with their messages in Spanish and English. */
export const AUTH_ERRORS = defineErrors({
  AUTH_INVALID_CREDENTIALS: {
    kind: 'unauthenticated',
    es: 'Usuario o contraseña incorrectos.',
    en: 'Wrong username or password.',
  },
  AUTH_ACCOUNT_LOCKED: {
    kind: 'unauthenticated',
    es: 'La cuenta está bloqueada por intentos fallidos. Inténtelo de nuevo después de las {until} o pida a un administrador que la desbloquee.',
    en: 'The account is locked after failed attempts. Try again after {until} or ask an administrator to unlock it.',
  },
  AUTH_ACCOUNT_DISABLED: {
    kind: 'unauthenticated',
    es: 'La cuenta está desactivada.',
    en: 'The account is disabled.',
  },
  AUTH_WRONG_PASSWORD: {
    kind: 'invalid',
    es: 'La contraseña actual no es correcta.',
    en: 'The current password is wrong.',
  },
  AUTH_WEAK_PASSWORD: {
    kind: 'invalid',
    es: 'La contraseña debe tener al menos {min} caracteres y no puede ser igual al nombre de usuario.',
    en: 'The password must have at least {min} characters and cannot equal the username.',
  },
  USER_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe el usuario «{username}».',
    en: 'There is no user "{username}".',
  },
  USER_EXISTS: {
    kind: 'conflict',
    es: 'Ya existe el usuario «{username}».',
    en: 'The user "{username}" already exists.',
  },
  USER_UNKNOWN_ROLE: {
    kind: 'invalid',
    es: 'Rol desconocido «{role}». Roles válidos: {roles}.',
    en: 'Unknown role "{role}". Valid roles: {roles}.',
  },
  USER_SELF_LOCKOUT: {
    kind: 'conflict',
    es: 'No puede quitarse a sí mismo el rol de administrador.',
    en: 'You cannot remove the administrator role from yourself.',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof AUTH_ERRORS, true> {}
}
