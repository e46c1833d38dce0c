import { defineErrors } from '../../kernel/errors.ts';

/** The auth module's error codes, with their messages in Spanish and English. */
export const AUTH_ERRORS = defineErrors({
  // The same answer for an unknown user, a wrong password, and a locked or disabled account.
  AUTH_INVALID_CREDENTIALS: {
    kind: 'unauthenticated',
    es: 'Usuario o contraseña incorrectos. Después de varios intentos fallidos seguidos la cuenta queda bloqueada durante un tiempo; un administrador puede desbloquearla.',
    en: 'Wrong username or password. After several failed attempts in a row the account is locked for a while; an administrator can unlock it.',
  },
  // Only to whoever gave the account's right password.
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
    es: 'La contraseña debe tener entre {min} y {max} caracteres.',
    en: 'The password must have between {min} and {max} characters.',
  },
  AUTH_COMMON_PASSWORD: {
    kind: 'invalid',
    es: 'Esa contraseña es de las más usadas, o una variante (mayúsculas, cifras o símbolos añadidos): es de las primeras que se prueban. Elija otra, por ejemplo varias palabras sin relación entre sí.',
    en: 'That password is one of the most used, or a variant of one (capitals, digits or symbols added): such passwords are tried first. Choose another, for example several unrelated words.',
  },
  AUTH_PATTERN_PASSWORD: {
    kind: 'invalid',
    es: 'La contraseña es una secuencia o una repetición de caracteres (como «aaaa», «1234», «qwerty» o «abcabc»). Elija otra.',
    en: 'The password is a sequence or a repetition of characters (like "aaaa", "1234", "qwerty" or "abcabc"). Choose another.',
  },
  AUTH_PERSONAL_PASSWORD: {
    kind: 'invalid',
    es: 'La contraseña está hecha con el nombre de usuario o el nombre de la persona. Elija otra.',
    en: "The password is made of the username or the person's name. Choose another.",
  },
  AUTH_SAME_PASSWORD: {
    kind: 'invalid',
    es: 'La nueva contraseña es igual a la actual. Elija otra.',
    en: 'The new password is the same as the current one. Choose another.',
  },
  // Every route but the password change, the current user and logout, after a reset by an administrator.
  AUTH_PASSWORD_CHANGE_REQUIRED: {
    kind: 'forbidden',
    es: 'Debe cambiar la contraseña de un solo uso que le dio el administrador antes de continuar.',
    en: 'You must change the one-time password the administrator gave you before going on.',
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
  USER_SELF_RESET: {
    kind: 'conflict',
    es: 'No puede restablecer su propia contraseña: cámbiela en «Cambiar contraseña».',
    en: 'You cannot reset your own password: change it under "Change password".',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof AUTH_ERRORS, true> {}
}
