import type { Queryable } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { openEpisodesOf, type Episode } from './repository.ts';
import { selectResponsibleCentre } from './repository.ts';

/**
 * Whether a person exists for this user: the centre answerable for them is in the caseload —
 * the centre holding them now, or for someone released, the centre that released them (a
 * national caseload sees everyone in the register). After a transfer the old centre's staff no
 * longer find the person; what their own centre's records show of them stays theirs.
 */
export async function isPersonVisible(db: Queryable, principal: Pick<Principal, 'caseload'>, person: string): Promise<boolean> {
  const found = await selectResponsibleCentre(db, person);
  if (!found) return false;
  return principal.caseload.all || (found.centre !== null && isInCaseload(principal, found.centre));
}

/**
 * The open custody episode of a person held at a centre of the caller's caseload. A person who
 * does not exist, and one held or known only elsewhere, are the same NOT_FOUND, so the answer
 * tells nothing about other centres; a person the caller knows who is no longer in custody is
 * PERSON_NOT_IN_CUSTODY. Without a principal (the CLI, other modules), any open episode.
 */
export async function findCustody(db: Queryable, person: string, principal?: Pick<Principal, 'caseload'>): Promise<Episode> {
  const episode = (await openEpisodesOf(db, [person])).get(person);
  if (principal === undefined) {
    if (!episode) throw new AppError('PERSON_NOT_IN_CUSTODY', { id: person }, 'person');
    return episode;
  }
  if (episode && isInCaseload(principal, episode.centre)) return episode;
  if (!episode && (await isPersonVisible(db, principal, person))) throw new AppError('PERSON_NOT_IN_CUSTODY', { id: person }, 'person');
  throw new AppError('NOT_FOUND');
}
