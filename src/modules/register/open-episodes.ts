import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuditedTransaction } from '../audit/index.ts';
import { findCentres } from '../estate/index.ts';
import { localDate } from './pretrial-clock.ts';
import { insertEpisodes, insertLegalStatusChanges, openEpisodesOf, type NewEpisode } from './repository.ts';

/**
 * Opens custody episodes (admission): one person is in one custody at a time. The database refuses a second open episode for one
 * person; that surfaces as PERSON_IN_CUSTODY. Each episode's legal-status history starts with an entry for the admission, except
 * for the people in `options.legalHistoryGiven`, whose whole history the caller writes (an import that carries it).
 * Returns the new episodes' ids in input order.
 */
export async function openEpisodes(
  w: AuditedTransaction,
  rows: readonly NewEpisode[],
  recordedBy: string,
  options: { legalHistoryGiven?: ReadonlySet<string> } = {},
): Promise<string[]> {
  // One admission (live): say clearly who holds the person. Many (an import, already checked):
  // the unique index on open episodes is the guard, and a violation is reported the same way.
  if (rows.length === 1) await refuseIfInCustody(w.tx, (rows[0] as NewEpisode).person);
  const ids = rows.map(() => randomUUID());
  try {
    await insertEpisodes(w.tx, rows, ids);
  } catch (error) {
    if (/custody_one_open_per_person/.test(String((error as { cause?: unknown }).cause ?? error))) {
      throw new AppError('PERSON_IN_CUSTODY', { id: rows.length === 1 ? rows[0]?.person : '?', centre: '?', since: '?' }, 'person');
    }
    throw error;
  }
  const given = options.legalHistoryGiven ?? new Set<string>();
  // The day of admission is the day it was at the centre (an evening admission is still that day there, whatever UTC says).
  const zoneOf = await centreZones(w.tx, rows);
  await insertLegalStatusChanges(
    w.tx,
    rows.flatMap((r, i) =>
      given.has(r.person)
        ? []
        : [
            {
              episode: ids[i] as string,
              legalStatus: r.legalStatus,
              since: r.legalStatus === 'pretrial' && r.pretrialSince ? r.pretrialSince : localDate(r.admittedAt, zoneOf(r.centre)),
              sentenceMonths: r.sentenceMonths ?? null,
              note: 'admission',
              recordedBy,
            },
          ],
    ),
  );
  return ids;
}

/** Each centre's time zone (mainland Ecuador's for a centre not found). */
async function centreZones(db: Queryable, rows: readonly NewEpisode[]): Promise<(centre: string) => string> {
  const zones = new Map((await findCentres(db, [...new Set(rows.map((r) => r.centre))])).map((c) => [c.code, c.timezone]));
  return (centre) => zones.get(centre) ?? 'America/Guayaquil';
}

async function refuseIfInCustody(db: Queryable, person: string): Promise<void> {
  const current = (await openEpisodesOf(db, [person])).get(person);
  if (current) {
    throw new AppError('PERSON_IN_CUSTODY', { id: person, centre: current.centre, since: current.admittedAt.toISOString().slice(0, 10) }, 'person');
  }
}

