import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { isPersonVisible } from './find-custody.ts';
import { selectDescription, selectResponsibleCentre, updateDescription } from './repository.ts';
import type { Description } from './schemas.ts';

const blankIsNull = (text: string | null) => (text === null || text.trim() === '' ? null : text);

/**
 * Records how to recognise a person — height, weight, hair, eyes, scars and marks, tattoos —
 * replacing the description on file (what an emergency count and a recapture go by). With a
 * principal, only for a person of their caseload (anyone else: NOT_FOUND). Audited with the
 * description before and after.
 */
export async function describePerson(
  db: Database,
  context: AuditContext,
  input: Description & { person: string },
  principal?: Pick<Principal, 'caseload'>,
): Promise<Description> {
  const { person, ...given } = input;
  const description: Description = {
    heightCm: given.heightCm,
    weightKg: given.weightKg,
    hair: blankIsNull(given.hair),
    eyes: blankIsNull(given.eyes),
    marks: blankIsNull(given.marks),
    tattoos: blankIsNull(given.tattoos),
  };
  return runAudited(db, context, async (w) => {
    if (principal && !(await isPersonVisible(w.tx, principal, person))) throw new AppError('NOT_FOUND');
    const old = await selectDescription(w.tx, person);
    if (!old) throw new AppError('PERSON_NOT_FOUND', { id: person }, 'person');
    await updateDescription(w.tx, person, description);
    const centre = (await selectResponsibleCentre(w.tx, person))?.centre ?? null;
    w.audit({ action: 'person.description_changed', subjectType: 'person', subjectId: person, centre, old, new: description });
    return description;
  });
}
