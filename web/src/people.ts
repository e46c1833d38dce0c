/** How people's names are written. */

interface Named {
  givenNames: string;
  familyNames: string;
}

/** As people say it: given names, then family names. */
export function fullName(person: Named): string {
  return `${person.givenNames} ${person.familyNames}`.trim();
}

/** As registers list it: family names first, for sorting and scanning. */
export function listName(person: Named): string {
  return person.familyNames ? `${person.familyNames}, ${person.givenNames}` : person.givenNames;
}
