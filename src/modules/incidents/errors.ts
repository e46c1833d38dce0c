import { defineErrors } from '../../kernel/errors.ts';

/** The incident module's error codes, with their messages in Spanish and English. */
export const INCIDENT_ERRORS = defineErrors({
  INCIDENT_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe el parte de incidente «{id}».',
    en: 'There is no incident report "{id}".',
  },
  INCIDENT_VERSION_CHANGED: {
    kind: 'conflict',
    es: 'Alguien modificó el parte {id} mientras usted lo editaba (versión {seen}, ahora {current}). No se guardó nada; vuelva a cargarlo y repita el cambio.',
    en: 'Someone changed the report {id} while you were editing it (version {seen}, now {current}). Nothing was saved; reload it and make the change again.',
  },
  INCIDENT_START_IN_FUTURE: {
    kind: 'invalid',
    es: 'La hora de inicio ({at}) está en el futuro.',
    en: 'The start time ({at}) is in the future.',
  },
  INCIDENT_ENDS_BEFORE_START: {
    kind: 'invalid',
    es: 'La hora de fin ({endedAt}) es anterior a la de inicio ({startedAt}).',
    en: 'The end time ({endedAt}) is before the start time ({startedAt}).',
  },
  INCIDENT_LOCATION_ELSEWHERE: {
    kind: 'invalid',
    es: 'La ubicación {location} no pertenece al centro {centre}.',
    en: 'The location {location} is not in the centre {centre}.',
  },
  INCIDENT_EMERGENCY_ELSEWHERE: {
    kind: 'invalid',
    es: 'La emergencia indicada no es del centro {centre}.',
    en: 'The emergency given is not one of the centre {centre}.',
  },
  INCIDENT_PERSON_NOT_IN_CUSTODY: {
    kind: 'invalid',
    es: '{person} no estaba bajo custodia en el centro {centre} cuando empezó el incidente ({at}).',
    en: '{person} was not in custody at the centre {centre} when the incident started ({at}).',
  },
  INCIDENT_PERSON_ALREADY: {
    kind: 'conflict',
    es: '{person} ya consta en este parte con ese papel.',
    en: '{person} is already in this report in that role.',
  },
  INCIDENT_PERSON_UNKNOWN: {
    kind: 'not_found',
    es: '{person} no consta en este parte con ese papel.',
    en: '{person} is not in this report in that role.',
  },
  INCIDENT_STAFF_UNKNOWN: {
    kind: 'not_found',
    es: 'Ese funcionario no consta en este parte.',
    en: 'That member of staff is not in this report.',
  },
  INCIDENT_NOT_EDITABLE: {
    kind: 'conflict',
    es: 'El parte {id} ya no admite este cambio en el estado en que está.',
    en: 'The report {id} no longer allows this change in its present state.',
  },
  INCIDENT_TRANSITION_NOT_ALLOWED: {
    kind: 'conflict',
    es: 'El parte, en el estado en que está, no admite esa acción.',
    en: 'The report, in its present state, does not allow that action.',
  },
  INCIDENT_NOTHING_CHANGED: {
    kind: 'invalid',
    es: 'No hay nada que cambiar: los datos son los que ya constan en el parte.',
    en: 'There is nothing to change: the report already says this.',
  },
  INCIDENT_COMMENT_REQUIRED: {
    kind: 'invalid',
    es: 'Esta acción necesita un comentario que explique el motivo.',
    en: 'This action needs a comment giving the reason.',
  },
  INCIDENT_DUPLICATE_OF_REQUIRED: {
    kind: 'invalid',
    es: 'Indique el parte del que este es un duplicado (otro parte del mismo centro).',
    en: 'Give the report this one duplicates (another report of the same centre).',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof INCIDENT_ERRORS, true> {}
}
