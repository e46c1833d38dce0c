import type { SortDirection } from '../../src/kernel/paging.ts';
import type { Sort } from './components/SortHeader.tsx';

/**
 * The web's side of the paging shape (`src/kernel/paging.ts`): the query string of a list
 * request, and the bridge between `SortHeader`'s sort and the API's `sort`/`dir`.
 */

/**
 * `?a=1&b=x,y`: empty values and empty lists left out; lists joined with commas (`enumList`).
 * Takes a list's query type as the schemas export it (`z.input` or a partial `z.output`).
 */
export function listQuery(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params) as [string, unknown][]) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The API's `sort` and `dir` for a `SortHeader` sort. */
export function sortParams<C extends string>(sort: Sort<C>): { sort: C; dir: SortDirection } {
  return { sort: sort.column, dir: sort.direction === 'ascending' ? 'asc' : 'desc' };
}
