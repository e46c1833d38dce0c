import type { Queryable } from '../../db/engine.ts';
import { findLocations } from '../estate/index.ts';
import { findPersons } from '../register/index.ts';
import type { SearchJson, SearchRow, SeizureJson, SeizureRow } from './repository.ts';
import type { SearchView, SeizureView } from './schemas.ts';

const iso = (value: Date | string) => new Date(value).toISOString();

/** The names of these locations (codes without one are left out), so that lists show names rather than codes. */
export async function locationNames(db: Queryable, codes: readonly (string | null)[]): Promise<ReadonlyMap<string, string>> {
  const wanted = [...new Set(codes.filter((c): c is string => c !== null))];
  return new Map(wanted.length === 0 ? [] : (await findLocations(db, wanted)).map((l) => [l.code, l.name]));
}

/** Finds as the API sends them: times as ISO text, and the names of their places and of the people they were found on. */
export async function presentSeizures(db: Queryable, rows: readonly (SeizureRow | SeizureJson)[]): Promise<SeizureView[]> {
  const people = [...new Set(rows.flatMap((r) => (r.person ? [r.person] : [])))];
  const names = new Map((await findPersons(db, people)).map((p) => [p.id, `${p.givenNames} ${p.familyNames}`]));
  const places = await locationNames(db, rows.map((r) => r.location));
  return rows.map((r) => ({
    id: r.id,
    at: iso(r.at),
    centre: r.centre,
    location: r.location,
    locationName: r.location ? (places.get(r.location) ?? null) : null,
    item: r.item as SeizureView['item'],
    quantity: r.quantity,
    whereFound: r.whereFound,
    description: r.description,
    person: r.person,
    personName: r.person ? (names.get(r.person) ?? null) : null,
    incident: r.incident,
    search: r.search,
    recordedAt: iso(r.recordedAt),
    recordedBy: r.recordedBy,
  }));
}

/** A search as the API sends it, with what it found item by item and its place named (`places`: from locationNames). */
export function presentSearch(row: SearchRow | SearchJson, items: SearchView['items'], places: ReadonlyMap<string, string>): SearchView {
  return {
    id: row.id,
    centre: row.centre,
    location: row.location,
    locationName: row.location ? (places.get(row.location) ?? null) : null,
    kind: row.kind as SearchView['kind'],
    startedAt: iso(row.startedAt),
    endedAt: row.endedAt ? iso(row.endedAt) : null,
    team: row.team,
    result: row.result as SearchView['result'],
    note: row.note,
    recordedAt: iso(row.recordedAt),
    recordedBy: row.recordedBy,
    items,
  };
}
