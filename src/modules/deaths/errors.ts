import { defineErrors } from '../../kernel/errors.ts';

/** The deaths-in-custody register's error codes, with their messages in Spanish and English. */
export const DEATH_ERRORS = defineErrors({
  DEATH_PERSON_ELSEWHERE: {
    kind: 'conflict',
    es: '{id} no está bajo custodia en {centre}: está en {actual}. Un fallecimiento se registra en el centro que custodia a la persona.',
    en: '{id} is not in custody at {centre}: they are held at {actual}. A death is recorded at the centre holding the person.',
  },
  DEATH_LOCATION_ELSEWHERE: {
    kind: 'invalid',
    es: 'El lugar {code} no pertenece al centro {centre}, donde estaba la persona.',
    en: 'Location {code} is not part of centre {centre}, where the person was held.',
  },
  DEATH_INCIDENT_ELSEWHERE: {
    kind: 'invalid',
    es: 'El parte de incidente {id} es de otro centro, no de {centre}, donde estaba la persona.',
    en: 'Incident report {id} belongs to another centre, not {centre}, where the person was held.',
  },
  DEATH_ALREADY_RECORDED: {
    kind: 'conflict',
    es: 'El fallecimiento de {id} ya consta en el registro: cambie la causa o complete las obligaciones en su ficha.',
    en: 'The death of {id} is already in the register: change the cause or complete the obligations on its entry.',
  },
  DEATH_CAUSE_UNCHANGED: {
    kind: 'invalid',
    es: 'La causa ya es esa: no hay nada que cambiar.',
    en: 'The cause is already that: there is nothing to change.',
  },
  DEATH_CAUSE_REASON_REQUIRED: {
    kind: 'invalid',
    es: 'Indique el motivo del cambio de causa (quién la estableció, con qué documento).',
    en: 'Give the reason for the change of cause (who established it, on which document).',
  },
  DEATH_OBLIGATION_BEFORE_DEATH: {
    kind: 'invalid',
    es: 'La fecha es anterior al fallecimiento ({death}).',
    en: 'The date is before the death ({death}).',
  },
  DEATH_OBLIGATION_IN_FUTURE: {
    kind: 'invalid',
    es: 'La fecha es futura: se registra lo que ya se hizo.',
    en: 'The date is in the future: record what has already been done.',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof DEATH_ERRORS, true> {}
}
