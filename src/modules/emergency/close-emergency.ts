import type { Database } from '../../db/engine.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { refuseIfClosed } from './mark-person.ts';
import { loadEmergency, unverifiedOn, updateEmergency } from './repository.ts';
import { summarise, type EmergencySummary } from './summarise.ts';

/** Ends emergency mode at a centre (director). Its list and counts are kept as they stand. */
export async function closeEmergency(db: Database, context: AuditContext, input: { emergency: string }): Promise<EmergencySummary> {
  const closed = await runAudited(db, context, async (w) => {
    const emergency = await loadEmergency(w.tx, input.emergency, { forUpdate: true });
    refuseIfClosed(emergency);
    const row = await updateEmergency(w.tx, emergency.id, { status: 'closed', closedAt: nowIn(context), closedBy: context.actor.username });
    const unverified = await unverifiedOn(w.tx, emergency.id);
    w.audit({
      action: 'emergency.closed',
      subjectType: 'emergency',
      subjectId: emergency.id,
      centre: emergency.centre,
      old: { status: 'active' },
      new: { status: 'closed', closedAt: row.closedAt, unverified },
    });
    return row;
  });
  const [summary] = await summarise(db, [closed]);
  return summary as EmergencySummary;
}
