import { defineErrors } from '../../kernel/errors.ts';

/** The early warning's error codes, with their messages in Spanish and English. */
export const WARNING_ERRORS = defineErrors({
  ALERT_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe esa alerta.',
    en: 'There is no such alert.',
  },
  ALERT_VERSION_CHANGED: {
    kind: 'conflict',
    es: 'La alerta cambió mientras usted la miraba (versión {seen}, ahora {current}). No se guardó nada; vuelva a cargarla y repita la acción.',
    en: 'The alert changed while you were looking at it (version {seen}, now {current}). Nothing was saved; reload it and do it again.',
  },
  ALERT_RESOLVED: {
    kind: 'conflict',
    es: 'La alerta ya está resuelta: no admite esa acción.',
    en: 'The alert is already resolved: that action is not possible.',
  },
  ALERT_ALREADY_ACKNOWLEDGED: {
    kind: 'conflict',
    es: 'La alerta ya fue tomada en cuenta por {by}.',
    en: 'The alert was already acknowledged by {by}.',
  },
  WARNING_AT_IN_FUTURE: {
    kind: 'invalid',
    es: 'La fecha consultada ({at}) está en el futuro: las señales se evalúan sobre los hechos ya registrados.',
    en: 'The time asked for ({at}) is in the future: signals are evaluated on the facts already recorded.',
  },
  WARNING_PERIOD_INVALID: {
    kind: 'invalid',
    es: 'El periodo no es válido: «desde» ({from}) debe ser anterior o igual a «hasta» ({to}) y abarcar como mucho {days} días.',
    en: 'The period is not valid: "from" ({from}) must be on or before "to" ({to}) and span at most {days} days.',
  },
  WARNING_LOCATION_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe la ubicación «{code}».',
    en: 'There is no location "{code}".',
  },
  WARNING_CENTRE_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe el centro «{code}».',
    en: 'There is no centre "{code}".',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof WARNING_ERRORS, true> {}
}
