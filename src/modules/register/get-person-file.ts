import { eq } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { findCentres } from '../estate/index.ts';
import { casesOf, episodesOf, legalStatusHistory, type Case, type Episode, type LegalStatusChange } from './episodes.ts';
import { listNextOfKin, presentPerson, type NextOfKin, type Person } from './persons.ts';
import { pretrialClock, type PretrialClock } from './pretrial-clock.ts';
import { persons } from './schema.ts';

export interface EpisodeFile extends Episode {
  cases: Case[];
  legalHistory: LegalStatusChange[];
}

export interface PersonFile {
  person: Person;
  nextOfKin: NextOfKin[];
  /** Newest first; the open one, if any, is `current`. */
  episodes: EpisodeFile[];
  current: EpisodeFile | null;
  pretrialClock: PretrialClock | null;
}

/**
 * A person's register file: identity, next of kin, custody episodes with cases and legal-status
 * history, and the pretrial clock when in preventive detention. Not found outside the caseload
 * (a person is in the caseload when any of their episodes is at one of its centres).
 */
export async function getPersonFile(db: Database, principal: Pick<Principal, 'caseload'>, id: string, today = new Date()): Promise<PersonFile> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  if (!row) throw new AppError('PERSON_NOT_FOUND', { id });
  const episodes = await episodesOf(db, id);
  const visible = principal.caseload.all || episodes.some((e) => isInCaseload(principal, e.centre) || isInCaseload(principal, e.admittingCentre));
  if (!visible) throw new AppError('PERSON_NOT_FOUND', { id });
  const files: EpisodeFile[] = [];
  for (const episode of episodes) {
    files.push({ ...episode, cases: await casesOf(db, episode.id), legalHistory: await legalStatusHistory(db, episode.id) });
  }
  const current = files.find((e) => e.releasedAt === null) ?? null;
  const timeZone = current ? ((await findCentres(db, [current.centre]))[0]?.timezone ?? 'America/Guayaquil') : 'America/Guayaquil';
  const clock =
    current && current.legalStatus === 'pretrial' && current.pretrialSince
      ? pretrialClock(current.pretrialSince, current.maxPenaltyYears, today, timeZone)
      : null;
  return { person: presentPerson(row), nextOfKin: await listNextOfKin(db, id), episodes: files, current, pretrialClock: clock };
}
