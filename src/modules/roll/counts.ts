import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Database, Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { BED_KINDS, findCentres, listCentreLocations } from '../estate/index.ts';
import { countLines, countMarks, countSessions, stays } from './schema.ts';

export type CountKind = 'scheduled' | 'emergency';
export type CountSession = typeof countSessions.$inferSelect;
export type CountLine = typeof countLines.$inferSelect;
export type LineStatus = 'pending' | 'ok' | 'discrepancy' | 'reconciled';

/** The figures of a line that decide its status. */
export type LineFigures = Pick<CountLine, 'location' | 'expected' | 'counted' | 'reconciliation'>;

export interface CountTotals {
  lines: number;
  expected: number;
  /** The sum of the lines counted so far. */
  counted: number;
  /** Lines counted and found different from what was expected, reconciled or not. */
  discrepancies: number;
  unreconciled: number;
  pending: number;
}

/**
 * A line's status: not yet counted, counted as expected, counted differently (a discrepancy),
 * or a discrepancy a supervisor has explained.
 */
export function lineStatus(line: LineFigures): LineStatus {
  if (line.counted === null) return 'pending';
  if (line.counted === line.expected) return 'ok';
  return line.reconciliation === null ? 'discrepancy' : 'reconciled';
}

/** Each line's status and difference, the session's totals, and the lines that keep it open. */
export function assessCount<L extends LineFigures>(lines: readonly L[]) {
  const totals: CountTotals = { lines: lines.length, expected: 0, counted: 0, discrepancies: 0, unreconciled: 0, pending: 0 };
  const pending: string[] = [];
  const unreconciled: string[] = [];
  const assessed = lines.map((line) => {
    const status = lineStatus(line);
    totals.expected += line.expected;
    if (line.counted !== null) totals.counted += line.counted;
    if (status === 'pending') {
      totals.pending += 1;
      pending.push(line.location);
    }
    if (status === 'discrepancy') {
      totals.unreconciled += 1;
      unreconciled.push(line.location);
    }
    if (status === 'discrepancy' || status === 'reconciled') totals.discrepancies += 1;
    return { ...line, status, difference: line.counted === null ? null : line.counted - line.expected };
  });
  return { lines: assessed, totals, pending, unreconciled, canClose: pending.length === 0 && unreconciled.length === 0 };
}

/** The stays of a centre's people physically in at `at` (state `in`), from the stays history. */
export function presentAt(db: Queryable, centre: string, at: Date, location?: string) {
  const where = [
    eq(stays.centre, centre),
    eq(stays.state, 'in'),
    lte(stays.validFrom, at),
    or(isNull(stays.validTo), gt(stays.validTo, at)),
  ];
  if (location !== undefined) where.push(location === '' ? isNull(stays.location) : eq(stays.location, location));
  return db.select({ person: stays.person, location: stays.location }).from(stays).where(and(...where)).orderBy(asc(stays.person));
}

// The first key of a two-key advisory lock per centre; the audit chains (7284002) and the
// migrations (7284001) use other keys. Taken before the audit chain's lock, always.
const COUNT_LOCK = 7284010;

/**
 * Starts a count of a centre: one line per active cell or unit (empty ones too: an officer may
 * find someone where nobody was expected), per other place someone is expected, and '' for
 * people on the roll not placed; each with the number physically in at the start. One open
 * count per centre at a time.
 */
export async function startCount(db: Database, context: AuditContext, input: { centre: string; kind: CountKind; note?: string | null }) {
  const [centre] = await findCentres(db, [input.centre]);
  if (!centre) throw new AppError('CENTRE_NOT_FOUND', { code: input.centre }, 'centre');
  return runAudited(db, context, async (w) => {
    await w.tx.execute(sql`select pg_advisory_xact_lock(${COUNT_LOCK}::int, hashtext(${centre.code}))`);
    const [open] = await w.tx
      .select({ id: countSessions.id, startedAt: countSessions.startedAt })
      .from(countSessions)
      .where(and(eq(countSessions.centre, centre.code), eq(countSessions.status, 'open')));
    if (open) throw new AppError('COUNT_ALREADY_OPEN', { centre: centre.code, since: open.startedAt.toISOString(), id: open.id });

    const startedAt = new Date();
    const present = await presentAt(w.tx, centre.code, startedAt);
    const places = await listCentreLocations(w.tx, centre.code);
    const expected = new Map<string, number>();
    for (const place of places) if (place.status === 'active' && BED_KINDS.includes(place.kind)) expected.set(place.code, 0);
    for (const stay of present) expected.set(stay.location ?? '', (expected.get(stay.location ?? '') ?? 0) + 1);

    const session: CountSession = {
      id: randomUUID(),
      centre: centre.code,
      kind: input.kind,
      status: 'open',
      startedAt,
      startedBy: context.actor.username,
      closedAt: null,
      closedBy: null,
      note: input.note ?? null,
    };
    await w.tx.insert(countSessions).values(session);
    await bulkInsert(w.tx, countLines, [...expected].map(([location, n]) => ({ session: session.id, location, expected: n })));
    w.audit({
      action: 'count.started',
      subjectType: 'count',
      subjectId: session.id,
      centre: centre.code,
      new: { kind: session.kind, note: session.note, startedAt, lines: expected.size, expected: present.length },
    });
    return session;
  });
}

/** The session, locked against concurrent changes until the transaction ends; refused once closed. */
async function lockOpenSession(db: Queryable, id: string): Promise<CountSession> {
  const [session] = await db.select().from(countSessions).where(eq(countSessions.id, id)).for('update');
  if (!session) throw new AppError('COUNT_NOT_FOUND', { id });
  if (session.status !== 'open') throw new AppError('COUNT_CLOSED', { id });
  return session;
}

/** One line of a count, or COUNT_LINE_UNKNOWN. */
export async function findLine(db: Queryable, session: string, location: string): Promise<CountLine> {
  const [line] = await db.select().from(countLines).where(and(eq(countLines.session, session), eq(countLines.location, location)));
  if (!line) throw new AppError('COUNT_LINE_UNKNOWN', { location: location || '-' }, 'location');
  return line;
}

/** Writes a line's count; an explanation given for another number no longer applies. */
async function setCounted(db: Queryable, line: CountLine, counted: number, by: string) {
  const stale = line.counted !== counted ? { reconciliation: null, reconciledBy: null, reconciledAt: null } : {};
  await db
    .update(countLines)
    .set({ counted, countedBy: by, countedAt: new Date(), ...stale })
    .where(and(eq(countLines.session, line.session), eq(countLines.location, line.location)));
}

/** Enters the number of people counted at a location. */
export async function enterCount(db: Database, context: AuditContext, input: { session: string; location: string; counted: number }) {
  if (!Number.isInteger(input.counted) || input.counted < 0) throw new AppError('VALIDATION_FAILED', { detail: 'counted: a whole number, 0 or more' }, 'counted');
  return runAudited(db, context, async (w) => {
    const session = await lockOpenSession(w.tx, input.session);
    const line = await findLine(w.tx, session.id, input.location);
    await setCounted(w.tx, line, input.counted, context.actor.username);
    w.audit({
      action: 'count.entered',
      subjectType: 'count',
      subjectId: session.id,
      centre: session.centre,
      old: { location: line.location, counted: line.counted },
      new: { location: line.location, counted: input.counted, by: 'number' },
    });
  });
}

/**
 * Ticks names at a location: present or not. Marks replace earlier marks of the same people;
 * the line's count becomes the number ticked present. Only people listed there at the start.
 */
export async function markPeople(
  db: Database,
  context: AuditContext,
  input: { session: string; location: string; marks: readonly { person: string; present: boolean }[] },
) {
  const people = input.marks.map((m) => m.person);
  if (people.length === 0) throw new AppError('VALIDATION_FAILED', { detail: 'marks: at least one' }, 'marks');
  if (new Set(people).size !== people.length) throw new AppError('VALIDATION_FAILED', { detail: 'marks: each person once' }, 'marks');
  return runAudited(db, context, async (w) => {
    const session = await lockOpenSession(w.tx, input.session);
    const line = await findLine(w.tx, session.id, input.location);
    const listed = new Set((await presentAt(w.tx, session.centre, session.startedAt, line.location)).map((s) => s.person));
    const stranger = people.find((p) => !listed.has(p));
    if (stranger) throw new AppError('COUNT_PERSON_NOT_EXPECTED', { person: stranger, location: line.location || '-' }, 'marks');

    const markedAt = new Date();
    await w.tx
      .insert(countMarks)
      .values(input.marks.map((m) => ({ session: session.id, person: m.person, location: line.location, present: m.present, markedBy: context.actor.username, markedAt })))
      .onConflictDoUpdate({
        target: [countMarks.session, countMarks.person],
        set: { location: sql`excluded.location`, present: sql`excluded.present`, markedBy: sql`excluded.marked_by`, markedAt: sql`excluded.marked_at` },
      });
    const [tally] = await w.tx
      .select({ n: sql<number>`count(*)::int` })
      .from(countMarks)
      .where(and(eq(countMarks.session, session.id), eq(countMarks.location, line.location), eq(countMarks.present, true)));
    const counted = tally?.n ?? 0;
    await setCounted(w.tx, line, counted, context.actor.username);
    w.audit({
      action: 'count.entered',
      subjectType: 'count',
      subjectId: session.id,
      centre: session.centre,
      old: { location: line.location, counted: line.counted },
      new: { location: line.location, counted, by: 'names', marks: input.marks },
    });
  });
}

/** A supervisor explains a line's discrepancy (at least five characters). */
export async function reconcileLine(db: Database, context: AuditContext, input: { session: string; location: string; explanation: string }) {
  const explanation = input.explanation.trim();
  if (explanation.length < 5) throw new AppError('VALIDATION_FAILED', { detail: 'explanation: at least 5 characters' }, 'explanation');
  return runAudited(db, context, async (w) => {
    const session = await lockOpenSession(w.tx, input.session);
    const line = await findLine(w.tx, session.id, input.location);
    const status = lineStatus(line);
    if (status !== 'discrepancy' && status !== 'reconciled') throw new AppError('COUNT_NOTHING_TO_RECONCILE', { location: line.location || '-', status });
    await w.tx
      .update(countLines)
      .set({ reconciliation: explanation, reconciledBy: context.actor.username, reconciledAt: new Date() })
      .where(and(eq(countLines.session, session.id), eq(countLines.location, line.location)));
    w.audit({
      action: 'count.reconciled',
      subjectType: 'count',
      subjectId: session.id,
      centre: session.centre,
      old: { location: line.location, reconciliation: line.reconciliation },
      new: { location: line.location, expected: line.expected, counted: line.counted, explanation },
    });
  });
}

/** Closes a count once every line is counted and every discrepancy explained. */
export async function closeCount(db: Database, context: AuditContext, input: { session: string }) {
  return runAudited(db, context, async (w) => {
    const session = await lockOpenSession(w.tx, input.session);
    const lines = await w.tx.select().from(countLines).where(eq(countLines.session, session.id)).orderBy(asc(countLines.location));
    const assessment = assessCount(lines);
    if (!assessment.canClose) {
      const list = (locations: string[]) => (locations.length === 0 ? '—' : locations.map((l) => l || '-').join(', '));
      throw new AppError('COUNT_UNRECONCILED', { pending: list(assessment.pending), unreconciled: list(assessment.unreconciled) });
    }
    const closedAt = new Date();
    await w.tx.update(countSessions).set({ status: 'closed', closedAt, closedBy: context.actor.username }).where(eq(countSessions.id, session.id));
    w.audit({ action: 'count.closed', subjectType: 'count', subjectId: session.id, centre: session.centre, old: { status: 'open' }, new: { status: 'closed', closedAt, totals: assessment.totals } });
  });
}

/** The centre of a count (to decide access before anything else), or null if there is none. */
export async function countCentre(db: Queryable, id: string): Promise<string | null> {
  const [row] = await db.select({ centre: countSessions.centre }).from(countSessions).where(eq(countSessions.id, id));
  return row?.centre ?? null;
}

/** Lines of several sessions at once. */
export function linesOf(db: Queryable, sessions: readonly string[]) {
  return sessions.length === 0 ? Promise.resolve([]) : db.select().from(countLines).where(inArray(countLines.session, [...sessions]));
}
