import { defineErrors } from '../../kernel/errors.ts';

/** Official statistics' error codes, with their messages in Spanish and English. */
export const STATS_ERRORS = defineErrors({
  STATS_PERIOD_BOTH: {
    kind: 'invalid',
    es: 'Indique un año o un intervalo desde–hasta, no ambos.',
    en: 'Give a year or a from–to period, not both.',
  },
  STATS_PERIOD_INCOMPLETE: {
    kind: 'invalid',
    es: 'Un intervalo necesita su fecha de inicio (desde) y su fecha final (hasta).',
    en: 'A period needs both its first day (from) and its last day (to).',
  },
  STATS_PERIOD_ORDER: {
    kind: 'invalid',
    es: 'La fecha de inicio ({from}) es posterior a la fecha final ({to}).',
    en: 'The first day ({from}) is after the last day ({to}).',
  },
  STATS_PERIOD_TOO_LONG: {
    kind: 'invalid',
    es: 'Los datos abiertos se publican por periodos de hasta {years} años: acorte el periodo.',
    en: 'Open data is published for periods of up to {years} years: shorten the period.',
  },
  STATS_PERIOD_FUTURE: {
    kind: 'invalid',
    es: 'El periodo empieza después de hoy ({today}): aún no hay cifras.',
    en: 'The period starts after today ({today}): there are no figures yet.',
  },
});

declare module '../../kernel/errors.ts' {
  // Merges this module's codes into the catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof STATS_ERRORS, true> {}
}
