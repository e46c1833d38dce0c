import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { findStays } from '../roll/index.ts';
import { countLineDetail } from './get-count.ts';
import { findLine, lockOpenSession, presentMarks, setCounted, upsertMarks, type CountLine, type CountSession } from './repository.ts';

/** Enters the number of people counted at a location; returns the line and the count's totals. */
export async function enterCount(db: Database, context: AuditContext, input: { session: string; location: string; counted: number }) {
  if (!Number.isInteger(input.counted) || input.counted < 0) throw new AppError('VALIDATION_FAILED', { detail: 'counted: a whole number, 0 or more' }, 'counted');
  const session = await runAudited(db, context, async (w) => {
    const open = await lockOpenSession(w.tx, input.session);
    const line = await findLine(w.tx, open.id, input.location);
    await setCounted(w.tx, line, input.counted, context.actor.username, nowIn(context));
    auditEntered(w, open, line, { counted: input.counted, by: 'number' });
    return open;
  });
  return countLineDetail(db, session, input.location);
}

/**
 * Ticks names at a location: present or not. Marks replace earlier marks of the same people;
 * the line's count becomes the number ticked present. Only people listed there at the start.
 * Returns the line and the count's totals.
 */
export async function markPeople(
  db: Database,
  context: AuditContext,
  input: { session: string; location: string; marks: readonly { person: string; present: boolean }[] },
) {
  const people = input.marks.map((m) => m.person);
  if (people.length === 0) throw new AppError('VALIDATION_FAILED', { detail: 'marks: at least one' }, 'marks');
  if (new Set(people).size !== people.length) throw new AppError('VALIDATION_FAILED', { detail: 'marks: each person once' }, 'marks');
  const session = await runAudited(db, context, async (w) => {
    const open = await lockOpenSession(w.tx, input.session);
    const line = await findLine(w.tx, open.id, input.location);
    const stays = await findStays(w.tx, { centre: open.centre, at: open.startedAt, states: ['in'], location: line.location === '' ? null : line.location });
    const listed = new Set(stays.map((s) => s.person));
    const stranger = people.find((p) => !listed.has(p));
    if (stranger) throw new AppError('COUNT_PERSON_NOT_EXPECTED', { person: stranger, location: line.location || '-' }, 'marks');

    const markedAt = nowIn(context);
    const markedBy = context.actor.username;
    await upsertMarks(w.tx, input.marks.map((m) => ({ session: open.id, person: m.person, location: line.location, present: m.present, markedBy, markedAt })));
    const counted = await presentMarks(w.tx, open.id, line.location);
    await setCounted(w.tx, line, counted, markedBy, markedAt);
    auditEntered(w, open, line, { counted, by: 'names', marks: input.marks });
    return open;
  });
  return countLineDetail(db, session, input.location);
}

/** The audit entry of a line counted, by number or by names: what it said before and now. */
function auditEntered(w: AuditedTransaction, session: CountSession, line: CountLine, entered: { counted: number; by: 'number' | 'names'; marks?: unknown }) {
  w.audit({
    action: 'count.entered',
    subjectType: 'count',
    subjectId: session.id,
    centre: session.centre,
    old: { location: line.location, counted: line.counted },
    new: { location: line.location, ...entered },
  });
}
