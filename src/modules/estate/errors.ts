import { defineErrors } from '../../kernel/errors.ts';

/** The estate module's error codes, with their messages in Spanish and English. */
export const ESTATE_ERRORS = defineErrors({
  CENTRE_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe el centro «{code}».',
    en: 'There is no centre "{code}".',
  },
  CENTRE_EXISTS: {
    kind: 'conflict',
    es: 'Ya existe el centro «{code}».',
    en: 'The centre "{code}" already exists.',
  },
  LOCATION_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe la ubicación «{code}».',
    en: 'There is no location "{code}".',
  },
  LOCATION_EXISTS: {
    kind: 'conflict',
    es: 'Ya existe la ubicación «{code}».',
    en: 'The location "{code}" already exists.',
  },
  LOCATION_INVALID: {
    kind: 'invalid',
    es: 'Ubicación «{code}» no válida: {detail}',
    en: 'Invalid location "{code}": {detail}',
  },
  LOCATION_OCCUPIED: {
    kind: 'conflict',
    es: 'No se puede cerrar «{code}»: hay {count} personas alojadas.',
    en: 'Cannot close "{code}": {count} people are housed there.',
  },
  LOCATION_INACTIVE: {
    kind: 'conflict',
    es: 'La ubicación «{code}» no está activa ({status}).',
    en: 'The location "{code}" is not active ({status}).',
  },
  CAPACITY_INVALID: {
    kind: 'invalid',
    es: 'Capacidades no válidas: {detail}',
    en: 'Invalid capacities: {detail}',
  },
  CAPACITY_BELOW_OCCUPANCY: {
    kind: 'conflict',
    es: 'La capacidad máxima ({max}) no puede ser menor que la ocupación actual ({occupancy}) de «{code}».',
    en: 'The maximum capacity ({max}) cannot be below the current occupancy ({occupancy}) of "{code}".',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof ESTATE_ERRORS, true> {}
}
