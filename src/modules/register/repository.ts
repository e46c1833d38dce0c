import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable } from '../../db/engine.ts';
import type { PersonSex } from '../../kernel/vocabulary.ts';
import { nextOfKin, persons } from './schema.ts';
import { searchTextOf, searchTokensOf } from './search-text.ts';
import type { NextOfKin, Person } from './schemas.ts';

/** The register's SQL for people and their next of kin (episodes: episodes.ts). */

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
