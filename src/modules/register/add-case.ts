import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import type { Case } from './repository.ts';
import { findCustody } from './find-custody.ts';
import { cases } from './schema.ts';

/**
 * Adds a court case to the open custody episode of a person. With a principal, only for a
 * person held in their caseload (anyone else: NOT_FOUND).
 */
export async function addCase(
  db: Database,
  context: AuditContext,
  input: Omit<Case, 'id'> & { person: string },
  principal?: Pick<Principal, 'caseload'>,
): Promise<Case> {
  const { person, ...fields } = input;
  return runAudited(db, context, async (w) => {
    const episode = await findCustody(w.tx, person, principal);
    const [row] = await w.tx.insert(cases).values({ episode: episode.id, ...fields }).returning();
    w.audit({ action: 'case.added', subjectType: 'person', subjectId: person, centre: episode.centre, new: fields });
    return { ...fields, id: (row as { id: string }).id };
  });
}
