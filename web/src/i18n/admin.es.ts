/**
 * The Spanish texts of administration (usuarios: acceso, restablecer contraseña; auditoría:
 * filtros, acciones en palabras), of the forced password change, and of date inputs: the
 * reference for `admin.en.ts`. Merged with the other catalogues in `index.ts`; no key may repeat
 * one of theirs (checked below). `{name}` marks a parameter.
 */
import type { es } from './es.ts';
import type { housingEs } from './housing.es.ts';
import type { listsEs } from './lists.es.ts';
import type { rollEs } from './roll.es.ts';

export const adminEs = {
  'users.editAccess': 'Roles y ámbito',
  'users.resetPassword': 'Restablecer contraseña',
  'users.confirmReset': '¿Restablecer la contraseña de {username}? Se cerrarán sus sesiones y deberá elegir una nueva al entrar.',
  'users.confirmResetYes': 'Sí, restablecer',
  'users.resetTitle': 'Contraseña de un solo uso para {username}',
  'users.resetText':
    'Entréguela a la persona por un medio seguro. Solo se muestra ahora: Custodia no la guarda en claro. Al entrar con ella, la persona deberá elegir su propia contraseña antes de hacer nada más. Sus sesiones abiertas se han cerrado.',
  'users.resetDone': 'Se ha restablecido la contraseña de {username}.',
  'users.verifyOnly': 'Puede comprobar que el registro de auditoría está íntegro: que no se ha borrado, alterado ni reescrito ningún registro.',

  'access.title': 'Roles y ámbito de {username}',
  'access.review': 'Revisar cambios',
  'access.reviewTitle': 'Confirme los cambios de {username}',
  'access.reviewHint': 'Cada cambio se aplica en la siguiente acción del usuario y queda registrado en la auditoría.',
  'access.nothingChanged': 'No ha cambiado nada.',
  'access.fromTo': 'de «{from}» a «{to}»',
  'access.confirm': 'Confirmar cambios',
  'access.saving': 'Guardando…',
  'access.back': 'Volver a editar',
  'access.cancel': 'Cancelar',
  'access.done': 'Se han cambiado los roles o el ámbito de {username}.',

  'password.forcedTitle': 'Debe cambiar su contraseña.',
  'password.forcedText':
    'Un administrador le ha dado una contraseña de un solo uso. Escríbala abajo y elija una nueva: hasta entonces Custodia no le deja hacer nada más.',
  'password.oneTime': 'Contraseña de un solo uso',

  'dateInput.pattern': 'Formato: {pattern}.',
  'dateInput.dayFormat': 'Escriba la fecha como DD/MM/AAAA, por ejemplo 05/12/2026.',
  'dateInput.timeFormat': 'Escriba la fecha y la hora como DD/MM/AAAA HH:MM, por ejemplo 05/12/2026 14:30.',

  'audit.filterFrom': 'Desde el día',
  'audit.filterTo': 'Hasta el día (incluido)',
  'audit.filterDatesHint': 'Días en la hora del centro elegido; sin centro, en la hora de Ecuador continental.',
  'audit.filterOrder': 'El último día no puede ser anterior al primero.',
  'audit.filterCentre': 'Centro',
  'audit.filterAllCentres': 'Todos',
  'audit.filterNoCentre': 'Sin centro (nacional)',
  'audit.filterAllActions': 'Todas las acciones',
  'audit.filterActorHint': 'Nombre de usuario exacto.',
  'audit.subjectId': 'Identificador',
  'audit.page': 'Página {page}',
  'audit.newer': 'Más recientes',
  'audit.older': 'Anteriores',
  'audit.pagerLabel': 'Páginas del registro de auditoría',

  'auditAction.user.password_reset': 'Contraseña restablecida por un administrador',
  'auditAction.emergency.location_verified': 'Ubicación comprobada durante una emergencia',
  'auditAction.person.description_changed': 'Cambio de la descripción física',
  'auditAction.person.photo_recorded': 'Fotografía registrada',
  'auditSubject.audit': 'Registro de auditoría',
} as const;

export type AdminMessageKey = keyof typeof adminEs;
export type AdminMessages = Record<AdminMessageKey, string>;

/** No key of this catalogue may be one of the other catalogues' (the merge would hide it). */
type Clash = Extract<AdminMessageKey, keyof typeof es | keyof typeof rollEs | keyof typeof housingEs | keyof typeof listsEs>;
export const NO_CLASH: [Clash] extends [never] ? true : never = true;
