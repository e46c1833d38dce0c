import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { lineStatus } from './assess-count.ts';
import { countLineDetail } from './get-count.ts';
import { findLine, lockOpenSession, setReconciliation } from './repository.ts';

/** A supervisor explains a line's discrepancy (at least five characters); returns the line and the totals. */
export async function reconcileLine(db: Database, context: AuditContext, input: { session: string; location: string; explanation: string }) {
  const explanation = input.explanation.trim();
  if (explanation.length < 5) throw new AppError('VALIDATION_FAILED', { detail: 'explanation: at least 5 characters' }, 'explanation');
  const session = await runAudited(db, context, async (w) => {
    const open = await lockOpenSession(w.tx, input.session);
    const line = await findLine(w.tx, open.id, input.location);
    const status = lineStatus(line);
    if (status !== 'discrepancy' && status !== 'reconciled') throw new AppError('COUNT_NOTHING_TO_RECONCILE', { location: line.location || '-', status });
    await setReconciliation(w.tx, line, explanation, context.actor.username, nowIn(context));
    w.audit({
      action: 'count.reconciled',
      subjectType: 'count',
      subjectId: open.id,
      centre: open.centre,
      old: { location: line.location, reconciliation: line.reconciliation },
      new: { location: line.location, expected: line.expected, counted: line.counted, explanation },
    });
    return open;
  });
  return countLineDetail(db, session, input.location);
}
