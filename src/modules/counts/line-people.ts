import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { findPersons, namesOf } from '../register/index.ts';
import { findStays } from '../roll/index.ts';
import { visibleSession } from './get-count.ts';
import { findLine, marksOf } from './repository.ts';

/** The people listed at a line when the count started (the stays history, not now), with their marks. */
export async function linePeople(db: Queryable, principal: Pick<Principal, 'caseload'>, id: string, location: string) {
  const session = await visibleSession(db, principal, id);
  const line = await findLine(db, session.id, location);
  const stays = await findStays(db, { centre: session.centre, at: session.startedAt, states: ['in'], location: line.location === '' ? null : line.location });
  const listed = stays.map((s) => s.person);
  if (listed.length === 0) return { location: line.location, expected: line.expected, people: [] };
  const [people, marks] = await Promise.all([findPersons(db, listed), marksOf(db, session.id, listed)]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const markOf = new Map(marks.map((m) => [m.person, m]));
  return {
    location: line.location,
    expected: line.expected,
    people: listed
      .map((person) => {
        const p = byId.get(person);
        const mark = markOf.get(person);
        return {
          ...namesOf(person, p),
          present: mark?.present ?? null,
          markedBy: mark?.markedBy ?? null,
          markedAt: mark?.markedAt ?? null,
        };
      })
      .sort((a, b) => a.familyNames.localeCompare(b.familyNames, 'es') || a.id.localeCompare(b.id)),
  };
}
