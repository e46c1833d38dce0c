import type { Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import { findCentres } from '../estate/index.ts';
import { casesOf, episodesOf, legalStatusHistory, type Case, type Episode, type LegalStatusChange } from './repository.ts';
import { isPersonVisible } from './find-custody.ts';
import { selectDescription, selectNextOfKin, selectPersons, selectPhotoInfo } from './repository.ts';
import { pretrialClock, type PretrialClock } from './pretrial-clock.ts';
import { sentenceOf } from './release-date.ts';
import type { Description, NextOfKin, Person } from './schemas.ts';

export interface EpisodeFile extends Episode {
  cases: Case[];
  legalHistory: LegalStatusChange[];
  /** Sentenced: the day the sentence is counted from and the computed release date (release-date.ts). */
  sentenceStart: string | null;
  releaseDate: string | null;
}

/** Identity, physical description and whether a photograph is on file. */
export type PersonDetails = Person & Description & { hasPhoto: boolean; photoRecordedAt: Date | null };

export interface PersonFile {
  person: PersonDetails;
  nextOfKin: NextOfKin[];
  /** Newest first; the open one, if any, is `current`. */
  episodes: EpisodeFile[];
  current: EpisodeFile | null;
  pretrialClock: PretrialClock | null;
}

/** A movement as the roll records it. */
export interface MovementRecord {
  id: number;
  /** One of MOVEMENT_TYPES (the roll writes no other). */
  type: string;
  at: Date;
  fromCentre: string | null;
  fromLocation: string | null;
  toCentre: string | null;
  toLocation: string | null;
  reason: string | null;
  recordedBy: string;
  recordedAt: Date;
}

/** Where a person is now and how they got there: the roll's, passed in by the composition root. */
export type Whereabouts = (db: Queryable, person: string) => Promise<{
  current: { centre: string; location: string | null; state: 'in' | 'out' | 'en_route' | 'unaccounted'; outReason: 'court' | 'hospital' | 'other' | null; since: Date } | null;
  movements: MovementRecord[];
}>;

const DEFAULT_TIME_ZONE = 'America/Guayaquil';

/**
 * A person's register file: identity, next of kin, custody episodes with cases and legal-status
 * history, and the pretrial clock (on the clock's today, in the centre's time zone) when in
 * preventive detention. Not found outside the caseload (a person is in the caseload when the
 * centre holding them, or the one that released them, is one of its centres).
 */
export async function getPersonFile(db: Queryable, principal: Pick<Principal, 'caseload'>, id: string, clock: Clock): Promise<PersonFile> {
  if (!(await isPersonVisible(db, principal, id))) throw new AppError('PERSON_NOT_FOUND', { id });
  const [person] = await selectPersons(db, [id]);
  if (!person) throw new AppError('PERSON_NOT_FOUND', { id });
  const files: EpisodeFile[] = [];
  for (const episode of await episodesOf(db, id)) {
    const legalHistory = await legalStatusHistory(db, episode.id);
    files.push({ ...episode, cases: await casesOf(db, episode.id), legalHistory, ...sentenceOf({ ...episode, legalHistory }) });
  }
  const description = await selectDescription(db, id);
  const photo = await selectPhotoInfo(db, id);
  const details: PersonDetails = {
    ...person,
    ...(description as Description),
    hasPhoto: photo !== null,
    photoRecordedAt: photo?.recordedAt ?? null,
  };
  const current = files.find((e) => e.releasedAt === null) ?? null;
  const timeZone = current ? ((await findCentres(db, [current.centre]))[0]?.timezone ?? DEFAULT_TIME_ZONE) : DEFAULT_TIME_ZONE;
  const clockNow =
    current && current.legalStatus === 'pretrial' && current.pretrialSince
      ? pretrialClock(current.pretrialSince, current.maxPenaltyYears, clock.now(), timeZone)
      : null;
  return { person: details, nextOfKin: await selectNextOfKin(db, id), episodes: files, current, pretrialClock: clockNow };
}

/** The person file with where the person is now and their movements (the API's person page). */
export async function readPersonFile(
  db: Queryable,
  principal: Pick<Principal, 'caseload'>,
  id: string,
  deps: { whereabouts: Whereabouts; clock: Clock },
): Promise<PersonFile & { whereabouts: Awaited<ReturnType<Whereabouts>> }> {
  const file = await getPersonFile(db, principal, id, deps.clock);
  return { ...file, whereabouts: await deps.whereabouts(db, id) };
}
