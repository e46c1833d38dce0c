import type { Queryable } from '../../db/engine.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { listCentreLocations, type Location } from '../estate/index.ts';
import { assessCount } from './assess-count.ts';
import { findSession, linesOf, listSessions, type CountLine, type CountSession } from './repository.ts';

type Viewer = Pick<Principal, 'caseload'>;

/** The session if it exists and its centre is in the caseload; otherwise "not found", alike. */
export async function visibleSession(db: Queryable, principal: Viewer, id: string): Promise<CountSession> {
  const session = await findSession(db, id);
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

/** A session's lines (place, expected, counted, status) and totals; the caller has decided access. */
export async function countDetail(db: Queryable, session: CountSession): Promise<CountDetail> {
  const [lines, places] = await Promise.all([linesOf(db, [session.id]), listCentreLocations(db, session.centre)]);
  return assemble(session, lines, places);
}

/** One line of a session with the session's totals (what a screen refreshes after an entry). */
export async function countLineDetail(db: Queryable, session: CountSession, location: string): Promise<{ line: CountLineView; totals: CountDetail['totals'] }> {
  const detail = await countDetail(db, session);
  const line = detail.lines.find((l) => l.location === location);
  if (!line) throw new AppError('COUNT_LINE_UNKNOWN', { location: location || '-' }, 'location');
  return { line, totals: detail.totals };
}

/** A count with every line (place, expected, counted, status) and its totals. */
export async function getCount(db: Queryable, principal: Viewer, id: string): Promise<CountDetail> {
  return countDetail(db, await visibleSession(db, principal, id));
}

/** One line of a count with the count's totals. */
export async function getCountLine(db: Queryable, principal: Viewer, id: string, location: string) {
  return countLineDetail(db, await visibleSession(db, principal, id), location);
}

/** Counts of a centre (or of the whole caseload), newest first, with their totals. */
export async function listCounts(db: Queryable, principal: Viewer, options: { centre?: string | undefined; limit?: number } = {}) {
  if (options.centre !== undefined && !isInCaseload(principal, options.centre)) throw new AppError('CENTRE_NOT_FOUND', { code: options.centre });
  const scope = options.centre !== undefined ? [options.centre] : caseloadScope(principal);
  if (scope !== null && scope.length === 0) return [];
  const sessions = await listSessions(db, scope, options.limit ?? 100);
  const lines = await linesOf(db, sessions.map((s) => s.id));
  return sessions.map((session) => ({ ...session, totals: assessCount(lines.filter((l) => l.session === session.id)).totals }));
}
