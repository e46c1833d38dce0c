import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable } from '../../db/engine.ts';
import type { LegalStatus, Offence, PersonSex, ReleaseReason, RiskLevel } from '../../kernel/vocabulary.ts';
import type { AuditedTransaction } from '../audit/index.ts';
import { cases, custodyEpisodes, legalStatusChanges, nextOfKin, persons } from './schema.ts';
import { searchTextOf, searchTokensOf } from './search-text.ts';
import type { NextOfKin, Person } from './schemas.ts';

/** The register's SQL: people, their next of kin, custody episodes, legal status, cases. */

type PersonRow = typeof persons.$inferSelect;

// Reads of many ids go in batches, so a parameter list never grows past what PostgreSQL takes.
const BATCH = 5000;

export function presentPerson(row: PersonRow): Person {
  return {
    id: row.id,
    nationalId: row.nationalId,
    givenNames: row.givenNames,
    familyNames: row.familyNames,
    aliases: row.aliases,
    birthDate: row.birthDate,
    sex: row.sex as PersonSex,
    nationality: row.nationality,
  };
}

export async function selectPersons(db: Queryable, ids: readonly string[]): Promise<Person[]> {
  const found: Person[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    found.push(...(await db.select().from(persons).where(inArray(persons.id, [...ids.slice(i, i + BATCH)]))).map(presentPerson));
  }
  return found;
}

export async function selectAllPersons(db: Queryable): Promise<Person[]> {
  return (await db.select().from(persons).orderBy(persons.id)).map(presentPerson);
}

/** Who holds each of these national IDs: ID → register number. */
export async function selectNationalIdHolders(db: Queryable, nationalIds: readonly string[]): Promise<Map<string, string>> {
  const holders = new Map<string, string>();
  for (let i = 0; i < nationalIds.length; i += BATCH) {
    const rows = await db
      .select({ id: persons.id, nationalId: persons.nationalId })
      .from(persons)
      .where(inArray(persons.nationalId, [...nationalIds.slice(i, i + BATCH)]));
    for (const row of rows) if (row.nationalId !== null && !holders.has(row.nationalId)) holders.set(row.nationalId, row.id);
  }
  return holders;
}

/** Inserts people with their search text, and their words into the search vocabulary. */
export async function insertPersonRows(db: Queryable, rows: readonly Person[]): Promise<void> {
  await bulkInsert(db, persons, rows.map((p) => ({ ...p, searchText: searchTextOf(p), searchTokens: searchTokensOf(p) })));
  // Numbers (register numbers, IDs) are found exactly, not by likeness: not in the vocabulary.
  const words = [...new Set(rows.flatMap((p) => searchTokensOf(p)).filter((t) => !/[0-9]/.test(t)))];
  await db.execute(
    sql`insert into search_vocabulary (token) select value from json_array_elements_text(${JSON.stringify(words)}::json) on conflict do nothing`,
  );
}

export async function insertNextOfKinRows(db: Queryable, personId: string, kin: readonly NextOfKin[]): Promise<void> {
  if (kin.length > 0) await db.insert(nextOfKin).values(kin.map((k) => ({ ...k, person: personId })));
}

export async function selectNextOfKin(db: Queryable, personId: string): Promise<NextOfKin[]> {
  return db
    .select({ name: nextOfKin.name, relationship: nextOfKin.relationship, phone: nextOfKin.phone, address: nextOfKin.address })
    .from(nextOfKin)
    .where(eq(nextOfKin.person, personId));
}

/**
 * The centre answerable for a person (SQL for a person id): the centre of their open episode —
 * the one holding them now, moved by transfers — else that of the episode released last (the
 * centre that released them); null for someone never in custody.
 */
export function responsibleCentreSql(person: SQL): SQL {
  return sql`(select e.centre from custody_episodes e where e.person = ${person}
              order by e.released_at desc nulls first, e.admitted_at desc limit 1)`;
}

/** Whether the person exists, and the centre answerable for them (null: never in custody). */
export async function selectResponsibleCentre(db: Queryable, person: string): Promise<{ centre: string | null } | null> {
  const result = (await db.execute(sql`select p.id, ${responsibleCentreSql(sql`p.id`)} as centre from persons p where p.id = ${person}`)) as {
    rows: { id: string; centre: string | null }[];
  };
  const [row] = result.rows;
  return row ? { centre: row.centre ?? null } : null;
}

// ---------------------------------------------------------------------------------------------
// Custody episodes, legal status and cases

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

/** Inserts episodes with the given ids (the admitting centre is the centre they open at). */
export async function insertEpisodes(db: Queryable, rows: readonly NewEpisode[], ids: readonly string[]): Promise<void> {
  await bulkInsert(db, custodyEpisodes, rows.map((r, i) => ({ ...r, id: ids[i] as string, admittingCentre: r.centre })));
}

export async function insertLegalStatusChanges(
  db: Queryable,
  rows: readonly { episode: string; legalStatus: LegalStatus; since: string; sentenceMonths: number | null; note: string | null; recordedBy: string }[],
): Promise<void> {
  await bulkInsert(db, legalStatusChanges, rows);
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
