import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import type { VerificationStatus } from '../../kernel/vocabulary.ts';
import { normaliseForSearch } from '../register/index.ts';
import { findEmergency, listedPeople, type ListedPerson } from './get-emergency.ts';

/**
 * Finds people on an emergency's frozen list by name, alias, register number or national ID:
 * accent- and case-insensitive, words in any order, a typo forgiven. Without a query, the whole
 * list (optionally of one status). Best matches first.
 */
export async function findOnList(
  db: Queryable,
  principal: Pick<Principal, 'caseload'>,
  id: string,
  query: string,
  options: { status?: VerificationStatus | undefined } = {},
): Promise<ListedPerson[]> {
  await findEmergency(db, principal, id);
  const { listed, persons } = await listedPeople(db, id, options.status);
  const terms = normaliseForSearch(query).split(' ').filter(Boolean);
  if (terms.length === 0) return listed;
  const scored: { person: ListedPerson; score: number }[] = [];
  for (const person of listed) {
    const p = persons.get(person.id);
    const words = normaliseForSearch([person.givenNames, person.familyNames, ...person.aliases, person.id, p?.nationalId ?? ''].join(' ')).split(' ');
    const score = matchScore(terms, words);
    if (score !== null) scored.push({ person, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.person.familyNames.localeCompare(b.person.familyNames, 'es') || a.person.id.localeCompare(b.person.id))
    .map((s) => s.person);
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
