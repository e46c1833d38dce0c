import { defineErrors } from '../../kernel/errors.ts';

/** The register module's error codes, with their messages in Spanish and English. */
export const REGISTER_ERRORS = defineErrors({
  PERSON_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe la persona «{id}».',
    en: 'There is no person "{id}".',
  },
  PERSON_EXISTS: {
    kind: 'conflict',
    es: 'Ya existe la persona «{id}».',
    en: 'The person "{id}" already exists.',
  },
  PERSON_NATIONAL_ID_TAKEN: {
    kind: 'conflict',
    es: 'El documento de identidad {nationalId} ya está registrado a la persona {holder}. Si es la misma persona, ingrésela con el número de registro {holder}.',
    en: 'The national ID {nationalId} is already registered to {holder}. If this is the same person, admit them with the register number {holder}.',
  },
  PERSON_INVALID: {
    kind: 'invalid',
    es: 'Datos de la persona no válidos: {detail}',
    en: 'Invalid person data: {detail}',
  },
  PERSON_IN_CUSTODY: {
    kind: 'conflict',
    es: '{id} ya está bajo custodia en {centre} desde {since}.',
    en: '{id} is already in custody at {centre} since {since}.',
  },
  PERSON_NOT_IN_CUSTODY: {
    kind: 'conflict',
    es: '{id} no está bajo custodia.',
    en: '{id} is not in custody.',
  },
  PHOTO_INVALID: {
    kind: 'invalid',
    es: 'La fotografía debe ser una imagen JPEG, PNG o WebP.',
    en: 'The photograph must be a JPEG, PNG or WebP image.',
  },
  PHOTO_TOO_LARGE: {
    kind: 'invalid',
    es: 'La fotografía pesa más de {max}: redúzcala antes de subirla.',
    en: 'The photograph is larger than {max}: make it smaller before uploading it.',
  },
  PHOTO_NOT_FOUND: {
    kind: 'not_found',
    es: 'No hay fotografía de «{id}».',
    en: 'There is no photograph of "{id}".',
  },
  LEGAL_DATE_TOO_LATE: {
    kind: 'invalid',
    es: 'La fecha {date} de «{field}» es posterior al {limit}: no puede ser posterior al día del ingreso o del cambio que registra.',
    en: 'The date {date} in "{field}" is after {limit}: it cannot be later than the day of the admission or change it records.',
  },
  LEGAL_DATE_BEFORE_BIRTH: {
    kind: 'invalid',
    es: 'La fecha {date} de «{field}» es anterior al nacimiento de la persona ({birthDate}).',
    en: 'The date {date} in "{field}" is before the person was born ({birthDate}).',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof REGISTER_ERRORS, true> {}
}
