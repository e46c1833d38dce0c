import { interpolate, type Language } from './language.ts';

/**
 * The catalogue of error codes. Codes are stable: other programs and tests rely on them.
 * `kind` says what went wrong in terms every adapter understands (HTTP maps it to a status,
 * the CLI to an exit code); the messages are what a user reads.
 */
export const KERNEL_ERRORS = {
  VALIDATION_FAILED: {
    kind: 'invalid',
    es: 'Datos no válidos: {detail}',
    en: 'Invalid data: {detail}',
  },
  AUTH_REQUIRED: {
    kind: 'unauthenticated',
    es: 'Debe iniciar sesión.',
    en: 'You must log in.',
  },
  AUTH_TOO_MANY_ATTEMPTS: {
    kind: 'throttled',
    es: 'Demasiados intentos de inicio de sesión desde esta dirección. Espere un minuto.',
    en: 'Too many login attempts from this address. Wait a minute.',
  },
  AUTH_CSRF: {
    kind: 'forbidden',
    es: 'Solicitud rechazada: falta el token de protección CSRF o no es válido.',
    en: 'Request refused: the CSRF protection token is missing or invalid.',
  },
  FORBIDDEN: {
    kind: 'forbidden',
    es: 'No tiene permiso para esta acción.',
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: {
    kind: 'not_found',
    es: 'No encontrado.',
    en: 'Not found.',
  },
  DB_LOCKED: {
    kind: 'conflict',
    es: 'La base de datos {dir} está en uso por otro proceso (pid {pid}).',
    en: 'The database {dir} is in use by another process (pid {pid}).',
  },
  INTERNAL: {
    kind: 'internal',
    es: 'Error interno. Se ha registrado con el identificador {requestId}.',
    en: 'Internal error. It was logged with the identifier {requestId}.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'throttled'
  | 'internal';

/** One entry of an error catalogue. */
export interface ErrorEntry {
  kind: ErrorKind;
  es: string;
  en: string;
}

/**
 * The codes modules add with `defineErrors`: each module's errors.ts merges its codes into this
 * interface, so `new AppError(code)` is checked against every catalogue while each module keeps
 * its own.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModuleErrorCodes {}

export type ErrorCode = keyof typeof KERNEL_ERRORS | keyof ModuleErrorCodes;

const catalogue = new Map<string, ErrorEntry>(Object.entries(KERNEL_ERRORS));

/** Adds a module's codes to the catalogue (once, when its errors.ts is loaded); codes are unique. */
export function defineErrors<const C extends Record<string, ErrorEntry>>(entries: C): C {
  for (const [code, entry] of Object.entries(entries)) {
    const known = catalogue.get(code);
    if (known && known !== entry) throw new Error(`error code ${code} is defined twice`);
    catalogue.set(code, entry);
  }
  return entries;
}

/** Every code known so far, with its entry (the catalogue test reads it). */
export function errorCatalogue(): ReadonlyMap<string, ErrorEntry> {
  return catalogue;
}

function entryOf(code: string): ErrorEntry {
  const entry = catalogue.get(code);
  if (!entry) throw new Error(`error code ${code} has no catalogue entry (is its module's errors.ts loaded?)`);
  return entry;
}

/** A failure the user can act on, with a stable code and parameters for its message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;
  /** For validation errors: which field is wrong. */
  readonly field: string | undefined;

  constructor(code: ErrorCode, params: Record<string, unknown> = {}, field?: string) {
    const entry = catalogue.get(code);
    super(entry ? interpolate(entry.en, params, 'en') : code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.field = field;
  }

  get kind(): ErrorKind {
    return entryOf(this.code).kind;
  }

  messageIn(language: Language): string {
    return interpolate(entryOf(this.code)[language], this.params, language);
  }
}

export function errorMessage(code: ErrorCode, language: Language, params: Record<string, unknown> = {}) {
  return interpolate(entryOf(code)[language], params, language);
}
