/**
 * The Spanish texts of emergencies at scale (verificar un ala o celda entera, filtrar por
 * ubicación, la lista de personas sin localizar paginada e imprimible): the reference for
 * `emergency-scale.en.ts`. Merged with the other catalogues in `index.ts`; no key may repeat one
 * of theirs. `{name}` marks a parameter; a `.one` key is the singular of the key without it.
 */
export const emergencyScaleEs = {
  'emergencyScale.location': 'Ubicación',
  'emergencyScale.location.all': 'Todo el centro',
  'emergencyScale.sort': 'Ordenar por',
  'emergencyScale.sort.location': 'Ubicación esperada',
  'emergencyScale.sort.name': 'Apellidos',
  'emergencyScale.unverified.title': 'Personas por verificar ({count})',
  'emergencyScale.unverified.titleAt': 'Personas por verificar en {location} ({count})',
  'emergencyScale.unverified.noneAt': 'No queda nadie por verificar en {location}.',
  'emergencyScale.pagerLabel': 'personas por verificar',
  'emergencyScale.verify.title': 'Verificar de una vez: {location}',
  'emergencyScale.verify.text': 'Si ha visto a todas las personas que quedan por verificar en {location}, márquelas verificadas de una vez. Antes verá la lista de nombres.',
  'emergencyScale.verify.button': 'Verificar a las {count} personas de {location}',
  'emergencyScale.verify.button.one': 'Verificar a la persona de {location}',
  'emergencyScale.verify.question': '¿Ha visto a estas {count} personas en {location}? Quedarán marcadas como verificadas.',
  'emergencyScale.verify.question.one': '¿Ha visto a esta persona en {location}? Quedará marcada como verificada.',
  'emergencyScale.verify.names': 'Personas que se marcarán como verificadas',
  'emergencyScale.verify.yes': 'Sí, verificar a las {count}',
  'emergencyScale.verify.yes.one': 'Sí, verificarla',
  'emergencyScale.verify.done': '{count} personas de {location} verificadas.',
  'emergencyScale.verify.done.one': '1 persona de {location} verificada.',
  'emergencyScale.verify.changed': 'La lista ha cambiado: revise los nombres de nuevo antes de confirmar.',
  'emergencyScale.verify.loading': 'Cargando la lista de nombres…',

  'missingScale.filters': 'Filtrar la lista',
  'missingScale.search': 'Nombre o número',
  'missingScale.sort.name': 'Apellidos',
  'missingScale.sort.location': 'Última ubicación',
  'missingScale.sort.since': 'Desde',
  'missingScale.pagerLabel': 'personas sin localizar',
  'missingScale.printView': 'Vista para imprimir',
  'missingScale.print.title': 'Personas sin localizar · {centre}',
  'missingScale.print.heading': 'Personas sin localizar — para imprimir',
  'missingScale.print.intro': 'Lista completa{where}, con fotografía cuando la hay. Generada el {at}.',
  'missingScale.print.where': ' de {location}',
  'missingScale.print.back': 'Volver a la lista',
  'missingScale.col.photo': 'Foto',
  'missingScale.col.nationalId': 'Cédula',
  'missingScale.col.age': 'Edad',
  'missingScale.noPhoto': 'Sin foto',
  'missingScale.photoOf': 'Fotografía de {name}',
  'missingScale.age': '{age} años',
  'missingScale.none': 'No hay personas sin localizar con estos filtros.',

  'auditAction.emergency.location_verified': 'Verificación de una ubicación completa en emergencia',
} as const;

export type EmergencyScaleMessageKey = keyof typeof emergencyScaleEs;
export type EmergencyScaleMessages = Record<EmergencyScaleMessageKey, string>;
