import { interpolate, type Language } from './language.ts';

/**
 * The catalogue of error codes. Codes are stable: other programs and tests rely on them.
 * `kind` says what went wrong in terms every adapter understands (HTTP maps it to a status,
 * the CLI to an exit code); the messages are what a user reads.
 */
export const ERRORS = {
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
  AUTH_INVALID_CREDENTIALS: {
    kind: 'unauthenticated',
    es: 'Usuario o contraseña incorrectos.',
    en: 'Wrong username or password.',
  },
  AUTH_ACCOUNT_LOCKED: {
    kind: 'unauthenticated',
    es: 'La cuenta está bloqueada por intentos fallidos. Inténtelo de nuevo después de las {until} o pida a un administrador que la desbloquee.',
    en: 'The account is locked after failed attempts. Try again after {until} or ask an administrator to unlock it.',
  },
  AUTH_ACCOUNT_DISABLED: {
    kind: 'unauthenticated',
    es: 'La cuenta está desactivada.',
    en: 'The account is disabled.',
  },
  AUTH_TOO_MANY_ATTEMPTS: {
    kind: 'throttled',
    es: 'Demasiados intentos de inicio de sesión desde esta dirección. Espere un minuto.',
    en: 'Too many login attempts from this address. Wait a minute.',
  },
  AUTH_WRONG_PASSWORD: {
    kind: 'invalid',
    es: 'La contraseña actual no es correcta.',
    en: 'The current password is wrong.',
  },
  AUTH_WEAK_PASSWORD: {
    kind: 'invalid',
    es: 'La contraseña debe tener al menos {min} caracteres y no puede ser igual al nombre de usuario.',
    en: 'The password must have at least {min} characters and cannot equal the username.',
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
  USER_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe el usuario «{username}».',
    en: 'There is no user "{username}".',
  },
  USER_EXISTS: {
    kind: 'conflict',
    es: 'Ya existe el usuario «{username}».',
    en: 'The user "{username}" already exists.',
  },
  USER_UNKNOWN_ROLE: {
    kind: 'invalid',
    es: 'Rol desconocido «{role}». Roles válidos: {roles}.',
    en: 'Unknown role "{role}". Valid roles: {roles}.',
  },
  USER_SELF_LOCKOUT: {
    kind: 'conflict',
    es: 'No puede quitarse a sí mismo el rol de administrador.',
    en: 'You cannot remove the administrator role from yourself.',
  },
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
  PERSON_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe la persona «{id}».',
    en: 'There is no person "{id}".',
  },
  PERSON_EXISTS: {
    kind: 'conflict',
    es: 'Ya existe la persona «{id}».',
    en: 'The person "{id}" already exists.',
  },
  PERSON_INVALID: {
    kind: 'invalid',
    es: 'Datos de la persona no válidos: {detail}',
    en: 'Invalid person data: {detail}',
  },
  PERSON_IN_CUSTODY: {
    kind: 'conflict',
    es: '{id} ya está bajo custodia en {centre} desde {since}.',
    en: '{id} is already in custody at {centre} since {since}.',
  },
  PERSON_NOT_IN_CUSTODY: {
    kind: 'conflict',
    es: '{id} no está bajo custodia.',
    en: '{id} is not in custody.',
  },
  MOVEMENT_INVALID: {
    kind: 'conflict',
    es: 'Movimiento «{type}» imposible para {id}: {detail}',
    en: 'Movement "{type}" is impossible for {id}: {detail}',
  },
  EMERGENCY_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe la emergencia «{id}».',
    en: 'There is no emergency "{id}".',
  },
  EMERGENCY_ACTIVE: {
    kind: 'conflict',
    es: 'El centro {centre} ya está en emergencia (declarada el {since}); ciérrela antes de declarar otra.',
    en: 'The centre {centre} is already in an emergency (declared {since}); close it before declaring another.',
  },
  EMERGENCY_CLOSED: {
    kind: 'conflict',
    es: 'La emergencia {id} está cerrada; ya no se puede modificar.',
    en: 'The emergency {id} is closed; it can no longer be changed.',
  },
  EMERGENCY_PERSON_UNKNOWN: {
    kind: 'not_found',
    es: '{id} no está en la lista de personas esperadas de esta emergencia.',
    en: '{id} is not on the list of people expected in this emergency.',
  },
  EMERGENCY_MARK_FINAL: {
    kind: 'conflict',
    es: '{id} consta como «{status}» en esta emergencia, con su movimiento registrado; no se puede cambiar aquí (registre una recaptura si corresponde).',
    en: '{id} is recorded as "{status}" in this emergency, with its movement; it cannot be changed here (record a recapture if they are found).',
  },
  AUDIT_MISSING: {
    kind: 'internal',
    es: 'Una escritura terminó sin su registro de auditoría; no se guardó nada.',
    en: 'A write finished without its audit entry; nothing was saved.',
  },
  DB_LOCKED: {
    kind: 'conflict',
    es: 'La base de datos {dir} está en uso por otro proceso (pid {pid}).',
    en: 'The database {dir} is in use by another process (pid {pid}).',
  },
  COUNT_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe el conteo «{id}».',
    en: 'There is no count "{id}".',
  },
  COUNT_CLOSED: {
    kind: 'conflict',
    es: 'El conteo «{id}» ya está cerrado.',
    en: 'The count "{id}" is already closed.',
  },
  COUNT_ALREADY_OPEN: {
    kind: 'conflict',
    es: 'Ya hay un conteo abierto en {centre} desde {since}; ciérrelo antes de empezar otro.',
    en: 'A count is already open at {centre} since {since}; close it before starting another.',
  },
  COUNT_UNRECONCILED: {
    kind: 'conflict',
    es: 'No se puede cerrar el conteo. Sin contar: {pending}. Diferencias sin conciliar: {unreconciled}.',
    en: 'Cannot close the count. Not counted: {pending}. Unreconciled discrepancies: {unreconciled}.',
  },
  COUNT_LINE_UNKNOWN: {
    kind: 'not_found',
    es: 'El conteo no tiene la ubicación «{location}».',
    en: 'The count has no location "{location}".',
  },
  COUNT_PERSON_NOT_EXPECTED: {
    kind: 'invalid',
    es: '{person} no figuraba en «{location}» al empezar el conteo; cuente por número y explique la diferencia.',
    en: '{person} was not listed at "{location}" when the count started; count by number and explain the discrepancy.',
  },
  COUNT_NOTHING_TO_RECONCILE: {
    kind: 'conflict',
    es: 'La ubicación «{location}» no tiene una diferencia que conciliar ({status}).',
    en: 'The location "{location}" has no discrepancy to reconcile ({status}).',
  },
  GROUP_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe el grupo «{code}».',
    en: 'There is no group "{code}".',
  },
  GROUP_EXISTS: {
    kind: 'conflict',
    es: 'Ya existe un grupo con el código «{code}».',
    en: 'A group with the code "{code}" already exists.',
  },
  GROUP_INVALID: {
    kind: 'invalid',
    es: 'Grupo no válido: {detail}',
    en: 'Invalid group: {detail}',
  },
  GROUP_RELATION_EXISTS: {
    kind: 'conflict',
    es: 'Ya hay una relación abierta entre «{a}» y «{b}» ({relation}); ciérrela antes de registrar otra.',
    en: 'There is already an open relation between "{a}" and "{b}" ({relation}); end it before recording another.',
  },
  GROUP_RELATION_NOT_FOUND: {
    kind: 'not_found',
    es: 'No hay una relación abierta con el identificador {id}.',
    en: 'There is no open relation with the identifier {id}.',
  },
  MEMBERSHIP_EXISTS: {
    kind: 'conflict',
    es: '{person} ya figura como miembro abierto de «{group}»; cierre esa pertenencia antes de registrar otra.',
    en: '{person} already has an open membership of "{group}"; end it before recording another.',
  },
  MEMBERSHIP_NOT_FOUND: {
    kind: 'not_found',
    es: 'No hay una pertenencia abierta con el identificador {id}.',
    en: 'There is no open membership with the identifier {id}.',
  },
  NON_ASSOCIATION_EXISTS: {
    kind: 'conflict',
    es: 'Ya hay una no asociación abierta entre {a} y {b}; solo puede haber una por pareja.',
    en: 'There is already an open non-association between {a} and {b}; there can be only one per pair.',
  },
  NON_ASSOCIATION_INVALID: {
    kind: 'invalid',
    es: 'No asociación no válida: {detail}',
    en: 'Invalid non-association: {detail}',
  },
  NON_ASSOCIATION_NOT_FOUND: {
    kind: 'not_found',
    es: 'No existe la no asociación {id}.',
    en: 'There is no non-association {id}.',
  },
  NON_ASSOCIATION_STATE: {
    kind: 'conflict',
    es: 'La no asociación {id} ya está {status}.',
    en: 'The non-association {id} is already {status}.',
  },
  PLACEMENT_NOT_A_CELL: {
    kind: 'invalid',
    es: '«{code}» no es una celda ni una unidad con camas ({kind}).',
    en: '"{code}" is not a cell or a unit with beds ({kind}).',
  },
  PLACEMENT_BLOCKED: {
    kind: 'conflict',
    es: 'Movimiento bloqueado: {reasons} Solo un director del centro puede autorizarlo, indicando el motivo.',
    en: 'Move blocked: {reasons} Only a director of the centre can authorise it, giving a reason.',
  },
  PLACEMENT_REFUSED: {
    kind: 'conflict',
    es: 'Ubicación no permitida: {reasons} Si un director debe autorizarlo, registre el cambio desde la pantalla de cambio de celda.',
    en: 'Placement not allowed: {reasons} If a director is to authorise it, record it from the cell-move screen.',
  },
  PLACEMENT_OVERRIDE_FORBIDDEN: {
    kind: 'forbidden',
    es: 'Solo un director del centro puede autorizar un movimiento bloqueado.',
    en: 'Only a director of the centre can authorise a blocked move.',
  },
  PLACEMENT_OVERRIDE_REASON_REQUIRED: {
    kind: 'invalid',
    es: 'Para autorizar un movimiento bloqueado hace falta un motivo (al menos 10 caracteres).',
    en: 'Authorising a blocked move needs a reason (at least 10 characters).',
  },
  PLACEMENT_CHANGED: {
    kind: 'conflict',
    es: 'La situación cambió mientras se decidía: {reasons} Revise la comprobación y vuelva a intentarlo.',
    en: 'The situation changed while the move was being decided: {reasons} Review the check and try again.',
  },
  INTERNAL: {
    kind: 'internal',
    es: 'Error interno. Se ha registrado con el identificador {requestId}.',
    en: 'Internal error. It was logged with the identifier {requestId}.',
  },
} as const satisfies Record<string, { kind: ErrorKind; es: string; en: string }>;

export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'throttled'
  | 'internal';

export type ErrorCode = keyof typeof ERRORS;

/** A failure the user can act on, with a stable code and parameters for its message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;
  /** For validation errors: which field is wrong. */
  readonly field: string | undefined;

  constructor(code: ErrorCode, params: Record<string, unknown> = {}, field?: string) {
    super(interpolate(ERRORS[code].en, params, 'en'));
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.field = field;
  }

  get kind(): ErrorKind {
    return ERRORS[this.code].kind;
  }

  messageIn(language: Language): string {
    return interpolate(ERRORS[this.code][language], this.params, language);
  }
}

export function errorMessage(code: ErrorCode, language: Language, params: Record<string, unknown> = {}) {
  return interpolate(ERRORS[code][language], params, language);
}
