import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { slicePage, type PageOf, type SortDirection } from '../../kernel/paging.ts';
import type { VerificationStatus } from '../../kernel/vocabulary.ts';
import { findPersons, normaliseForSearch, pagePersonsAmong, type Person } from '../register/index.ts';
import { findEmergency, presentListed, type ListedPerson } from './get-emergency.ts';
import { locationsUnder } from './locations-under.ts';
import { listedRowsWhere, type EmergencyPersonRow } from './repository.ts';
import type { ListedSort } from './schemas.ts';

/** A page of the frozen list and how many match in all. */
export type ListedPage = PageOf<ListedPerson>;

export interface ListOptions {
  status?: VerificationStatus | undefined;
  /** A pavilion, wing or cell of the centre: everyone expected anywhere under it. */
  location?: string | undefined;
  sort?: ListedSort | undefined;
  dir?: SortDirection | undefined;
  /** Absent: everything. */
  limit?: number | undefined;
  offset?: number | undefined;
}

// One collator for a whole sort: `localeCompare(…, 'es')` builds one per comparison.
const collator = new Intl.Collator('es');
const byName = (a: Pick<Person, 'familyNames' | 'givenNames' | 'id'>, b: Pick<Person, 'familyNames' | 'givenNames' | 'id'>) =>
  collator.compare(a.familyNames, b.familyNames) || collator.compare(a.givenNames, b.givenNames) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Finds people on an emergency's frozen list by name, alias, register number or national ID:
 * accent- and case-insensitive, words in any order, a typo forgiven; best matches first. Without
 * a query, the list (optionally of one status, under one location) by expected location then
 * register number, or by name (sorted in the database). Names and whereabouts are read only for
 * the page asked for, unless the query needs every name.
 */
export async function findOnList(db: Queryable, principal: Pick<Principal, 'caseload'>, id: string, query: string, options: ListOptions = {}): Promise<ListedPage> {
  const emergency = await findEmergency(db, principal, id);
  const locations = options.location ? await locationsUnder(db, emergency.centre, options.location) : undefined;
  let rows = await listedRowsWhere(db, id, { status: options.status, locations });
  const terms = normaliseForSearch(query).split(' ').filter(Boolean);
  if (terms.length === 0 && options.sort === 'name') {
    // By name in the database: only the page's names are read.
    const byPerson = new Map(rows.map((r) => [r.person, r]));
    const window = { offset: options.offset ?? 0, limit: options.limit ?? Math.max(rows.length, 1) };
    const found = await pagePersonsAmong(db, [...byPerson.keys()], { sort: 'name', dir: options.dir ?? 'asc', ...window });
    const { listed } = await presentListed(db, found.ids.flatMap((person) => byPerson.get(person) ?? []));
    return { total: rows.length, ...window, items: listed };
  }
  let persons: Map<string, Person> | undefined;
  if (terms.length > 0) {
    persons = new Map((await findPersons(db, rows.map((r) => r.person))).map((p) => [p.id, p]));
    const known = persons;
    const nameOf = (person: string) => known.get(person) ?? { id: person, familyNames: '', givenNames: '', aliases: [], nationalId: null };
    const scored: { row: EmergencyPersonRow; score: number }[] = [];
    for (const row of rows) {
      const p = nameOf(row.person);
      const words = normaliseForSearch([p.givenNames, p.familyNames, ...p.aliases, row.person, p.nationalId ?? ''].join(' ')).split(' ');
      const score = matchScore(terms, words);
      if (score !== null) scored.push({ row, score });
    }
    rows = scored.sort((a, b) => b.score - a.score || byName(nameOf(a.row.person), nameOf(b.row.person))).map((s) => s.row);
  }
  const window = { offset: options.offset ?? 0, limit: options.limit ?? Math.max(rows.length, 1) };
  const page = slicePage(rows, window);
  const { listed } = await presentListed(db, page.items, persons);
  return { ...page, items: listed };
}

/**
 * How well every query term matches some word of a name (higher is better), or null if one
 * does not: exact 3, prefix 2, one edit off (two for words of 8 letters or more) 1. Pure.
 */
export function matchScore(terms: readonly string[], words: readonly string[]): number | null {
  let total = 0;
  for (const term of terms) {
    let best = 0;
    for (const word of words) {
      if (word === term) best = 3;
      else if (word.startsWith(term)) best = Math.max(best, 2);
      else if (isFuzzy(term) && editDistance(term, word) <= (term.length >= 8 ? 2 : 1)) best = Math.max(best, 1);
      if (best === 3) break;
    }
    if (best === 0) return null;
    total += best;
  }
  return total;
}

// Names forgive a typo; identifiers (register numbers, national IDs) must match as typed.
const isFuzzy = (term: string) => term.length >= 4 && !/\d/.test(term);

/** Edit distance counting a swap of two neighbouring letters as one edit ("macais" → "macias"). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
