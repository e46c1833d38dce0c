import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { BED_KINDS, findCentres, listCentreLocations } from '../estate/index.ts';
import { findStays } from '../roll/index.ts';
import type { CountKind } from './assess-count.ts';
import { countDetail, type CountDetail } from './get-count.ts';
import { insertSession, lockCentreCounts, openSessionAt, type CountSession } from './repository.ts';

/**
 * Starts a count of a centre: one line per active cell or unit (empty ones too: an officer may
 * find someone where nobody was expected), per other place someone is expected, and '' for
 * people on the roll not placed; each with the number physically in at the start. One open
 * count per centre at a time. Returns the new count with its lines.
 */
export async function startCount(db: Database, context: AuditContext, input: { centre: string; kind: CountKind; note?: string | null }): Promise<CountDetail> {
  const [centre] = await findCentres(db, [input.centre]);
  if (!centre) throw new AppError('CENTRE_NOT_FOUND', { code: input.centre }, 'centre');
  const session = await runAudited(db, context, async (w) => {
    await lockCentreCounts(w.tx, centre.code);
    const open = await openSessionAt(w.tx, centre.code);
    if (open) throw new AppError('COUNT_ALREADY_OPEN', { centre: centre.code, since: open.startedAt.toISOString(), id: open.id });

    const startedAt = nowIn(context);
    const present = await findStays(w.tx, { centre: centre.code, at: startedAt, states: ['in'] });
    const places = await listCentreLocations(w.tx, centre.code);
    const expected = new Map<string, number>();
    for (const place of places) if (place.status === 'active' && BED_KINDS.includes(place.kind)) expected.set(place.code, 0);
    for (const stay of present) expected.set(stay.location ?? '', (expected.get(stay.location ?? '') ?? 0) + 1);

    const started: CountSession = {
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
    await insertSession(w.tx, started, expected);
    w.audit({
      action: 'count.started',
      subjectType: 'count',
      subjectId: started.id,
      centre: centre.code,
      new: { kind: started.kind, note: started.note, startedAt, lines: expected.size, expected: present.length },
    });
    return started;
  });
  return countDetail(db, session);
}
