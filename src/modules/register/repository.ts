import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable } from '../../db/engine.ts';
import { jsonRows, jsonTuples } from '../../db/json-rows.ts';
import type { LegalStatus, Offence, PersonSex, ReleaseReason, RiskLevel } from '../../kernel/vocabulary.ts';
import type { AuditedTransaction } from '../audit/index.ts';
import { cases, classifications, custodyEpisodes, legalStatusChanges, nextOfKin, personPhotos, persons, registerSeries } from './schema.ts';
import { searchTextOf, searchTokensOf } from './search-text.ts';
import type { Description, NextOfKin, Person, PhotoType } from './schemas.ts';

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

export interface NewLegalStatusChange {
  episode: string;
  legalStatus: LegalStatus;
  since: string;
  sentenceMonths: number | null;
  note: string | null;
  /** Default: now (the transaction's time). */
  recordedAt?: Date;
  recordedBy: string;
}

export async function insertLegalStatusChanges(db: Queryable, rows: readonly NewLegalStatusChange[]): Promise<void> {
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

/**
 * The date preventive detention lapses, in SQL for an episode row `e`: the rule of
 * `pretrialClock` (pretrial-clock.ts) — twelve months for a maximum penalty of up to five years,
 * else eighteen; PostgreSQL's month arithmetic, like `addMonths` there, keeps the day or takes the
 * month's last (31 August + 18 months = 28 February).
 */
const LIMIT_DATE = sql`(e.pretrial_since + case when e.max_penalty_years is not null and e.max_penalty_years <= 5
  then interval '12 months' else interval '18 months' end)::date`;

export interface PretrialDueRow {
  person: string;
  givenNames: string;
  familyNames: string;
  since: string;
  maxPenaltyYears: number | null;
}

/**
 * The people held at `centre` in preventive detention whose limit is on or before `horizon`
 * (YYYY-MM-DD), the earliest limit first, at most `limit` of them; and how many there are in all,
 * with the limit before `today` (overdue) and from `today` on (due).
 */
export async function selectPretrialDue(
  db: Queryable,
  centre: string,
  bounds: { today: string; horizon: string; limit: number },
): Promise<{ overdue: number; due: number; rows: PretrialDueRow[] }> {
  const scope = sql`from custody_episodes e join persons p on p.id = e.person
    where e.centre = ${centre} and e.released_at is null and e.legal_status = 'pretrial' and e.pretrial_since is not null
      and ${LIMIT_DATE} <= ${bounds.horizon}::date`;
  const totals = (await db.execute(
    sql`select count(*) filter (where ${LIMIT_DATE} < ${bounds.today}::date)::int as overdue,
               count(*) filter (where ${LIMIT_DATE} >= ${bounds.today}::date)::int as due ${scope}`,
  )) as { rows: { overdue: number; due: number }[] };
  const listed = (await db.execute(
    sql`select e.person, p.given_names as "givenNames", p.family_names as "familyNames", e.pretrial_since::text as since,
               e.max_penalty_years::float8 as "maxPenaltyYears"
        ${scope}
        order by ${LIMIT_DATE}, p.family_names, p.given_names, e.person
        limit ${bounds.limit}`,
  )) as { rows: PretrialDueRow[] };
  const [counted] = totals.rows;
  return { overdue: Number(counted?.overdue ?? 0), due: Number(counted?.due ?? 0), rows: listed.rows };
}

// ---------------------------------------------------------------------------------------------
// Identification: physical description, photograph, register numbers

export async function selectDescription(db: Queryable, person: string): Promise<Description | null> {
  const [row] = await db
    .select({ heightCm: persons.heightCm, weightKg: persons.weightKg, hair: persons.hair, eyes: persons.eyes, marks: persons.marks, tattoos: persons.tattoos })
    .from(persons)
    .where(eq(persons.id, person));
  return row ?? null;
}

export async function updateDescription(db: Queryable, person: string, description: Description): Promise<void> {
  await db.update(persons).set(description).where(eq(persons.id, person));
}

/** Which of these people have a photograph on file. */
export async function selectPersonsWithPhotos(db: Queryable, people: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < people.length; i += BATCH) {
    const rows = await db.select({ person: personPhotos.person }).from(personPhotos).where(inArray(personPhotos.person, [...people.slice(i, i + BATCH)]));
    for (const row of rows) found.add(row.person);
  }
  return found;
}

/** Whether a photograph is on file, and when it was recorded. */
export async function selectPhotoInfo(db: Queryable, person: string): Promise<{ recordedAt: Date } | null> {
  const [row] = await db.select({ recordedAt: personPhotos.recordedAt }).from(personPhotos).where(eq(personPhotos.person, person));
  return row ?? null;
}

/** The photograph on file as the audit log keeps it: its type and the SHA-256 of its bytes (not the bytes). */
export async function selectPhotoDigest(db: Queryable, person: string): Promise<{ contentType: PhotoType; sha256: string } | null> {
  const [row] = await db
    .select({ contentType: personPhotos.contentType, sha256: sql<string>`encode(sha256(${personPhotos.data}), 'hex')` })
    .from(personPhotos)
    .where(eq(personPhotos.person, person));
  return row ? { ...row, contentType: row.contentType as PhotoType } : null;
}

export async function selectPhoto(db: Queryable, person: string): Promise<{ contentType: PhotoType; data: Buffer; recordedAt: Date } | null> {
  const [row] = await db.select({ contentType: personPhotos.contentType, data: personPhotos.data, recordedAt: personPhotos.recordedAt }).from(personPhotos).where(eq(personPhotos.person, person));
  return row ? { ...row, contentType: row.contentType as PhotoType } : null;
}

/** Records a person's photograph, replacing the one on file. */
export async function upsertPhoto(db: Queryable, row: { person: string; contentType: PhotoType; data: Buffer; recordedAt: Date; recordedBy: string }): Promise<void> {
  await db
    .insert(personPhotos)
    .values(row)
    .onConflictDoUpdate({ target: personPhotos.person, set: { contentType: row.contentType, data: row.data, recordedAt: row.recordedAt, recordedBy: row.recordedBy } });
}

/**
 * The next number of a centre's series, the series' row locked until the transaction ends (one
 * statement: a first admission creates the series at 1; ON CONFLICT DO UPDATE locks the row).
 */
export async function lockRegisterSeries(db: Queryable, centre: string): Promise<number> {
  const [row] = await db
    .insert(registerSeries)
    .values({ centre, next: 1 })
    .onConflictDoUpdate({ target: registerSeries.centre, set: { next: sql`${registerSeries.next}` } })
    .returning({ next: registerSeries.next });
  return (row as { next: number }).next;
}

export async function setRegisterSeriesNext(db: Queryable, centre: string, next: number): Promise<void> {
  await db.update(registerSeries).set({ next }).where(eq(registerSeries.centre, centre));
}

/** Which of these register numbers are taken. */
export async function selectTakenIds(db: Queryable, ids: readonly string[]): Promise<Set<string>> {
  const rows = await db.select({ id: persons.id }).from(persons).where(inArray(persons.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}

// ---------------------------------------------------------------------------------------------
// The interchange format's export and import of the open episodes' records

/** A classification, legal-status change or case with the episode it belongs to and its person. */
type OfEpisode<T> = T & { episode: string; person: string };

export interface RecordedClassification {
  risk: RiskLevel;
  vulnerabilities: string[];
  reason: string;
  recordedAt: Date;
  recordedBy: string;
}

/**
 * The records of every open episode, for export: its vulnerabilities; its classifications (by
 * person, then time recorded); its legal-status history and its cases (by person, then the order
 * they were recorded); and every next of kin in the register (by person, then the order added).
 */
export async function openEpisodeRecords(db: Queryable): Promise<{
  vulnerabilities: Map<string, string[]>;
  classifications: OfEpisode<RecordedClassification>[];
  legalStatusChanges: OfEpisode<LegalStatusChange>[];
  cases: OfEpisode<Omit<Case, 'id'>>[];
  nextOfKin: (NextOfKin & { person: string })[];
}> {
  const open = isNull(custodyEpisodes.releasedAt);
  const [episodes, classificationRows, legalRows, caseRows, kinRows] = await Promise.all([
    db.select({ id: custodyEpisodes.id, vulnerabilities: custodyEpisodes.vulnerabilities }).from(custodyEpisodes).where(open),
    db
      .select({ episode: classifications.episode, person: custodyEpisodes.person, risk: classifications.risk, vulnerabilities: classifications.vulnerabilities, reason: classifications.reason, recordedAt: classifications.recordedAt, recordedBy: classifications.recordedBy })
      .from(classifications)
      .innerJoin(custodyEpisodes, eq(custodyEpisodes.id, classifications.episode))
      .where(open)
      .orderBy(asc(custodyEpisodes.person), asc(classifications.recordedAt), asc(classifications.id)),
    db
      .select({ episode: legalStatusChanges.episode, person: custodyEpisodes.person, legalStatus: legalStatusChanges.legalStatus, since: legalStatusChanges.since, sentenceMonths: legalStatusChanges.sentenceMonths, note: legalStatusChanges.note, recordedAt: legalStatusChanges.recordedAt, recordedBy: legalStatusChanges.recordedBy })
      .from(legalStatusChanges)
      .innerJoin(custodyEpisodes, eq(custodyEpisodes.id, legalStatusChanges.episode))
      .where(open)
      .orderBy(asc(custodyEpisodes.person), asc(legalStatusChanges.id)),
    db
      .select({ episode: cases.episode, person: custodyEpisodes.person, caseNumber: cases.caseNumber, court: cases.court, charges: cases.charges, offence: cases.offence, maxPenaltyYears: cases.maxPenaltyYears, lawyer: cases.lawyer, nextHearing: cases.nextHearing })
      .from(cases)
      .innerJoin(custodyEpisodes, eq(custodyEpisodes.id, cases.episode))
      .where(open)
      .orderBy(asc(custodyEpisodes.person), asc(cases.createdAt), asc(cases.id)),
    db
      .select({ person: nextOfKin.person, name: nextOfKin.name, relationship: nextOfKin.relationship, phone: nextOfKin.phone, address: nextOfKin.address })
      .from(nextOfKin)
      .orderBy(asc(nextOfKin.person), asc(nextOfKin.id)),
  ]);
  return {
    vulnerabilities: new Map(episodes.map((e) => [e.id, e.vulnerabilities])),
    classifications: classificationRows.map((r) => ({ ...r, risk: r.risk as RiskLevel })),
    legalStatusChanges: legalRows.map((r) => ({ ...r, legalStatus: r.legalStatus as LegalStatus })),
    cases: caseRows.map((r) => ({ ...r, offence: r.offence as Offence })),
    nextOfKin: kinRows,
  };
}

/**
 * Writes the records of episodes as given (an import): classifications with their time, and
 * cases in the order given (their creation times one millisecond apart, from now, so that they
 * list and export in that order); next of kin by person. The caller audits.
 */
export async function insertEpisodeRecords(
  db: Queryable,
  records: {
    classifications: readonly (RecordedClassification & { episode: string })[];
    cases: readonly (Omit<Case, 'id'> & { episode: string })[];
    nextOfKin: readonly (NextOfKin & { person: string })[];
    vulnerabilities: readonly { episode: string; vulnerabilities: readonly string[] }[];
  },
): Promise<void> {
  await bulkInsert(db, classifications, [...records.classifications]);
  const start = Date.now();
  await bulkInsert(db, cases, records.cases.map((c, i) => ({ ...c, createdAt: new Date(start + i) })));
  await bulkInsert(db, nextOfKin, [...records.nextOfKin]);
  for (let i = 0; i < records.vulnerabilities.length; i += BATCH) {
    const chunk = records.vulnerabilities.slice(i, i + BATCH).map((v) => ({ id: v.episode, vulnerabilities: v.vulnerabilities }));
    await db.execute(sql`update custody_episodes e set vulnerabilities = v.vulnerabilities
      from json_populate_recordset(null::custody_episodes, ${JSON.stringify(chunk)}::json) v where e.id = v.id`);
  }
}

/**
 * Of these people, those whose open episode has one of `legalStatuses` (`none`: no open episode
 * or no status; all when not given), ordered by name (family, then given names), register number
 * or legal status, `dir`, then register number: the page's register numbers and how many in all,
 * in one round trip.
 */
export async function selectPersonsPage(
  db: Queryable,
  people: readonly string[],
  filter: { legalStatuses?: readonly string[] | undefined; sort: 'name' | 'id' | 'legalStatus'; dir: 'asc' | 'desc'; offset: number; limit: number },
): Promise<{ total: number; ids: string[] }> {
  if (people.length === 0) return { total: 0, ids: [] };
  const dir = filter.dir === 'desc' ? sql.raw('desc') : sql.raw('asc');
  // Names alphabetically (ICU's root collation: "Álvarez" beside "Alvarez", not after "Zambrano"
  // as the databases' C collation puts it).
  const order =
    filter.sort === 'name'
      ? sql`family_names collate "und-x-icu" ${dir}, given_names collate "und-x-icu" ${dir}, id`
      : filter.sort === 'legalStatus'
        ? sql`legal_status ${dir} nulls last, family_names collate "und-x-icu", given_names collate "und-x-icu", id`
        : sql`id ${dir}`;
  const statuses = filter.legalStatuses && filter.legalStatuses.length > 0 ? filter.legalStatuses : null;
  const among = sql`p.id = any(array(select jsonb_array_elements_text(${JSON.stringify(people)}::jsonb)))`;
  // The legal status is read only when filtered or sorted by (one lookup per person).
  const chosen =
    statuses === null && filter.sort !== 'legalStatus'
      ? sql`select p.id, p.family_names, p.given_names from persons p where ${among}`
      : sql`select p.id, p.family_names, p.given_names, e.legal_status
      from persons p
      left join lateral (
        select legal_status from custody_episodes where person = p.id and released_at is null limit 1
      ) e on true
      where ${among}
        and (${statuses === null} or coalesce(e.legal_status, 'none') = any(array(select jsonb_array_elements_text(${JSON.stringify(statuses ?? [])}::jsonb))))`;
  const result = (await db.execute(sql`
    with chosen as (${chosen})
    select c.total, x.id
    from (select count(*)::int as total from chosen) c
    left join lateral (select id from chosen order by ${order} limit ${filter.limit} offset ${filter.offset}) x on true`)) as {
    rows: { total: number; id: string | null }[];
  };
  return { total: Number(result.rows[0]?.total ?? 0), ids: result.rows.flatMap((r) => (r.id === null ? [] : [r.id])) };
}

/** Names of people and the legal status history of custody episodes, as the early warning reads them. */
export interface LegalHistoryRows {
  persons: { id: string; givenNames: string; familyNames: string }[];
  /** Every legal status change of the episodes, oldest first, with the episode's maximum penalty. */
  changes: { episode: string; legalStatus: LegalStatus; since: string; maxPenaltyYears: number | null }[];
}

/**
 * The names of these people and the legal status history of these episodes: two set-based
 * queries. Without lists (the whole estate), everyone's names and the history of every episode
 * not ended before `activeSince`: plain scans, cheaper than looking up tens of thousands of keys.
 */
export async function selectLegalHistory(
  db: Queryable,
  subjects: { people: readonly string[]; episodes: readonly string[] } | { activeSince: Date },
): Promise<LegalHistoryRows> {
  const listed = 'people' in subjects;
  const personWhere = listed ? sql`where id in (select jsonb_array_elements_text(${JSON.stringify(subjects.people)}::jsonb))` : sql``;
  const episodeWhere = listed
    ? sql`l.episode in (select jsonb_array_elements_text(${JSON.stringify(subjects.episodes)}::jsonb)::uuid)`
    : sql`(e.released_at is null or e.released_at >= ${subjects.activeSince.toISOString()}::timestamptz)`;
  const [personRows, changes] = await Promise.all([
    jsonTuples<LegalHistoryRows['persons'][number]>(db, sql`select id, given_names as "givenNames", family_names as "familyNames" from persons ${personWhere}`, [
      'id',
      'givenNames',
      'familyNames',
    ]),
    jsonTuples<LegalHistoryRows['changes'][number]>(
      db,
      sql`select l.episode, l.legal_status as "legalStatus", l.since, e.max_penalty_years::float8 as "maxPenaltyYears"
          from legal_status_changes l join custody_episodes e on e.id = l.episode
          where ${episodeWhere}
          order by l.episode, l.since, l.id`,
      ['episode', 'legalStatus', 'since', 'maxPenaltyYears'],
    ),
  ]);
  return { persons: personRows, changes };
}

/** A stretch of preventive detention of a custody episode: pretrial from `since` (included) until `until` (excluded; null: still). */
export interface PretrialSpan {
  episode: string;
  since: string;
  until: string | null;
}

/**
 * The stretches of preventive detention overlapping the dates `from`–`to`, from the legal status
 * history (a status holds from its date until the next change's; of two changes on one date,
 * the later recorded), for official statistics: one query, only the pretrial ones.
 */
export async function selectPretrialSpans(db: Queryable, range: { from: string; to: string }): Promise<PretrialSpan[]> {
  return jsonRows<PretrialSpan>(
    db,
    sql`select episode, since::text as since, until::text as until from (
          select episode, legal_status, since, lead(since) over (partition by episode order by since, id) as until from legal_status_changes
        ) x
        where legal_status = 'pretrial' and since <= ${range.to}::date and (until is null or until > ${range.from}::date) and (until is null or until > since)`,
  );
}
