/**
 * The catalogue of problems an import can report (`import --json` → `errors[].code`). Codes are
 * stable; messages are for the registry clerk who fixes the file, so they name the value found.
 * The first groups are found by reading the folder and one file (read-folder.ts, read-bundle.ts);
 * the last by the importer's checks across files and against the database.
 */
export const IMPORT_ISSUES = {
  // The import as a whole, and the folder and its files (line 0).
  IMPORT_FAILED: {
    es: 'La importación se detuvo por un error inesperado (los detalles están en la salida de errores).',
    en: 'The import stopped on an unexpected error (the details are on the error output).',
  },
  IMPORT_NO_FOLDER: {
    es: 'No existe la carpeta {dir}',
    en: 'No such folder: {dir}',
  },
  IMPORT_UNREADABLE: {
    es: 'No se puede leer ({reason}).',
    en: 'Cannot be read ({reason}).',
  },
  IMPORT_NOT_A_FILE: {
    es: 'No es un archivo (es una carpeta o un dispositivo): se esperaba un archivo CSV con este nombre.',
    en: 'This is not a file (it is a folder or a device): a CSV file of this name was expected.',
  },
  IMPORT_UNKNOWN_FILE: {
    es: 'Custodia no lee esto: no es un archivo del formato de intercambio v1 ({expected}). Quítelo de la carpeta, o importe con --ignore-unknown para importar el resto sin él.',
    en: 'Custodia does not read this: it is not a file of interchange format v1 ({expected}). Take it out of the folder, or import with --ignore-unknown to import the rest without it.',
  },
  IMPORT_NOT_SUPPORTED: {
    es: 'Es un archivo del formato de intercambio v1 que esta versión de Custodia aún no importa: sus filas no se importarían. Quítelo de la carpeta, o importe con --ignore-unknown para importar el resto sin él.',
    en: 'This file of interchange format v1 is not imported by this version of Custodia yet: its rows would not be imported. Take it out of the folder, or import with --ignore-unknown to import the rest without it.',
  },

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
  IMPORT_ROW_TOO_LONG: {
    es: 'La fila que empieza en esta línea ocupa más de {max} bytes, más de lo que admite cualquier registro (¿falta cerrar una comilla?). No se ha leído nada desde esta línea.',
    en: 'The row starting on this line is longer than {max} bytes, more than any record accepts (is a quote left open?). Nothing was read from this line on.',
  },
  IMPORT_TOO_MANY_COLUMNS: {
    es: 'La cabecera tiene {found} columnas: ¿es el archivo correcto? Las columnas de este archivo son: {expected}.',
    en: 'The header has {found} columns: is this the right file? The columns of this file are: {expected}.',
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
  IMPORT_PRETRIAL_AFTER_ADMISSION: {
    es: 'La fecha «{value}» de pretrial_since es posterior al día del ingreso ({admittedAt}).',
    en: 'The date "{value}" in pretrial_since is after the day of admission ({admittedAt}).',
  },
  IMPORT_INVALID_TEXT: {
    es: 'Texto no válido: {problem}.',
    en: 'Invalid text: {problem}.',
  },
  IMPORT_TEXT_TOO_LONG: {
    es: 'El texto tiene {length} caracteres; se admiten como mucho {max}.',
    en: 'The text has {length} characters; at most {max} are accepted.',
  },
  IMPORT_TEXT_TOO_SHORT: {
    es: 'El texto tiene {length} caracteres; se piden al menos {min}.',
    en: 'The text has {length} characters; at least {min} are required.',
  },
  IMPORT_ARRESTED_AFTER_ADMISSION: {
    es: 'La detención ({value}) es posterior al ingreso ({admittedAt}).',
    en: 'The arrest ({value}) is later than the admission ({admittedAt}).',
  },
  IMPORT_TOO_MANY_ALIASES: {
    es: 'Hay {found} alias (separados por «;»); se admiten como mucho {max}.',
    en: 'There are {found} aliases (separated by ";"); at most {max} are accepted.',
  },
  IMPORT_DATE_OUT_OF_RANGE: {
    es: 'La fecha «{value}» está fuera del intervalo admitido ({min} a {max}).',
    en: 'The date "{value}" is outside the accepted range ({min} to {max}).',
  },
  IMPORT_INVALID_NATIONAL_ID: {
    es: 'Documento de identidad no válido «{value}»: use de 5 a 20 letras, cifras y guiones, empezando por letra o cifra.',
    en: 'Invalid national ID "{value}": use 5 to 20 letters, digits and dashes, starting with a letter or digit.',
  },
  IMPORT_ENDS_BEFORE_START: {
    es: 'El final ({value}) es anterior al comienzo ({startedAt}).',
    en: 'The end ({value}) is earlier than the start ({startedAt}).',
  },
  IMPORT_DUPLICATE_ROW: {
    es: 'Esta fila repite la de la línea {firstLine} de este archivo.',
    en: 'This row repeats line {firstLine} of this file.',
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
    es: 'No se puede importar {movement} de {person}: {why}.',
    en: 'Cannot import {movement} of {person}: {why}.',
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
  IMPORT_NO_CUSTODY_IN_BUNDLE: {
    es: 'La persona «{value}» no tiene una custodia en custody.csv: esta fila se refiere a la custodia abierta que custody.csv le da.',
    en: 'The person "{value}" has no custody in custody.csv: this row refers to the open custody that custody.csv gives them.',
  },
  IMPORT_PERSON_NOT_IN_BUNDLE: {
    es: 'La persona «{value}» no está en persons.csv: esta fila se refiere a una persona de persons.csv.',
    en: 'The person "{value}" is not in persons.csv: this row refers to a person of persons.csv.',
  },
  IMPORT_LOCATION_OCCUPIED: {
    es: 'La ubicación «{value}» está cerrada ({status}) pero, tras los movimientos, {count} persona(s) siguen en ella.',
    en: 'The location "{value}" is closed ({status}) but, after the movements, {count} person(s) are still in it.',
  },
  IMPORT_COMMENT_TOO_SHORT: {
    es: 'El comentario es demasiado corto («{value}»): explique el motivo de la separación en al menos 10 caracteres.',
    en: 'The comment is too short ("{value}"): explain why the two must be kept apart in at least 10 characters.',
  },
  IMPORT_UNKNOWN_INCIDENT: {
    es: 'No existe el incidente «{value}» (ni en incidents.csv ni en la base de datos).',
    en: 'There is no incident "{value}" (neither in incidents.csv nor in the database).',
  },
  IMPORT_UNKNOWN_PLACE: {
    es: 'No existe la ubicación ni el centro «{value}» (ni en los archivos ni en la base de datos).',
    en: 'There is no location or centre "{value}" (neither in the files nor in the database).',
  },
  IMPORT_NOT_IN_CENTRE: {
    es: 'La persona «{value}» no estaba bajo custodia en el centro «{centre}» el {at}.',
    en: 'The person "{value}" was not in custody at the centre "{centre}" at {at}.',
  },
  IMPORT_DEATH_BEFORE_ADMISSION: {
    es: 'La muerte ({value}) es anterior al ingreso de la persona ({admittedAt}).',
    en: 'The death ({value}) is earlier than the person\'s admission ({admittedAt}).',
  },
  IMPORT_DEATH_TIME_MISMATCH: {
    es: 'movements.csv registra la muerte de «{value}» el {movementAt} (línea {movementLine}): una persona muere una sola vez; use la misma hora en los dos archivos.',
    en: 'movements.csv records the death of "{value}" at {movementAt} (line {movementLine}): a person dies only once; give the same time in both files.',
  },
  IMPORT_DEATH_EXISTS: {
    es: 'La muerte de «{value}» ya está en el registro de la base de datos.',
    en: 'The death of "{value}" is already in the register of the database.',
  },
} as const satisfies Record<string, { es: string; en: string }>;
