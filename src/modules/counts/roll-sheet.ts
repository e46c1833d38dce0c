import type { Queryable } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import { BED_KINDS, findCentres, listCentreLocations } from '../estate/index.ts';
import { findPersons, namesOf, openEpisodesOf, personsWithPhotos } from '../register/index.ts';
import { findStays } from '../roll/index.ts';

/**
 * The roll sheet of a pavilion, for officers on the floor: every cell or unit under it with the
 * people placed there now (names, aliases, legal status, risk; those out at court or hospital
 * are listed with their state), each with where their photograph is, when the register holds one.
 */
export async function rollSheet(db: Queryable, clock: Clock, principal: Pick<Principal, 'caseload'>, input: { centre: string; pavilion: string }) {
  const [centre] = isInCaseload(principal, input.centre) ? await findCentres(db, [input.centre]) : [];
  if (!centre) throw new AppError('CENTRE_NOT_FOUND', { code: input.centre });
  const places = await listCentreLocations(db, centre.code);
  const pavilion = places.find((p) => p.code === input.pavilion && p.kind === 'pavilion');
  if (!pavilion) throw new AppError('LOCATION_NOT_FOUND', { code: input.pavilion }, 'pavilion');
  const under = places.filter((p) => p.path.startsWith(`${pavilion.path}/`));
  const rows = await findStays(db, { locations: under.map((p) => p.code) });
  const ids = rows.map((r) => r.person);
  const [people, episodes, photos] = await Promise.all([findPersons(db, ids), openEpisodesOf(db, ids), personsWithPhotos(db, ids)]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const occupied = new Set(rows.map((r) => r.location));
  const cells = under
    .filter((p) => occupied.has(p.code) || (p.status === 'active' && BED_KINDS.includes(p.kind)))
    .map((place) => ({
      code: place.code,
      name: place.name,
      kind: place.kind,
      status: place.status,
      people: rows
        .filter((r) => r.location === place.code)
        .map((r) => {
          const p = byId.get(r.person);
          const e = episodes.get(r.person);
          return {
            ...namesOf(r.person, p),
            legalStatus: e?.legalStatus ?? null,
            risk: e?.risk ?? null,
            state: r.state,
            outReason: r.outReason,
            photo: photos.has(r.person) ? `/api/v1/persons/${encodeURIComponent(r.person)}/photo` : null,
          };
        })
        .sort((a, b) => a.familyNames.localeCompare(b.familyNames, 'es') || a.id.localeCompare(b.id)),
    }));
  return {
    centre: { code: centre.code, name: centre.name },
    pavilion: { code: pavilion.code, name: pavilion.name },
    generatedAt: clock.now(),
    cells,
    totals: { placed: rows.length, in: rows.filter((r) => r.state === 'in').length },
  };
}
