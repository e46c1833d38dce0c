import type { z } from 'zod';
import type { FieldReason } from './fields.ts';
import { interpolate, type Language } from './language.ts';

/**
 * What a refused field says to its user, in their language: the API's validation errors, the
 * web forms and the importer word zod's issues and the shared field rules (fields.ts) the same
 * way, never in zod's own English.
 */

const REASONS: Record<FieldReason, Record<Language, string>> = {
  control_character: { es: 'contiene un carácter de control (NUL u otro)', en: 'contains a control character (NUL or another)' },
  invalid_unicode: { es: 'contiene texto Unicode no válido', en: 'contains invalid Unicode text' },
  code_format: { es: 'debe ser un código en mayúsculas, cifras y guiones (p. ej. LIT)', en: 'must be a code of capital letters, digits and dashes (e.g. LIT)' },
  location_code_format: {
    es: 'debe ser un código en mayúsculas, cifras y guiones (p. ej. LIT-P2-A-012)',
    en: 'must be a code of capital letters, digits and dashes (e.g. LIT-P2-A-012)',
  },
  group_code_format: {
    es: 'debe ser un código en mayúsculas, cifras, guiones y guiones bajos (p. ej. LOBOS_BOX)',
    en: 'must be a code of capital letters, digits, dashes and underscores (e.g. LOBOS_BOX)',
  },
  register_number_format: { es: 'debe ser un número de registro (mayúsculas, cifras y guiones)', en: 'must be a register number (capital letters, digits and dashes)' },
  national_id_format: { es: 'debe ser un número de cédula o documento (5 a 20 letras o cifras)', en: 'must be an ID document number (5 to 20 letters or digits)' },
  date_format: { es: 'debe ser una fecha AAAA-MM-DD', en: 'must be a date YYYY-MM-DD' },
  date_impossible: { es: 'no es una fecha del calendario', en: 'is not a calendar date' },
  date_out_of_range: { es: 'está fuera del intervalo de fechas admitido', en: 'is outside the accepted range of dates' },
  time_format: { es: 'debe ser una fecha y hora ISO 8601 con zona (p. ej. 2024-05-01T08:30:00-05:00)', en: 'must be an ISO 8601 date and time with offset (e.g. 2024-05-01T08:30:00-05:00)' },
  time_out_of_range: { es: 'está fuera del intervalo de fechas admitido', en: 'is outside the accepted range of dates' },
  time_zone_unknown: { es: 'no es una zona horaria conocida (p. ej. America/Guayaquil)', en: 'is not a known time zone (e.g. America/Guayaquil)' },
  country_format: { es: 'debe ser un código de país de tres letras (p. ej. ECU)', en: 'must be a three-letter country code (e.g. ECU)' },
};

const TYPES: Record<string, Record<Language, string>> = {
  string: { es: 'un texto', en: 'a text' },
  number: { es: 'un número', en: 'a number' },
  int: { es: 'un número entero', en: 'a whole number' },
  boolean: { es: 'sí o no', en: 'yes or no' },
  array: { es: 'una lista', en: 'a list' },
  object: { es: 'un objeto', en: 'an object' },
  date: { es: 'una fecha', en: 'a date' },
};

const TEXTS = {
  required: { es: 'es obligatorio', en: 'is required' },
  expected: { es: 'debe ser {what}', en: 'must be {what}' },
  oneOf: { es: 'debe ser uno de: {values}', en: 'must be one of: {values}' },
  tooShort: { es: 'debe tener al menos {n} caracteres', en: 'must have at least {n} characters' },
  tooLong: { es: 'puede tener como mucho {n} caracteres', en: 'may have at most {n} characters' },
  tooFewItems: { es: 'debe tener al menos {n} elementos', en: 'must have at least {n} items' },
  tooManyItems: { es: 'puede tener como mucho {n} elementos', en: 'may have at most {n} items' },
  tooSmall: { es: 'debe ser como mínimo {n}', en: 'must be at least {n}' },
  tooBig: { es: 'debe ser como máximo {n}', en: 'must be at most {n}' },
  format: { es: 'no tiene el formato esperado', en: 'does not have the expected format' },
  unknownKeys: { es: 'campos no admitidos: {keys}', en: 'fields not accepted: {keys}' },
  invalid: { es: 'no es válido', en: 'is not valid' },
} satisfies Record<string, Record<Language, string>>;

function say(key: keyof typeof TEXTS, language: Language, params: Record<string, unknown> = {}) {
  return interpolate(TEXTS[key][language], params, language);
}

/** One zod issue as a sentence fragment ("debe tener al menos 3 caracteres"), without the field. */
export function describeIssue(issue: z.core.$ZodIssue, language: Language): string {
  switch (issue.code) {
    case 'custom': {
      const reason = (issue.params as { reason?: FieldReason } | undefined)?.reason;
      return reason && REASONS[reason] ? REASONS[reason][language] : say('invalid', language);
    }
    case 'invalid_type':
      if (issue.input === undefined && issue.message.includes('undefined')) return say('required', language);
      return say('expected', language, { what: TYPES[issue.expected]?.[language] ?? issue.expected });
    case 'invalid_value':
      return say('oneOf', language, { values: issue.values.map(String).join(', ') });
    case 'too_small': {
      const n = String(issue.minimum);
      // An empty text where one character is the least: the field was left blank.
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return say('required', language);
      if (issue.origin === 'string') return say('tooShort', language, { n });
      if (issue.origin === 'array' || issue.origin === 'set') return say('tooFewItems', language, { n });
      return say('tooSmall', language, { n });
    }
    case 'too_big': {
      const n = String(issue.maximum);
      if (issue.origin === 'string') return say('tooLong', language, { n });
      if (issue.origin === 'array' || issue.origin === 'set') return say('tooManyItems', language, { n });
      return say('tooBig', language, { n });
    }
    case 'invalid_format':
      if (issue.format === 'date') return REASONS.date_format[language];
      if (issue.format === 'datetime') return REASONS.time_format[language];
      return say('format', language);
    case 'unrecognized_keys':
      return say('unknownKeys', language, { keys: issue.keys.join(', ') });
    default:
      return say('invalid', language);
  }
}

/** The dotted path of an issue (`nextOfKin.0.phone`), or '' for the whole value. */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}
