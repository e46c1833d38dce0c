import type { Queryable } from '../../db/engine.ts';
import { compareBy, type SortDirection } from '../../kernel/paging.ts';
import { findPersons, normaliseForSearch, pagePersonsAmong, type Person } from '../register/index.ts';
import { matchScore } from './find-on-list.ts';
import type { MissingSort } from './schemas.ts';

/** One person on the missing list before their names are read. */
export interface MissingRow {
  id: string;
  since: Date;
  location: string | null;
}

/** The register numbers of one page, in order, and how many match in all. */
export interface MissingPageIds {
  total: number;
  ids: string[];
}

const SORT_KEYS: Record<MissingSort, (row: MissingRow) => string | number | null> = {
  name: () => null,
  location: (row) => row.location,
  since: (row) => row.since.getTime(),
};

/**
 * One page of the list by `sort`, then family and given names, then register number. The rows
 * are few columns each: they are ordered here by the sort's own column (one group for `name`),
 * and only the groups the page falls in are ordered by name, in the database (the register's
 * `pagePersonsAmong`), so no name is read for people off the page.
 */
export async function pageInDatabase(
  db: Queryable,
  rows: readonly MissingRow[],
  window: { sort: MissingSort; dir: SortDirection; offset: number; limit: number },
): Promise<MissingPageIds> {
  const order = compareBy(SORT_KEYS[window.sort], window.dir);
  const sorted = [...rows].sort(order);
  const end = Math.min(window.offset + window.limit, sorted.length);
  const ids: string[] = [];
  for (let start = 0; start < end; ) {
    let stop = start + 1;
    while (stop < sorted.length && order(sorted[start] as MissingRow, sorted[stop] as MissingRow) === 0) stop += 1;
    if (stop > window.offset) {
      const from = Math.max(window.offset, start) - start;
      const group = sorted.slice(start, stop).map((r) => r.id);
      const found = await pagePersonsAmong(db, group, { sort: 'name', dir: window.dir, offset: from, limit: Math.min(end, stop) - start - from });
      ids.push(...found.ids);
    }
    start = stop;
  }
  return { total: rows.length, ids };
}

// One collator for the whole sort: `localeCompare(…, 'es')` builds one per comparison.
const collator = new Intl.Collator('es');
const byName = (a: Person | undefined, b: Person | undefined) => collator.compare(a?.familyNames ?? '', b?.familyNames ?? '') || collator.compare(a?.givenNames ?? '', b?.givenNames ?? '');

/**
 * The people whose name, alias, register number or national ID match every term (accents, order
 * and a typo forgiven; see `matchScore`), by `sort` then name: every name is read, the matches
 * are few.
 */
export async function searchPage(
  db: Queryable,
  rows: readonly MissingRow[],
  terms: readonly string[],
  window: { sort: MissingSort; dir: SortDirection; offset: number; limit: number },
): Promise<MissingPageIds> {
  const names = new Map((await findPersons(db, rows.map((r) => r.id))).map((p) => [p.id, p]));
  const matching = rows.filter((row) => {
    const p = names.get(row.id);
    const words = normaliseForSearch([p?.givenNames, p?.familyNames, ...(p?.aliases ?? []), row.id, p?.nationalId ?? ''].join(' ')).split(' ');
    return matchScore(terms, words) !== null;
  });
  const column = compareBy(SORT_KEYS[window.sort], 'asc');
  matching.sort((a, b) => column(a, b) || byName(names.get(a.id), names.get(b.id)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (window.dir === 'desc') matching.reverse();
  return { total: matching.length, ids: matching.slice(window.offset, window.offset + window.limit).map((r) => r.id) };
}
