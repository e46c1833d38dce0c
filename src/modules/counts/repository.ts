import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { countLines, countMarks, countSessions } from './schema.ts';
import './errors.ts';

export type CountSession = typeof countSessions.$inferSelect;
export type CountLine = typeof countLines.$inferSelect;
export type CountMark = typeof countMarks.$inferSelect;

// The first key of a two-key advisory lock per centre; the audit chains (7284002) and the
// migrations (7284001) use other keys. Taken before the audit chain's lock, always.
const COUNT_LOCK = 7284010;

/** Serialises the start of counts at one centre until the transaction ends. */
export async function lockCentreCounts(db: Queryable, centre: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${COUNT_LOCK}::int, hashtext(${centre}))`);
}

/** The centre's open count, if any. */
export async function openSessionAt(db: Queryable, centre: string): Promise<Pick<CountSession, 'id' | 'startedAt'> | undefined> {
  const [open] = await db
    .select({ id: countSessions.id, startedAt: countSessions.startedAt })
    .from(countSessions)
    .where(and(eq(countSessions.centre, centre), eq(countSessions.status, 'open')));
  return open;
}

/** A new session with its lines and their expected numbers. */
export async function insertSession(db: Queryable, session: CountSession, expected: ReadonlyMap<string, number>): Promise<void> {
  await db.insert(countSessions).values(session);
  await bulkInsert(db, countLines, [...expected].map(([location, n]) => ({ session: session.id, location, expected: n })));
}

/** A session by id, or undefined. */
export async function findSession(db: Queryable, id: string): Promise<CountSession | undefined> {
  const [session] = await db.select().from(countSessions).where(eq(countSessions.id, id));
  return session;
}

/** The session, locked against concurrent changes until the transaction ends; refused once closed. */
export async function lockOpenSession(db: Queryable, id: string): Promise<CountSession> {
  const [session] = await db.select().from(countSessions).where(eq(countSessions.id, id)).for('update');
  if (!session) throw new AppError('COUNT_NOT_FOUND', { id });
  if (session.status !== 'open') throw new AppError('COUNT_CLOSED', { id });
  return session;
}

/** The centre of a count (to decide access before anything else), or null if there is none. */
export async function countCentre(db: Queryable, id: string): Promise<string | null> {
  const [row] = await db.select({ centre: countSessions.centre }).from(countSessions).where(eq(countSessions.id, id));
  return row?.centre ?? null;
}

/** Sessions of these centres (all when null), newest first. */
export function listSessions(db: Queryable, centres: readonly string[] | null, limit: number): Promise<CountSession[]> {
  return db
    .select()
    .from(countSessions)
    .where(centres === null ? undefined : inArray(countSessions.centre, [...centres]))
    .orderBy(desc(countSessions.startedAt))
    .limit(limit);
}

/** Closes a session. */
export async function closeSession(db: Queryable, id: string, closedAt: Date, closedBy: string): Promise<void> {
  await db.update(countSessions).set({ status: 'closed', closedAt, closedBy }).where(eq(countSessions.id, id));
}

/** One line of a count, or COUNT_LINE_UNKNOWN. */
export async function findLine(db: Queryable, session: string, location: string): Promise<CountLine> {
  const [line] = await db.select().from(countLines).where(and(eq(countLines.session, session), eq(countLines.location, location)));
  if (!line) throw new AppError('COUNT_LINE_UNKNOWN', { location: location || '-' }, 'location');
  return line;
}

/** Lines of several sessions at once, by location. */
export function linesOf(db: Queryable, sessions: readonly string[]): Promise<CountLine[]> {
  return sessions.length === 0
    ? Promise.resolve([])
    : db.select().from(countLines).where(inArray(countLines.session, [...sessions])).orderBy(asc(countLines.location));
}

const lineKey = (line: Pick<CountLine, 'session' | 'location'>) => and(eq(countLines.session, line.session), eq(countLines.location, line.location));

/** Writes a line's count; an explanation given for another number no longer applies. */
export async function setCounted(db: Queryable, line: CountLine, counted: number, by: string, at: Date): Promise<void> {
  const stale = line.counted !== counted ? { reconciliation: null, reconciledBy: null, reconciledAt: null } : {};
  await db.update(countLines).set({ counted, countedBy: by, countedAt: at, ...stale }).where(lineKey(line));
}

/** Writes a line's explanation. */
export async function setReconciliation(db: Queryable, line: CountLine, explanation: string, by: string, at: Date): Promise<void> {
  await db.update(countLines).set({ reconciliation: explanation, reconciledBy: by, reconciledAt: at }).where(lineKey(line));
}

/** Writes marks, replacing earlier marks of the same people. */
export async function upsertMarks(db: Queryable, marks: readonly CountMark[]): Promise<void> {
  await db
    .insert(countMarks)
    .values([...marks])
    .onConflictDoUpdate({
      target: [countMarks.session, countMarks.person],
      set: { location: sql`excluded.location`, present: sql`excluded.present`, markedBy: sql`excluded.marked_by`, markedAt: sql`excluded.marked_at` },
    });
}

/** How many people are ticked present at a line. */
export async function presentMarks(db: Queryable, session: string, location: string): Promise<number> {
  const [tally] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(countMarks)
    .where(and(eq(countMarks.session, session), eq(countMarks.location, location), eq(countMarks.present, true)));
  return tally?.n ?? 0;
}

/** The marks of these people in a session. */
export function marksOf(db: Queryable, session: string, people: readonly string[]): Promise<CountMark[]> {
  return people.length === 0 ? Promise.resolve([]) : db.select().from(countMarks).where(and(eq(countMarks.session, session), inArray(countMarks.person, [...people])));
}

/**
 * A closed count as the early warning reads it (`closedAt` in epoch milliseconds), with its lines
 * counted short of the expected (a count closes only once each is reconciled, so they are).
 */
export interface ClosedCountRow {
  id: string;
  centre: string;
  kind: 'scheduled' | 'emergency';
  closedAt: number;
  shortLines: { location: string; expected: number; counted: number }[];
}

/** The counts of these centres (or all) closed in [from, to], in time order: one set-based query. */
export async function selectClosedCounts(db: Queryable, range: { centres?: readonly string[] | undefined; from: Date; to: Date }): Promise<ClosedCountRow[]> {
  const inCentres = range.centres ? sql`s.centre in (select jsonb_array_elements_text(${JSON.stringify(range.centres)}::jsonb))` : sql`true`;
  const result = (await db.execute(sql`
    select coalesce(json_agg(t order by t."closedAt", t.id), '[]'::json)::text as rows from (
      select s.id, s.centre, s.kind, (extract(epoch from s.closed_at) * 1000)::float8 as "closedAt",
             coalesce((select json_agg(json_build_object('location', l.location, 'expected', l.expected, 'counted', l.counted) order by l.location)
                       from count_lines l where l.session = s.id and l.counted is not null and l.counted < l.expected), '[]'::json) as "shortLines"
      from count_sessions s
      where ${inCentres} and s.status = 'closed' and s.closed_at >= ${range.from.toISOString()}::timestamptz and s.closed_at <= ${range.to.toISOString()}::timestamptz
    ) t`)) as { rows: { rows: string }[] };
  return JSON.parse(result.rows[0]?.rows ?? '[]') as ClosedCountRow[];
}
