/**
 * Phrases that fill an import message's placeholders, in the message's language (see `detail` in
 * import-issues.ts): why a value is required, what a code looks like, what a CSV error means.
 */
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
  number_positive: {
    es: 'un número entero de 1 a {max}',
    en: 'a whole number from 1 to {max}',
  },
  number_decimal: {
    es: 'un número de 0 a {max}, con punto decimal (p. ej. 7.5)',
    en: 'a number from 0 to {max}, with a decimal point (e.g. 7.5)',
  },
  centre_code_format: {
    es: 'use de 2 a 20 letras mayúsculas sin tilde, cifras y guiones, sin espacios, empezando por letra',
    en: 'use 2 to 20 upper-case letters without accents, digits and dashes, no spaces, starting with a letter',
  },
  code_format: {
    es: 'use de 1 a 40 letras mayúsculas sin tilde, cifras y guiones, sin espacios, empezando por letra o cifra',
    en: 'use 1 to 40 upper-case letters without accents, digits and dashes, no spaces, starting with a letter or digit',
  },
  register_number_format: {
    es: 'un número de registro tiene de 3 a 30 letras mayúsculas sin tilde, cifras y guiones, sin espacios, empezando por letra o cifra',
    en: 'a register number has 3 to 30 upper-case letters without accents, digits and dashes, no spaces, starting with a letter or digit',
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
  text_control_character: {
    es: 'contiene un carácter de control (como NUL o un salto de página) que ningún registro admite; bórrelo',
    en: 'it holds a control character (such as NUL or a form feed) that no record may hold; delete it',
  },
  text_invalid_unicode: {
    es: 'contiene un carácter Unicode incompleto (un sustituto sin pareja); vuelva a escribir el texto',
    en: 'it holds an incomplete Unicode character (an unpaired surrogate); type the text again',
  },
} as const satisfies Record<string, { es: string; en: string }>;
