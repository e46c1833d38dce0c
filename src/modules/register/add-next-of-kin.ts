import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { findCustody } from './find-custody.ts';
import { insertNextOfKinRows, selectPersons } from './repository.ts';
import type { NextOfKin } from './schemas.ts';

/**
 * Adds a next of kin to a person. With a principal, only for a person held in their caseload
 * (anyone else: NOT_FOUND); without one (the CLI), to anyone in the register.
 */
export async function addNextOfKin(
  db: Database,
  context: AuditContext,
  personId: string,
  kin: NextOfKin,
  principal?: Pick<Principal, 'caseload'>,
): Promise<void> {
  await runAudited(db, context, async (w) => {
    if (principal) {
      await findCustody(w.tx, personId, principal);
    } else if ((await selectPersons(w.tx, [personId])).length === 0) {
      throw new AppError('PERSON_NOT_FOUND', { id: personId }, 'person');
    }
    await insertNextOfKinRows(w.tx, personId, [kin]);
    w.audit({ action: 'person.next_of_kin_added', subjectType: 'person', subjectId: personId, new: kin });
  });
}
