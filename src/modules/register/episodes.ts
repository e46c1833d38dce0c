import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { LegalStatus, Offence, ReleaseReason, RiskLevel } from '../../kernel/vocabulary.ts';
import type { AuditedTransaction } from '../audit/index.ts';
import { cases, custodyEpisodes, legalStatusChanges } from './schema.ts';

export interface NewEpisode {
  person: string;
  /** The admitting centre; also the current centre until a transfer. */
  centre: string;
  admittedAt: Date;
  arrestedAt?: Date | null;
  commitmentOrder?: string | null;
  issuingAuthority?: string | null;
  injuriesOnArrival?: string | null;
  offence: Offence;
  maxPenaltyYears: number | null;
  legalStatus: LegalStatus;
  pretrialSince: string | null;
  sentenceMonths?: number | null;
  risk: RiskLevel;
}

export interface Episode extends Required<NewEpisode> {
  id: string;
  admittingCentre: string;
  releasedAt: Date | null;
  /** `unspecified`: released by an imported movement that gave no reason code. */
  releaseReason: ReleaseReason | 'unspecified' | null;
  releaseNote: string | null;
}

type EpisodeRow = typeof custodyEpisodes.$inferSelect;

export function presentEpisode(row: EpisodeRow): Episode {
  return {
    id: row.id,
    person: row.person,
    centre: row.centre,
    admittingCentre: row.admittingCentre,
    admittedAt: row.admittedAt,
    arrestedAt: row.arrestedAt,
    commitmentOrder: row.commitmentOrder,
    issuingAuthority: row.issuingAuthority,
    injuriesOnArrival: row.injuriesOnArrival,
    offence: row.offence as Offence,
    maxPenaltyYears: row.maxPenaltyYears,
    legalStatus: row.legalStatus as LegalStatus,
    pretrialSince: row.pretrialSince,
    sentenceMonths: row.sentenceMonths,
    risk: row.risk as RiskLevel,
    releasedAt: row.releasedAt,
    releaseReason: row.releaseReason as ReleaseReason | 'unspecified' | null,
    releaseNote: row.releaseNote,
  };
}

/**
 * Opens custody episodes (admission). The database refuses a second open episode for one
 * person; that surfaces as PERSON_IN_CUSTODY. Returns the new episodes' ids in input order.
 */
export async function openEpisodes(w: AuditedTransaction, rows: readonly NewEpisode[], recordedBy: string): Promise<string[]> {
  // One admission (live): say clearly who holds the person. Many (an import, already checked):
  // the unique index on open episodes is the guard, and a violation is reported the same way.
  if (rows.length === 1) await refuseIfInCustody(w.tx, (rows[0] as NewEpisode).person);
  const ids = rows.map(() => randomUUID());
  try {
    await bulkInsert(w.tx, custodyEpisodes, rows.map((r, i) => ({ ...r, id: ids[i] as string, admittingCentre: r.centre })));
  } catch (error) {
    if (/custody_one_open_per_person/.test(String((error as { cause?: unknown }).cause ?? error))) {
      throw new AppError('PERSON_IN_CUSTODY', { id: rows.length === 1 ? rows[0]?.person : '?', centre: '?', since: '?' }, 'person');
    }
    throw error;
  }
  await bulkInsert(
    w.tx,
    legalStatusChanges,
    rows.map((r, i) => ({
      episode: ids[i] as string,
      legalStatus: r.legalStatus,
      since: r.legalStatus === 'pretrial' && r.pretrialSince ? r.pretrialSince : r.admittedAt.toISOString().slice(0, 10),
      sentenceMonths: r.sentenceMonths ?? null,
      note: 'admission',
      recordedBy,
    })),
  );
  return ids;
}

async function refuseIfInCustody(db: Queryable, person: string): Promise<void> {
  const current = (await openEpisodesOf(db, [person])).get(person);
  if (current) {
    throw new AppError('PERSON_IN_CUSTODY', { id: person, centre: current.centre, since: current.admittedAt.toISOString().slice(0, 10) }, 'person');
  }
}

/** The open episode of each of these people, if any. */
export async function openEpisodesOf(db: Queryable, people: readonly string[]): Promise<Map<string, Episode>> {
  const byPerson = new Map<string, Episode>();
  for (let i = 0; i < people.length; i += 5000) {
    const rows = await db
      .select()
      .from(custodyEpisodes)
      .where(and(inArray(custodyEpisodes.person, [...people.slice(i, i + 5000)]), isNull(custodyEpisodes.releasedAt)));
    for (const row of rows) byPerson.set(row.person, presentEpisode(row));
  }
  return byPerson;
}

/** Ends episodes (release, death). */
export async function closeEpisodes(
  w: AuditedTransaction,
  closings: readonly { episode: string; releasedAt: Date; reason: ReleaseReason | 'unspecified'; note: string | null }[],
): Promise<void> {
  for (const c of closings) {
    await w.tx
      .update(custodyEpisodes)
      .set({ releasedAt: c.releasedAt, releaseReason: c.reason, releaseNote: c.note })
      .where(eq(custodyEpisodes.id, c.episode));
  }
}

/** Records the centre now responsible for each episode (after a transfer). */
export async function setEpisodeCentres(w: AuditedTransaction, changes: readonly { episode: string; centre: string }[]): Promise<void> {
  for (const c of changes) {
    await w.tx.update(custodyEpisodes).set({ centre: c.centre }).where(eq(custodyEpisodes.id, c.episode));
  }
}

/** Every episode of a person, newest first. */
export async function episodesOf(db: Queryable, person: string): Promise<Episode[]> {
  const rows = await db.select().from(custodyEpisodes).where(eq(custodyEpisodes.person, person)).orderBy(desc(custodyEpisodes.admittedAt));
  return rows.map(presentEpisode);
}

export interface LegalStatusChange {
  legalStatus: LegalStatus;
  since: string;
  sentenceMonths: number | null;
  note: string | null;
  recordedAt: Date;
  recordedBy: string;
}

export async function legalStatusHistory(db: Queryable, episode: string): Promise<LegalStatusChange[]> {
  const rows = await db.select().from(legalStatusChanges).where(eq(legalStatusChanges.episode, episode)).orderBy(asc(legalStatusChanges.since), asc(legalStatusChanges.id));
  return rows.map((r) => ({ legalStatus: r.legalStatus as LegalStatus, since: r.since, sentenceMonths: r.sentenceMonths, note: r.note, recordedAt: r.recordedAt, recordedBy: r.recordedBy }));
}

export interface Case {
  id: string;
  caseNumber: string;
  court: string | null;
  charges: string;
  offence: Offence;
  maxPenaltyYears: number | null;
  lawyer: string | null;
  nextHearing: string | null;
}

export async function casesOf(db: Queryable, episode: string): Promise<Case[]> {
  const rows = await db.select().from(cases).where(eq(cases.episode, episode)).orderBy(asc(cases.createdAt));
  return rows.map((r) => ({ id: r.id, caseNumber: r.caseNumber, court: r.court, charges: r.charges, offence: r.offence as Offence, maxPenaltyYears: r.maxPenaltyYears, lawyer: r.lawyer, nextHearing: r.nextHearing }));
}

/** Legal-status counts of the open episodes per current centre. */
export async function pretrialCounts(db: Queryable): Promise<Map<string, number>> {
  const rows = await db
    .select({ centre: custodyEpisodes.centre, n: sql<number>`count(*)::int` })
    .from(custodyEpisodes)
    .where(and(isNull(custodyEpisodes.releasedAt), eq(custodyEpisodes.legalStatus, 'pretrial')))
    .groupBy(custodyEpisodes.centre);
  return new Map(rows.map((r) => [r.centre, r.n]));
}

/** Every episode that was in preventive detention on `date` (YYYY-MM-DD): one query. */
export async function pretrialEpisodesAt(db: Queryable, date: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinctOn([legalStatusChanges.episode], { episode: legalStatusChanges.episode, legalStatus: legalStatusChanges.legalStatus })
    .from(legalStatusChanges)
    .where(sql`${legalStatusChanges.since} <= ${date}::date`)
    .orderBy(legalStatusChanges.episode, desc(legalStatusChanges.since), desc(legalStatusChanges.id));
  return new Set(rows.filter((r) => r.legalStatus === 'pretrial').map((r) => r.episode));
}

/** Every open episode (for export and national figures), by person. */
export async function allOpenEpisodes(db: Queryable): Promise<Episode[]> {
  const rows = await db.select().from(custodyEpisodes).where(isNull(custodyEpisodes.releasedAt)).orderBy(asc(custodyEpisodes.person));
  return rows.map(presentEpisode);
}
