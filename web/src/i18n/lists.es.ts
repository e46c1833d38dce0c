/**
 * The Spanish texts of lists that page, sort, filter and export (paginador, filtros, CSV): the
 * reference for `lists.en.ts`. Merged with the other catalogues in `index.ts`; no key may repeat
 * one of theirs (checked below). `{name}` marks a parameter; a `.one` key is the singular.
 */
import type { es } from './es.ts';
import type { housingEs } from './housing.es.ts';
import type { rollEs } from './roll.es.ts';

export const listsEs = {
  'pager.label': 'Paginación: {what}',
  'pager.range': '{from}–{to} de {total}',
  'pager.empty': '0 de {total}',
  'pager.previous': 'Anterior',
  'pager.next': 'Siguiente',
  'pager.previousLabel': 'Página anterior',
  'pager.nextLabel': 'Página siguiente',
  'pager.size': 'Filas por página',
  'pager.page': 'Página {page} de {pages}',

  'csv.export': 'Exportar CSV',
  'csv.exporting': 'Exportando {done} de {total}…',
  'csv.done': 'Exportadas {count} filas a {file}.',
  'csv.done.one': 'Exportada 1 fila a {file}.',
  'csv.failed': 'No se pudo exportar: {message}',

  'filters.title': 'Filtros',
  'filters.any': 'Todos',
  'filters.clear': 'Quitar filtros',
  'filters.wing': 'Ala',
  'filters.legalStatus': 'Situación jurídica',
  'filters.state': 'Estado',
  'filters.group': 'Grupo delictivo',
  'filters.centre': 'Centro',
  'filters.role': 'Función en el grupo',
  'filters.confidence': 'Certeza',
  'filters.noLegalStatus': 'Sin situación registrada',

  'listCol.cell': 'Celda',
  'listCol.wing': 'Ala',
  'listCol.groups': 'Grupos',

  'locationPeople.caption': 'Personas en {name}: {count} con estos filtros',
  'locationPeople.none': 'Nadie cumple estos filtros.',
  'groupMembers.caption': 'Miembros bajo custodia en su ámbito: {count} con estos filtros',
  'groupMembers.none': 'Ningún miembro cumple estos filtros.',
  'persons.total': 'Se encontraron {count} personas para «{query}».',
  'persons.total.one': 'Se encontró 1 persona para «{query}».',
  'persons.more': 'Ver {count} más',
  'persons.showing': 'Se muestran {shown} de {total}, las más parecidas primero.',
} as const;

export type ListsMessageKey = keyof typeof listsEs;
export type ListsMessages = Record<ListsMessageKey, string>;

/** No key of this catalogue may be one of the other catalogues' (the merge would hide it). */
type Clash = Extract<ListsMessageKey, keyof typeof es | keyof typeof rollEs | keyof typeof housingEs>;
export const NO_CLASH: [Clash] extends [never] ? true : never = true;
