import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { BED_KINDS, findCentres, listCentreLocations, type Location } from '../estate/index.ts';
import { findPersons, openEpisodesOf } from '../register/index.ts';
import { assessCount, findLine, linesOf, presentAt, type CountLine, type CountSession } from './counts.ts';
import { countMarks, countSessions, stays } from './schema.ts';
import type { PersonState } from './transitions.ts';

type Viewer = Pick<Principal, 'caseload'>;

/** The session if it exists and its centre is in the caseload; otherwise "not found", alike. */
async function visibleSession(db: Database, principal: Viewer, id: string): Promise<CountSession> {
  const [session] = await db.select().from(countSessions).where(eq(countSessions.id, id));
  if (!session || !isInCaseload(principal, session.centre)) throw new AppError('COUNT_NOT_FOUND', { id });
  return session;
}

/** A line's place in the estate: its name and the pavilion it is under (none for '' and top-level units). */
function placeOf(places: ReadonlyMap<string, Location>, code: string) {
  const place = places.get(code);
  const top = place ? places.get(place.path.split('/')[0] ?? '') : undefined;
  return {
    name: place?.name ?? null,
    kind: place?.kind ?? null,
    pavilion: top?.kind === 'pavilion' ? { code: top.code, name: top.name } : null,
    path: place?.path ?? null,
  };
}

/** Tree order, the unplaced line ('') last. */
function byPlace(a: { location: string; path: string | null }, b: { location: string; path: string | null }) {
  if (a.location === '' || b.location === '') return a.location === '' ? (b.location === '' ? 0 : 1) : -1;
  return (a.path ?? a.location).localeCompare(b.path ?? b.location);
}

function assemble(session: CountSession, lines: readonly CountLine[], places: readonly Location[]) {
  const byCode = new Map(places.map((p) => [p.code, p]));
  const assessment = assessCount(lines);
  const viewed = assessment.lines
    .map(({ session: _session, ...line }) => ({ ...line, ...placeOf(byCode, line.location) }))
    .sort(byPlace)
    .map(({ path: _path, ...line }) => line);
  return { session, lines: viewed, totals: assessment.totals };
}

export type CountDetail = ReturnType<typeof assemble>;
export type CountLineView = CountDetail['lines'][number];

/** A count with every line (place, expected, counted, status) and its totals. */
export async function getCount(db: Database, principal: Viewer, id: string): Promise<CountDetail> {
  const session = await visibleSession(db, principal, id);
  const [lines, places] = await Promise.all([linesOf(db, [session.id]), listCentreLocations(db, session.centre)]);
  return assemble(session, lines, places);
}

/** One line of a count with the count's totals (what a screen refreshes after an entry). */
export async function getCountLine(db: Database, principal: Viewer, id: string, location: string) {
  const detail = await getCount(db, principal, id);
  const line = detail.lines.find((l) => l.location === location);
  if (!line) throw new AppError('COUNT_LINE_UNKNOWN', { location: location || '-' }, 'location');
  return { line, totals: detail.totals };
}

/** Counts of a centre (or of the whole caseload), newest first, with their totals. */
export async function listCounts(db: Database, principal: Viewer, options: { centre?: string | undefined; limit?: number } = {}) {
  if (options.centre !== undefined && !isInCaseload(principal, options.centre)) throw new AppError('CENTRE_NOT_FOUND', { code: options.centre });
  const scope = caseloadScope(principal);
  if (scope !== null && scope.length === 0) return [];
  const where = [];
  if (options.centre !== undefined) where.push(eq(countSessions.centre, options.centre));
  if (scope !== null) where.push(inArray(countSessions.centre, [...scope]));
  const sessions = await db
    .select()
    .from(countSessions)
    .where(and(...where))
    .orderBy(desc(countSessions.startedAt))
    .limit(options.limit ?? 100);
  const lines = await linesOf(db, sessions.map((s) => s.id));
  return sessions.map((session) => ({ ...session, totals: assessCount(lines.filter((l) => l.session === session.id)).totals }));
}

/** The people listed at a line when the count started (the stays history, not now), with their marks. */
export async function linePeople(db: Database, principal: Viewer, id: string, location: string) {
  const session = await visibleSession(db, principal, id);
  const line = await findLine(db, session.id, location);
  const listed = (await presentAt(db, session.centre, session.startedAt, line.location)).map((s) => s.person);
  if (listed.length === 0) return { location: line.location, expected: line.expected, people: [] };
  const [people, marks] = await Promise.all([
    findPersons(db, listed),
    db.select().from(countMarks).where(and(eq(countMarks.session, session.id), inArray(countMarks.person, listed))),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const markOf = new Map(marks.map((m) => [m.person, m]));
  return {
    location: line.location,
    expected: line.expected,
    people: listed
      .map((id) => {
        const p = byId.get(id);
        const mark = markOf.get(id);
        return {
          id,
          givenNames: p?.givenNames ?? '',
          familyNames: p?.familyNames ?? '',
          aliases: p?.aliases ?? [],
          present: mark?.present ?? null,
          markedBy: mark?.markedBy ?? null,
          markedAt: mark?.markedAt ?? null,
        };
      })
      .sort((a, b) => a.familyNames.localeCompare(b.familyNames, 'es') || a.id.localeCompare(b.id)),
  };
}

/**
 * The roll sheet of a pavilion, for officers on the floor: every cell or unit under it with the
 * people placed there now (names, aliases, legal status, risk; those out at court or hospital
 * are listed with their state). There are no photographs in the register yet: `photo` is null.
 */
export async function rollSheet(db: Database, principal: Viewer, input: { centre: string; pavilion: string }) {
  const [centre] = isInCaseload(principal, input.centre) ? await findCentres(db, [input.centre]) : [];
  if (!centre) throw new AppError('CENTRE_NOT_FOUND', { code: input.centre });
  const places = await listCentreLocations(db, centre.code);
  const pavilion = places.find((p) => p.code === input.pavilion && p.kind === 'pavilion');
  if (!pavilion) throw new AppError('LOCATION_NOT_FOUND', { code: input.pavilion }, 'pavilion');
  const under = places.filter((p) => p.path.startsWith(`${pavilion.path}/`));
  const rows = under.length === 0
    ? []
    : await db.select().from(stays).where(and(isNull(stays.validTo), inArray(stays.location, under.map((p) => p.code))));
  const ids = rows.map((r) => r.person);
  const [people, episodes] = await Promise.all([findPersons(db, ids), openEpisodesOf(db, ids)]);
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
            id: r.person,
            givenNames: p?.givenNames ?? '',
            familyNames: p?.familyNames ?? '',
            aliases: p?.aliases ?? [],
            legalStatus: e?.legalStatus ?? null,
            risk: e?.risk ?? null,
            state: r.state as PersonState['state'],
            outReason: r.outReason as PersonState['outReason'],
            photo: null,
          };
        })
        .sort((a, b) => a.familyNames.localeCompare(b.familyNames, 'es') || a.id.localeCompare(b.id)),
    }));
  return {
    centre: { code: centre.code, name: centre.name },
    pavilion: { code: pavilion.code, name: pavilion.name },
    generatedAt: new Date(),
    cells,
    totals: { placed: rows.length, in: rows.filter((r) => r.state === 'in').length },
  };
}
