import { interpolate, type Language } from '../../kernel/language.ts';
import type { ImportIssue } from './bundle.ts';

/**
 * The catalogue of problems an import can report (`import --json` → `errors[].code`). Codes are
 * stable; messages are for the registry clerk who fixes the file, so they name the value found.
 * The first group is found by reading one file (read-bundle.ts); the second by the importer's
 * checks across files and against the database.
 */
export const IMPORT_ISSUES = {
  // One file on its own.
  IMPORT_NOT_UTF8: {
    es: 'El archivo no está codificado en UTF-8 (el primer carácter no válido está en esta línea). Guárdelo como «CSV UTF-8» y vuelva a importarlo.',
    en: 'The file is not encoded in UTF-8 (the first invalid character is on this line). Save it as "CSV UTF-8" and import it again.',
  },
  IMPORT_EMPTY_FILE: {
    es: 'El archivo está vacío: falta la fila de cabecera ({expected}).',
    en: 'The file is empty: the header row ({expected}) is missing.',
  },
  IMPORT_BAD_CSV: {
    es: 'El archivo no es un CSV válido: {problem}. No se ha leído nada desde esta línea.',
    en: 'The file is not valid CSV: {problem}. Nothing was read from this line on.',
  },
  IMPORT_FIELD_COUNT: {
    es: 'La fila tiene {found} campos y la cabecera {expected}: revise si sobran o faltan comas, o si un texto con comas no está entre comillas.',
    en: 'The row has {found} fields but the header has {expected}: look for extra or missing commas, or text with commas that is not quoted.',
  },
  IMPORT_MISSING_COLUMN: {
    es: 'Falta la columna obligatoria «{column}» en la cabecera.',
    en: 'The header lacks the required column "{column}".',
  },
  IMPORT_UNKNOWN_COLUMN: {
    es: 'Columna desconocida «{column}»: ¿es el archivo correcto? Las columnas de este archivo son: {expected}.',
    en: 'Unknown column "{column}": is this the right file? The columns of this file are: {expected}.',
  },
  IMPORT_DUPLICATE_COLUMN: {
    es: 'La columna «{column}» aparece más de una vez en la cabecera.',
    en: 'The column "{column}" appears more than once in the header.',
  },
  IMPORT_REQUIRED: {
    es: 'Falta el valor de «{column}»: {why}.',
    en: 'The value of "{column}" is missing: {why}.',
  },
  IMPORT_INVALID_VALUE: {
    es: 'Valor no válido «{value}». Valores permitidos: {allowed}.',
    en: 'Invalid value "{value}". Allowed values: {allowed}.',
  },
  IMPORT_UNKNOWN_OFFENCE: {
    es: 'Delito desconocido «{value}». Categorías permitidas: {allowed}.',
    en: 'Unknown offence "{value}". Allowed categories: {allowed}.',
  },
  IMPORT_INVALID_DATE: {
    es: '{what} «{value}» (formato AAAA-MM-DD).',
    en: '{what} "{value}" (format YYYY-MM-DD).',
  },
  IMPORT_INVALID_TIME: {
    es: 'Fecha y hora no válida «{value}»: use ISO 8601 con zona horaria, p. ej. 2024-03-01T14:30:00-05:00 o 2024-03-01T19:30:00Z.',
    en: 'Invalid date and time "{value}": use ISO 8601 with a time zone, e.g. 2024-03-01T14:30:00-05:00 or 2024-03-01T19:30:00Z.',
  },
  IMPORT_INVALID_NUMBER: {
    es: 'Número no válido «{value}»: se espera {expected}.',
    en: 'Invalid number "{value}": expected {expected}.',
  },
  IMPORT_INVALID_CODE: {
    es: 'Código no válido «{value}»: {problem}.',
    en: 'Invalid code "{value}": {problem}.',
  },
  IMPORT_INVALID_TIMEZONE: {
    es: 'Zona horaria desconocida «{value}»: use un nombre IANA como America/Guayaquil.',
    en: 'Unknown time zone "{value}": use an IANA name such as America/Guayaquil.',
  },
  IMPORT_INVALID_COUNTRY: {
    es: 'Nacionalidad no válida «{value}»: use el código ISO 3166-1 de tres letras, p. ej. ECU, COL, VEN.',
    en: 'Invalid nationality "{value}": use the three-letter ISO 3166-1 code, e.g. ECU, COL, VEN.',
  },
  IMPORT_DUPLICATE_ID: {
    es: '«{value}» ya aparece en la línea {firstLine} de este archivo.',
    en: '"{value}" already appears on line {firstLine} of this file.',
  },
  IMPORT_FUTURE_DATE: {
    es: 'La fecha «{value}» está en el futuro.',
    en: 'The date "{value}" is in the future.',
  },
  IMPORT_CAPACITY_ORDER: {
    es: 'La capacidad {which} ({value}) supera la capacidad máxima ({max}).',
    en: 'The {which} capacity ({value}) exceeds the maximum capacity ({max}).',
  },

  // Across files and against the database (the importer's checks).
  IMPORT_UNKNOWN_CENTRE: {
    es: 'No existe el centro «{value}» (ni en centres.csv ni en la base de datos).',
    en: 'There is no centre "{value}" (neither in centres.csv nor in the database).',
  },
  IMPORT_UNKNOWN_LOCATION: {
    es: 'No existe la ubicación «{value}» (ni en locations.csv ni en la base de datos).',
    en: 'There is no location "{value}" (neither in locations.csv nor in the database).',
  },
  IMPORT_UNKNOWN_PARENT: {
    es: 'No existe la ubicación superior «{value}» (ni en locations.csv ni en la base de datos).',
    en: 'There is no parent location "{value}" (neither in locations.csv nor in the database).',
  },
  IMPORT_UNKNOWN_PERSON: {
    es: 'No existe la persona «{value}» (ni en persons.csv ni en la base de datos).',
    en: 'There is no person "{value}" (neither in persons.csv nor in the database).',
  },
  IMPORT_ALREADY_IN_CUSTODY: {
    es: 'La persona «{value}» ya está bajo custodia: no puede ingresar de nuevo sin haber salido.',
    en: 'The person "{value}" is already in custody: they cannot be admitted again without leaving first.',
  },
  IMPORT_NOT_IN_CUSTODY: {
    es: 'La persona «{value}» no está bajo custodia en ese momento.',
    en: 'The person "{value}" is not in custody at that time.',
  },
  IMPORT_LOCATION_NOT_CELL: {
    es: 'La ubicación «{value}» no es una celda (es de tipo {kind}).',
    en: 'The location "{value}" is not a cell (it is a {kind}).',
  },
  IMPORT_LOCATION_WRONG_CENTRE: {
    es: 'La ubicación «{value}» no pertenece al centro «{centre}».',
    en: 'The location "{value}" does not belong to the centre "{centre}".',
  },
  IMPORT_EXISTS: {
    es: '«{value}» ya existe en la base de datos.',
    en: '"{value}" already exists in the database.',
  },
  IMPORT_MOVEMENT_INVALID: {
    es: 'Movimiento «{type}» imposible: la persona está en estado «{state}».',
    en: 'Impossible movement "{type}": the person is in the state "{state}".',
  },
  IMPORT_TREE_RULE: {
    es: 'La ubicación «{value}» no encaja en el árbol: {rule}.',
    en: 'The location "{value}" does not fit the tree: {rule}.',
  },
  IMPORT_CAPACITY_MISSING: {
    es: 'La ubicación «{value}» tiene camas (tipo {kind}): indique las tres capacidades.',
    en: 'The location "{value}" holds beds (a {kind}): give all three capacities.',
  },
  IMPORT_TARGET_FORBIDDEN: {
    es: 'Un movimiento «{type}» no lleva destino («to» debe ir vacío).',
    en: 'A "{type}" movement takes no destination ("to" must be empty).',
  },
  IMPORT_LOCATION_INACTIVE: {
    es: 'La ubicación «{value}» no está activa ({status}).',
    en: 'The location "{value}" is not active ({status}).',
  },
  IMPORT_MOVEMENT_ORDER: {
    es: 'El movimiento del {value} es anterior al ingreso de la persona ({admittedAt}).',
    en: 'The movement at {value} is earlier than the person\'s admission ({admittedAt}).',
  },
  IMPORT_UNKNOWN_GROUP: {
    es: 'No existe el grupo «{value}» (ni en groups.csv ni en la base de datos).',
    en: 'There is no group "{value}" (neither in groups.csv nor in the database).',
  },
  IMPORT_GROUP_CYCLE: {
    es: 'El grupo «{value}» sería su propio antecesor: {chain}.',
    en: 'The group "{value}" would be its own ancestor: {chain}.',
  },
  IMPORT_SELF_RELATION: {
    es: 'Un grupo no puede ser aliado ni rival de sí mismo («{value}»).',
    en: 'A group cannot be allied with or rival to itself ("{value}").',
  },
  IMPORT_DUPLICATE_PAIR: {
    es: '«{a}» y «{b}» ya aparecen juntos en la línea {firstLine} de este archivo (el orden no importa).',
    en: '"{a}" and "{b}" already appear together on line {firstLine} of this file (in either order).',
  },
  IMPORT_RELATION_EXISTS: {
    es: 'Ya hay una relación abierta entre «{a}» y «{b}» en la base de datos ({relation}): termínela antes de registrar otra.',
    en: 'There is already an open relation between "{a}" and "{b}" in the database ({relation}): end it before recording another.',
  },
  IMPORT_DUPLICATE_MEMBERSHIP: {
    es: 'La afiliación de «{person}» a «{group}» ya aparece en la línea {firstLine} de este archivo.',
    en: 'The membership of "{person}" in "{group}" already appears on line {firstLine} of this file.',
  },
  IMPORT_MEMBERSHIP_EXISTS: {
    es: '«{person}» ya tiene una afiliación abierta a «{group}» en la base de datos.',
    en: '"{person}" already has an open membership of "{group}" in the database.',
  },
  IMPORT_NON_ASSOCIATION_EXISTS: {
    es: 'Ya hay una no asociación abierta entre «{a}» y «{b}» en la base de datos.',
    en: 'There is already an open non-association between "{a}" and "{b}" in the database.',
  },
  IMPORT_SAME_PERSON: {
    es: 'Una persona no puede mantenerse separada de sí misma («{value}»).',
    en: 'A person cannot be kept apart from themselves ("{value}").',
  },
  IMPORT_COMMENT_TOO_SHORT: {
    es: 'El comentario es demasiado corto («{value}»): explique el motivo de la separación en al menos 10 caracteres.',
    en: 'The comment is too short ("{value}"): explain why the two must be kept apart in at least 10 characters.',
  },
} as const satisfies Record<string, { es: string; en: string }>;

/** Phrases that fill a message's placeholder, in the same language (see `detail`). */
export const ISSUE_DETAILS = {
  csv_quote_not_closed: {
    es: 'la comilla abierta en esta línea no se cierra nunca',
    en: 'the quote opened on this line is never closed',
  },
  csv_invalid_closing_quote: {
    es: 'hay texto justo después de una comilla de cierre (dentro de un campo entre comillas, escriba la comilla dos veces: "")',
    en: 'there is text right after a closing quote (inside a quoted field, write a quote twice: "")',
  },
  csv_invalid_opening_quote: {
    es: 'hay una comilla dentro de un campo sin comillas (encierre el campo entre comillas y escriba la comilla dos veces: "")',
    en: 'there is a quote inside an unquoted field (put the field in quotes and write the quote twice: "")',
  },
  csv_other: {
    es: 'error de formato ({reason})',
    en: 'format error ({reason})',
  },
  required_always: {
    es: 'es obligatorio',
    en: 'it is required',
  },
  required_pretrial: {
    es: 'es obligatorio para una persona en prisión preventiva (legal_status = pretrial)',
    en: 'it is required for a person in pretrial detention (legal_status = pretrial)',
  },
  required_for_movement: {
    es: 'es obligatorio para un movimiento «{type}»',
    en: 'it is required for a "{type}" movement',
  },
  date_malformed: {
    es: 'Fecha no válida',
    en: 'Invalid date',
  },
  date_impossible: {
    es: 'Fecha imposible',
    en: 'Impossible date',
  },
  number_integer: {
    es: 'un número entero de 0 a {max}',
    en: 'a whole number from 0 to {max}',
  },
  number_decimal: {
    es: 'un número mayor o igual a cero, con punto decimal (p. ej. 7.5)',
    en: 'a number of zero or more, with a decimal point (e.g. 7.5)',
  },
  code_format: {
    es: 'use solo letras mayúsculas sin tilde, cifras y guiones, sin espacios, empezando por letra o cifra',
    en: 'use only upper-case letters without accents, digits and dashes, no spaces, starting with a letter or digit',
  },
  group_code_format: {
    es: 'use de 1 a 30 letras mayúsculas sin tilde, cifras, guiones o guiones bajos, sin espacios, empezando por letra o cifra',
    en: 'use 1 to 30 upper-case letters without accents, digits, dashes or underscores, no spaces, starting with a letter or digit',
  },
  code_prefix: {
    es: 'el código de una ubicación empieza por el de su centro y un guion («{centre}-…»)',
    en: 'a location code starts with its centre\'s code and a dash ("{centre}-…")',
  },
  capacity_design: {
    es: 'de diseño',
    en: 'design',
  },
  capacity_working: {
    es: 'operativa',
    en: 'working',
  },
} as const satisfies Record<string, { es: string; en: string }>;

export type ImportIssueCode = keyof typeof IMPORT_ISSUES;
export type IssueDetailKey = keyof typeof ISSUE_DETAILS;

/** The `{name}` placeholders of a message, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** A phrase from ISSUE_DETAILS, rendered in the issue's language. */
export interface IssueDetail {
  detail: IssueDetailKey;
  params: Record<string, string | number>;
}

/** Lists are written comma-separated; details in the message's language. */
export type IssueParam = string | number | readonly string[] | IssueDetail;

/** The parameters a code's message needs, checked by the compiler. */
export type IssueParams<C extends ImportIssueCode> = {
  [Name in Placeholders<(typeof IMPORT_ISSUES)[C]['es' | 'en']>]: IssueParam;
};

/** A phrase to put in a placeholder, e.g. `detail('required_for_movement', { type: 'transfer' })`. */
export function detail<K extends IssueDetailKey>(
  key: K,
  ...params: [Placeholders<(typeof ISSUE_DETAILS)[K]['es' | 'en']>] extends [never]
    ? []
    : [Record<Placeholders<(typeof ISSUE_DETAILS)[K]['es' | 'en']>, string | number>]
): IssueDetail {
  return { detail: key, params: params[0] ?? {} };
}

function renderParam(value: IssueParam, language: Language): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if ('detail' in value) return interpolate(ISSUE_DETAILS[value.detail][language], value.params);
  return value.join(', ');
}

/** The message of one issue in the given language. */
export function issueMessage<C extends ImportIssueCode>(code: C, params: IssueParams<C>, language: Language): string {
  const rendered: Record<string, string> = {};
  for (const [name, value] of Object.entries(params) as [string, IssueParam][]) {
    rendered[name] = renderParam(value, language);
  }
  return interpolate(IMPORT_ISSUES[code][language], rendered);
}

/** One problem in an import, ready for `import --json`. `line` counts the header as line 1. */
export function issue<C extends ImportIssueCode>(
  file: string,
  line: number,
  column: string | null,
  code: C,
  params: IssueParams<C>,
  language: Language,
): ImportIssue {
  return { file, line, column, code, message: issueMessage(code, params, language) };
}
