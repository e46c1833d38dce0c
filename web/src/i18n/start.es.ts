/**
 * The Spanish texts of the start pages (inicio por rol: guía, director, planta central) and of
 * the list of pretrial limits: the reference for `start.en.ts`. Merged with the other catalogues
 * in `index.ts`; no key may repeat one of theirs (checked below). `{name}` marks a parameter; a
 * `.one` key is the singular of the key without it.
 */
import type { es } from './es.ts';
import type { housingEs } from './housing.es.ts';
import type { rollEs } from './roll.es.ts';

export const startEs = {
  'start.menu.open': 'Menú',
  'start.menu.close': 'Cerrar el menú',
  'start.introCentre': 'Lo que pasa ahora en {centre}.',
  'start.introNational': 'Lo que pasa ahora en los centros del país.',
  'start.introOther': 'Sus accesos en Custodia.',
  'start.pickCentre': 'Elija el centro que quiere ver en su inicio.',
  'start.centreTitle': 'Ahora en {centre}',
  'start.directorTitle': 'Para la dirección de {centre}',

  'start.emergencies': 'Emergencias activas',
  'start.emergency.title': 'EMERGENCIA ACTIVA EN {centre}',
  'start.emergency.missing': 'personas sin localizar',
  'start.emergency.missing.one': 'persona sin localizar',
  'start.emergency.detail': '{unverified} sin verificar en la lista de {expected} · {escaped} fugadas sin recapturar',
  'start.emergency.what': '{kind}, declarada el {when} por {who}.',
  'start.emergency.open': 'Abrir la emergencia',

  'start.roll.title': 'Población ahora',
  'start.roll.link': 'Ver el recuento',
  'start.counts.title': 'Conteos',
  'start.counts.open': 'Conteo en curso desde el {when}.',
  'start.counts.pending': 'Ubicaciones por contar',
  'start.counts.discrepancies': 'Discrepancias sin conciliar',
  'start.counts.none': 'Ningún conteo en curso.',
  'start.counts.last': 'Último conteo cerrado: {when}.',
  'start.counts.never': 'Aún no se ha registrado ningún conteo.',
  'start.counts.link': 'Ir a los conteos',
  'start.counts.continue': 'Continuar el conteo',
  'start.counts.start': 'Empezar el conteo',
  'start.counts.due': 'Conteo de las {time} pendiente.',
  'start.counts.dueStarted': 'Conteo de las {time} empezado. El siguiente, a las {next}.',
  'start.out.title': 'Fuera del centro ahora',
  'start.out.court': 'En audiencia',
  'start.out.hospital': 'En hospital',
  'start.out.other': 'Otros motivos',
  'start.out.enRoute': 'En traslado',
  'start.emergencyCard.title': 'Emergencia',
  'start.emergencyCard.none': 'Ninguna emergencia activa en este centro.',
  'start.emergencyCard.active': 'Emergencia activa desde el {when}: vea el aviso arriba.',
  'start.emergencyCard.link': 'Ir a emergencias',

  'start.pavilions.title': 'Pabellones sobre su capacidad',
  'start.pavilions.count': 'Pabellones',
  'start.pavilions.none': 'Ningún pabellón supera su capacidad de diseño.',
  'start.pavilions.line': '{occupancy} personas para {design} plazas ({percent})',
  'start.pavilions.link': 'Ver el establecimiento',
  'start.pretrial.title': 'Plazos de prisión preventiva',
  'start.pretrial.overdue': 'Vencidos',
  'start.pretrial.due': 'Vencen en {days} días',
  'start.pretrial.none': 'Ningún plazo vencido ni por vencer en los próximos {days} días.',
  'start.pretrial.link': 'Ver todos los plazos',
  'start.overrides.title': 'Autorizaciones pese a bloqueo',
  'start.overrides.count': 'Últimos 7 días',
  'start.overrides.none': 'Ninguna en los últimos 7 días.',
  'start.overrides.line': 'A {to}; autorizó {who} el {when}',
  'start.overrides.link': 'Ver las autorizaciones',

  'start.national.title': 'Todos los centros',
  'start.national.figures': 'Cifras nacionales',
  'start.national.caption': 'Cifras de los {count} centros, ahora',
  'start.national.caption.one': 'Cifras del centro, ahora',
  'start.national.pretrialShare': 'En prisión preventiva',
  'start.national.emergency': 'Emergencia activa',
  'start.national.escaped': 'Evadidos sin recapturar',
  'start.national.total': 'Total',
  'start.national.overCapacity': 'Centros sobre su capacidad',
  'start.national.activeEmergencies': 'Emergencias activas',
  'start.national.link': 'Ver el recuento nacional',

  'start.links.title': 'Accesos',

  'pretrialDue.title': 'Plazos de prisión preventiva',
  'pretrialDue.intro': 'Personas en prisión preventiva cuyo plazo (COIP art. 541) ya venció o vence en los próximos {days} días, las más urgentes primero.',
  'pretrialDue.heading': 'Plazos de prisión preventiva de {centre}',
  'pretrialDue.caption': 'Plazos vencidos y por vencer en {days} días',
  'pretrialDue.col.person': 'Persona',
  'pretrialDue.col.since': 'En preventiva desde',
  'pretrialDue.col.limit': 'Fecha límite',
  'pretrialDue.col.left': 'Plazo',
  'pretrialDue.months': '{months} meses',
  'pretrialDue.overdueBy': 'Venció hace {count} días',
  'pretrialDue.overdueBy.one': 'Venció ayer',
  'pretrialDue.today': 'Vence hoy',
  'pretrialDue.in': 'Vence en {count} días',
  'pretrialDue.in.one': 'Vence mañana',
  'pretrialDue.shown': 'Se muestran los {shown} más urgentes de {total}.',
  'pretrialDue.empty': 'Ningún plazo vencido ni por vencer en los próximos {days} días.',
} as const;

export type StartMessageKey = keyof typeof startEs;
export type StartMessages = Record<StartMessageKey, string>;

/** No key of this catalogue may be one of the other catalogues' (the merge would hide it). */
type Clash = Extract<StartMessageKey, keyof typeof es | keyof typeof rollEs | keyof typeof housingEs>;
export const NO_CLASH: [Clash] extends [never] ? true : never = true;
