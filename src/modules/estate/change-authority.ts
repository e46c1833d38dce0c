import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Authority } from '../../kernel/vocabulary.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { insertAuthority, selectAuthorityHistory, selectCentre, updateCentreAuthority } from './repository.ts';
import type { Centre } from './types.ts';

/**
 * Hands a centre to another control authority (SNAI, police, military) from a date, under a
 * decree. The history is kept; the current authority is the one with the latest date.
 */
export async function changeAuthority(
  db: Database,
  context: AuditContext,
  input: { centre: string; authority: Authority; since: string; decree: string },
): Promise<Centre> {
  return runAudited(db, context, async (w) => {
    const before = await selectCentre(w.tx, input.centre);
    if (!before) throw new AppError('CENTRE_NOT_FOUND', { code: input.centre }, 'centre');
    await insertAuthority(w.tx, { ...input, recordedBy: context.actor.username });
    const [latest] = await selectAuthorityHistory(w.tx, input.centre, 1);
    const updated = await updateCentreAuthority(w.tx, input.centre, latest?.authority ?? input.authority);
    w.audit({
      action: 'centre.authority_changed',
      subjectType: 'centre',
      subjectId: input.centre,
      centre: input.centre,
      old: { authority: before.authority },
      new: { authority: input.authority, since: input.since, decree: input.decree },
    });
    return updated;
  });
}
