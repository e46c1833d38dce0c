import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { assessCount } from './assess-count.ts';
import { countDetail, type CountDetail } from './get-count.ts';
import { closeSession, findSession, linesOf, lockOpenSession } from './repository.ts';

/** Closes a count once every line is counted and every discrepancy explained; returns it as closed. */
export async function closeCount(db: Database, context: AuditContext, input: { session: string }): Promise<CountDetail> {
  await runAudited(db, context, async (w) => {
    const session = await lockOpenSession(w.tx, input.session);
    const assessment = assessCount(await linesOf(w.tx, [session.id]));
    if (!assessment.canClose) {
      const list = (locations: string[]) => (locations.length === 0 ? '—' : locations.map((l) => l || '-').join(', '));
      throw new AppError('COUNT_UNRECONCILED', { pending: list(assessment.pending), unreconciled: list(assessment.unreconciled) });
    }
    const closedAt = nowIn(context);
    await closeSession(w.tx, session.id, closedAt, context.actor.username);
    w.audit({ action: 'count.closed', subjectType: 'count', subjectId: session.id, centre: session.centre, old: { status: 'open' }, new: { status: 'closed', closedAt, totals: assessment.totals } });
  });
  const closed = await findSession(db, input.session);
  if (!closed) throw new AppError('COUNT_NOT_FOUND', { id: input.session });
  return countDetail(db, closed);
}
