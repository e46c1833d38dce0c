import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { compareBy, type PageOf, type SortDirection } from '../../kernel/paging.ts';
import type { LegalStatus } from '../../kernel/vocabulary.ts';
import { getLocation, listSubtree } from '../estate/index.ts';
import { pagePersonsAmong } from '../register/index.ts';
import { describeOccupants, type Occupant } from './centre-view.ts';
import { selectOpenStaysIn, stateOf } from './repository.ts';
import type { LocationPeopleSort } from './schemas.ts';
import type { PersonState } from './transitions.ts';

/**
 * The register numbers of a criminal group's current members, for a user allowed to read them
 * (the groups module's, passed in by the composition root, which audits the reading); FORBIDDEN
 * otherwise.
 */
export type GroupMembersOf = (group: string) => Promise<ReadonlySet<string>>;

export interface LocationPeopleFilter {
  offset: number;
  limit: number;
  sort: LocationPeopleSort;
  dir: SortDirection;
  /** Only the people under this wing (a wing inside the location). */
  wing?: string | undefined;
  /** Only these legal statuses; `none` = no open episode's status recorded. */
  legalStatus?: readonly (LegalStatus | 'none')[] | undefined;
  state?: readonly PersonState['state'][] | undefined;
  /** Only the members of this group (needs `groupMembers`). */
  group?: string | undefined;
}

/** The sorts the roll answers itself, from the stays (the others are the register's). */
const STAY_SORT_KEYS: Record<'cell' | 'since' | 'state', (r: PersonState) => string | number | null> = {
  cell: (r) => r.location,
  since: (r) => r.since.getTime(),
  state: (r) => r.state,
};

/**
 * The people placed in a location or under it (a pavilion's, a wing's, a cell's), filtered and
 * sorted, one page of them with how many match in all. Outside the caseload: LOCATION_NOT_FOUND,
 * as for the location itself. A wing that is not under the location is refused on `wing`.
 */
export async function listLocationPeople(
  db: Queryable,
  principal: Pick<Principal, 'caseload'>,
  code: string,
  filter: LocationPeopleFilter,
  groupMembers?: GroupMembersOf,
): Promise<PageOf<Occupant>> {
  await getLocation(db, principal, code);
  const subtree = await listSubtree(db, code);
  let places = subtree;
  if (filter.wing !== undefined) {
    const wing = subtree.find((l) => l.code === filter.wing && l.kind === 'wing');
    if (!wing) throw new AppError('LOCATION_NOT_FOUND', { code: filter.wing }, 'wing');
    places = subtree.filter((l) => l.code === wing.code || l.path.split('/').includes(wing.code));
  }
  let rows = (await selectOpenStaysIn(db, places.map((l) => l.code), filter.state)).map(stateOf);
  if (filter.group !== undefined) {
    if (!groupMembers) throw new AppError('FORBIDDEN');
    const members = await groupMembers(filter.group);
    rows = rows.filter((r) => members.has(r.person));
  }
  const statuses = filter.legalStatus && filter.legalStatus.length > 0 ? filter.legalStatus : undefined;
  let total: number;
  let page: PersonState[];
  if (filter.sort === 'name' || filter.sort === 'id' || filter.sort === 'legalStatus') {
    // Sorted and cut by the register, in SQL: only the page's people are described.
    const byPerson = new Map(rows.map((r) => [r.person, r]));
    const found = await pagePersonsAmong(db, [...byPerson.keys()], { legalStatuses: statuses, sort: filter.sort, dir: filter.dir, offset: filter.offset, limit: filter.limit });
    total = found.total;
    page = found.ids.flatMap((id) => byPerson.get(id) ?? []);
  } else {
    if (statuses) {
      const kept = await pagePersonsAmong(db, rows.map((r) => r.person), { legalStatuses: statuses, sort: 'id', dir: 'asc', offset: 0, limit: rows.length });
      const keep = new Set(kept.ids);
      rows = rows.filter((r) => keep.has(r.person));
    }
    const byKey = compareBy(STAY_SORT_KEYS[filter.sort], filter.dir);
    const byId = compareBy((r: PersonState) => r.person, 'asc');
    rows.sort((a, b) => byKey(a, b) || byId(a, b));
    total = rows.length;
    page = rows.slice(filter.offset, filter.offset + filter.limit);
  }
  const described = new Map((await describeOccupants(db, page)).map((o) => [o.id, o]));
  return { total, offset: filter.offset, limit: filter.limit, items: page.flatMap((r) => described.get(r.person) ?? []) };
}