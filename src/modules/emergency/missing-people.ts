import type { Queryable } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { SortDirection } from '../../kernel/paging.ts';
import { AppError } from '../../kernel/errors.ts';
import { findMissingCentres } from '../estate/index.ts';
import { findPersons, normaliseForSearch, personsWithPhotos } from '../register/index.ts';
import { findStays, occupantsOfCentre } from '../roll/index.ts';
import { locationsUnder } from './locations-under.ts';
import { pageInDatabase, searchPage } from './missing-page.ts';
import { unverifiedInForce } from './repository.ts';
import type { MissingList, MissingPerson, MissingSort } from './schemas.ts';

/** Filters and a page of the missing list; without `limit`, the whole list. */
export interface MissingOptions {
  /** A pavilion, wing or cell: people whose last location is under it. */
  location?: string | undefined;
  /** Name, alias, register number or national ID. */
  q?: string | undefined;
  sort?: MissingSort | undefined;
  dir?: SortDirection | undefined;
  /** Absent: the whole list. */
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Whole years from a birth date (YYYY-MM-DD) to an instant (UTC calendar). */
export function ageAt(birthDate: string | null, at: Date): number | null {
  if (!birthDate) return null;
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const beforeBirthday = at.getUTCMonth() + 1 < m || (at.getUTCMonth() + 1 === m && at.getUTCDate() < d);
  return at.getUTCFullYear() - y - (beforeBirthday ? 1 : 0);
}

/** Everyone inside the centre now (the open stays, one light read) or at `at`. */
async function insideAt(db: Queryable, centre: string, at: Date | undefined): Promise<string[]> {
  if (at) return (await findStays(db, { centre, at, states: ['in'] })).map((s) => s.person);
  return (await occupantsOfCentre(db, centre)).flatMap((o) => (o.state === 'in' ? [o.person] : []));
}

/**
 * The missing list of a centre: everyone on its roll who is unaccounted for (escaped), and, while
 * an emergency is active, everyone on its frozen list still unverified and, by the roll, inside.
 * Sorted by family names. Without `at` it is the list now, from the open stays, exactly as the
 * roll counts them; with `at`, as it stood then (verification marks are taken at their last
 * change, so a person marked twice counts as unverified until the second mark). `total` counts
 * everyone matching the filters; `people` is the page asked for (whether each has a photograph
 * is read for that page only).
 */
export async function missingPeople(
  db: Queryable,
  clock: Clock,
  principal: Pick<Principal, 'caseload'>,
  centre: string,
  at?: Date,
  options: MissingOptions = {},
): Promise<MissingList> {
  if (!isInCaseload(principal, centre) || (await findMissingCentres(db, [centre])).length > 0) throw new AppError('CENTRE_NOT_FOUND', { code: centre }, 'centre');
  const when = at ?? clock.now();
  const [escaped, candidates, under] = await Promise.all([
    findStays(db, { centre, at, states: ['unaccounted'] }),
    unverifiedInForce(db, centre, at),
    options.location ? locationsUnder(db, centre, options.location) : undefined,
  ]);
  // Only people the roll still has inside: a movement recorded since (court, transfer,
  // release) says where they are.
  // (Everyone inside the centre, read once: cheaper than naming thousands of candidates.)
  const inside = new Set(candidates.length === 0 ? [] : await insideAt(db, centre, at));
  const byPerson = new Map<string, { since: Date; location: string | null }>();
  for (const row of escaped) if (!byPerson.has(row.person)) byPerson.set(row.person, { since: row.since, location: row.location });
  for (const row of candidates) if (inside.has(row.person) && !byPerson.has(row.person)) byPerson.set(row.person, row);
  if (under) {
    const codes = new Set(under);
    for (const [id, row] of byPerson) if (row.location === null || !codes.has(row.location)) byPerson.delete(id);
  }
  const terms = normaliseForSearch(options.q ?? '').split(' ').filter(Boolean);
  const rows = [...byPerson].map(([id, row]) => ({ id, ...row }));
  const offset = options.offset ?? 0;
  const window = { sort: options.sort ?? 'name', dir: options.dir ?? 'asc', offset, limit: options.limit ?? rows.length };
  const { total, ids } = terms.length > 0 ? await searchPage(db, rows, terms, window) : await pageInDatabase(db, rows, window);
  const [names, withPhoto] = await Promise.all([findPersons(db, ids), personsWithPhotos(db, ids)]);
  const byId = new Map(names.map((p) => [p.id, p]));
  const page = ids.map((id): MissingPerson => {
    const p = byId.get(id);
    const row = byPerson.get(id) as { since: Date; location: string | null };
    return {
      id,
      given_names: p?.givenNames ?? '',
      family_names: p?.familyNames ?? '',
      since: row.since.toISOString(),
      last_location: row.location,
      national_id: p?.nationalId ?? null,
      birth_date: p?.birthDate ?? null,
      age: ageAt(p?.birthDate ?? null, when),
      has_photo: withPhoto.has(id),
    };
  });
  return { centre, at: when.toISOString(), people: page, total, offset, limit: options.limit ?? null };
}
