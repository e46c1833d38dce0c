import type { CustodyRow, LocationRow, MovementRow } from '../interchange/index.ts';

/** Where a location sits: its centre, and the wing and pavilion it is in (null when none). */
export interface Place {
  code: string;
  centre: string;
  wing: string | null;
  pavilion: string | null;
}

/** Every location with its wing and pavilion (rows in tree order: parents before children). */
export function placesOf(locations: readonly Omit<LocationRow, 'line'>[]): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const l of locations) {
    const parent = l.parent === null ? undefined : places.get(l.parent);
    places.set(l.code, {
      code: l.code,
      centre: l.centre,
      wing: l.kind === 'wing' ? l.code : (parent?.wing ?? null),
      pavilion: l.kind === 'pavilion' ? l.code : (parent?.pavilion ?? null),
    });
  }
  return places;
}

export interface Whereabouts {
  /** The people still in custody at the end of the history: centre and cell (null = not placed). */
  current: Map<string, { centre: string; cell: string | null }>;
  /** Every cell each person has been placed in, at admission or by a later movement. */
  cellsEver: Map<string, string[]>;
}

/**
 * Follows the custody rows and then the movements (in time order, as the generator draws them)
 * to where everyone ends up, and where they have been.
 */
export function followPeople(
  custody: readonly Omit<CustodyRow, 'line'>[],
  movements: readonly Omit<MovementRow, 'line'>[],
  places: ReadonlyMap<string, Place>,
): Whereabouts {
  const current = new Map<string, { centre: string; cell: string | null }>();
  const cellsEver = new Map<string, string[]>();
  const visit = (person: string, cell: string) => {
    if (cellsEver.has(person)) cellsEver.get(person)?.push(cell);
    else cellsEver.set(person, [cell]);
  };
  for (const c of custody) {
    current.set(c.person, { centre: c.centre, cell: c.location });
    if (c.location) visit(c.person, c.location);
  }
  for (const m of movements) {
    if (m.type === 'release' || m.type === 'death') {
      current.delete(m.person);
      continue;
    }
    if (m.to === null) continue;
    // `to` is a cell, or a centre (the person is on its roll, not placed).
    const place = places.get(m.to);
    current.set(m.person, place ? { centre: place.centre, cell: place.code } : { centre: m.to, cell: null });
    if (place) visit(m.person, place.code);
  }
  return { current, cellsEver };
}
