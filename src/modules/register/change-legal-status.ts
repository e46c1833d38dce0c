import { eq } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import type { LegalStatus } from '../../kernel/vocabulary.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { presentEpisode, type Episode } from './repository.ts';
import { findCustody } from './find-custody.ts';
import { checkLegalDate } from './legal-dates.ts';
import { findPersons } from './persons.ts';
import { custodyEpisodes, legalStatusChanges } from './schema.ts';

/**
 * Records a change of legal status (e.g. sentenced on a date, with the sentence length); the
 * history is kept. Going back to pretrial (an annulled sentence) restarts the clock from `since`.
 * With a principal, only for a person held in their caseload (anyone else: NOT_FOUND). The date
 * may not be after today (anywhere) nor before the person's birth.
 */
export async function changeLegalStatus(
  db: Database,
  context: AuditContext,
  input: { person: string; legalStatus: LegalStatus; since: string; sentenceMonths: number | null; note: string | null },
  principal?: Pick<Principal, 'caseload'>,
): Promise<Episode> {
  return runAudited(db, context, async (w) => {
    const episode = await findCustody(w.tx, input.person, principal);
    const [person] = await findPersons(w.tx, [input.person]);
    checkLegalDate('since', input.since, { notAfter: nowIn(context), birthDate: person?.birthDate });
    const [row] = await w.tx
      .update(custodyEpisodes)
      .set({
        legalStatus: input.legalStatus,
        sentenceMonths: input.legalStatus === 'sentenced' ? input.sentenceMonths : null,
        pretrialSince: input.legalStatus === 'pretrial' ? input.since : episode.pretrialSince,
      })
      .where(eq(custodyEpisodes.id, episode.id))
      .returning();
    await w.tx.insert(legalStatusChanges).values({ episode: episode.id, ...input, recordedBy: context.actor.username });
    w.audit({
      action: 'custody.legal_status_changed',
      subjectType: 'person',
      subjectId: input.person,
      centre: episode.centre,
      old: { legalStatus: episode.legalStatus },
      new: input,
    });
    return presentEpisode(row as typeof custodyEpisodes.$inferSelect);
  });
}
