import type { ListsMessages } from './lists.es.ts';

/** The English texts of lists that page, sort, filter and export: every key of the Spanish ones. */
export const listsEn: ListsMessages = {
  'pager.label': 'Pages: {what}',
  'pager.range': '{from}–{to} of {total}',
  'pager.empty': '0 of {total}',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'pager.previousLabel': 'Previous page',
  'pager.nextLabel': 'Next page',
  'pager.size': 'Rows per page',
  'pager.page': 'Page {page} of {pages}',

  'csv.export': 'Export CSV',
  'csv.exporting': 'Exporting {done} of {total}…',
  'csv.done': 'Exported {count} rows to {file}.',
  'csv.done.one': 'Exported 1 row to {file}.',
  'csv.failed': 'Could not export: {message}',

  'filters.title': 'Filters',
  'filters.any': 'All',
  'filters.clear': 'Clear filters',
  'filters.wing': 'Wing',
  'filters.legalStatus': 'Legal status',
  'filters.state': 'State',
  'filters.group': 'Criminal group',
  'filters.centre': 'Centre',
  'filters.role': 'Role in the group',
  'filters.confidence': 'Confidence',
  'filters.noLegalStatus': 'No status recorded',

  'listCol.cell': 'Cell',
  'listCol.wing': 'Wing',
  'listCol.groups': 'Groups',

  'locationPeople.caption': 'People in {name}: {count} with these filters',
  'locationPeople.none': 'Nobody matches these filters.',
  'groupMembers.caption': 'Members in custody within your scope: {count} with these filters',
  'groupMembers.none': 'No member matches these filters.',
  'persons.total': '{count} people found for “{query}”.',
  'persons.total.one': '1 person found for “{query}”.',
  'persons.more': 'Show {count} more',
  'persons.showing': 'Showing {shown} of {total}, closest first.',
};
