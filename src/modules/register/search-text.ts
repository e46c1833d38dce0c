/** Lower case, accents removed, punctuation to spaces: "José Macías-Villamar" → "jose macias villamar". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9ñ]+/g, ' ')
    .trim();
}

/** What fuzzy search matches for a person: names, aliases and identifiers. */
export function searchTextOf(person: { id: string; nationalId: string | null; givenNames: string; familyNames: string; aliases: readonly string[] }): string {
  return normaliseForSearch([person.givenNames, person.familyNames, ...person.aliases, person.id, person.nationalId ?? ''].join(' '));
}

/**
 * The words of a query, normalised, at most 6. Two-letter words ("el", "de", "la") count only
 * when there is nothing longer to search by.
 */
export function queryTerms(query: string): string[] {
  const words = normaliseForSearch(query).split(' ').filter((term) => term.length >= 2);
  const long = words.filter((term) => term.length >= 3);
  return (long.length > 0 ? long : words).slice(0, 6);
}

/** The distinct words of a person's search text. */
export function searchTokensOf(person: Parameters<typeof searchTextOf>[0]): string[] {
  return [...new Set(searchTextOf(person).split(' ').filter((t) => t.length > 0))];
}
