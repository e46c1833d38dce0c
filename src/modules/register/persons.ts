import { eq, inArray, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Database, Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { PersonSex } from '../../kernel/vocabulary.ts';
import { runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { nextOfKin, persons } from './schema.ts';
import { searchTextOf, searchTokensOf } from './search-text.ts';

export interface NewPerson {
  id: string;
  nationalId: string | null;
  givenNames: string;
  familyNames: string;
  aliases: string[];
  birthDate: string | null;
  sex: PersonSex;
  nationality: string;
}

export type Person = NewPerson;

export interface NextOfKin {
  name: string;
  relationship: string;
  phone: string | null;
  address: string | null;
}

type PersonRow = typeof persons.$inferSelect;

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

/** What is wrong with a person's identity, or null. */
export function checkPerson(person: NewPerson, today: Date): string | null {
  if (!/^[A-Z0-9][A-Z0-9-]{2,29}$/.test(person.id)) return 'id: upper-case letters, digits and dashes';
  if (!person.givenNames.trim()) return 'givenNames: required';
  if (!person.familyNames.trim()) return 'familyNames: required';
  if (!/^[A-Z]{3}$/.test(person.nationality)) return 'nationality: ISO 3166-1 alpha-3 (ECU, COL…)';
  if (person.birthDate !== null) {
    const date = new Date(`${person.birthDate}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== person.birthDate) return 'birthDate: not a date';
    if (date > today) return 'birthDate: in the future';
  }
  return null;
}

/** Inserts people (no audit entry: the caller writes it). Throws PERSON_EXISTS on a taken id. */
export async function insertPersons(w: AuditedTransaction, rows: readonly NewPerson[]): Promise<void> {
  const taken = await findPersons(w.tx, rows.length <= 100 ? rows.map((r) => r.id) : []);
  if (taken.length > 0) throw new AppError('PERSON_EXISTS', { id: taken[0]?.id }, 'id');
  try {
    await bulkInsert(w.tx, persons, rows.map((p) => ({ ...p, searchText: searchTextOf(p), searchTokens: searchTokensOf(p) })));
    // Numbers (register numbers, IDs) are found exactly, not by likeness: not in the vocabulary.
    const words = [...new Set(rows.flatMap((p) => searchTokensOf(p)).filter((t) => !/[0-9]/.test(t)))];
    await w.tx.execute(
      sql`insert into search_vocabulary (token) select value from json_array_elements_text(${JSON.stringify(words)}::json) on conflict do nothing`,
    );
  } catch (error) {
    // A large batch (an import, checked beforehand) relies on the primary key.
    if (/persons_pkey/.test(String((error as { cause?: unknown }).cause ?? error))) throw new AppError('PERSON_EXISTS', { id: '?' }, 'id');
    throw error;
  }
}

/** Registers a person (identity only; admission is the roll's `admitPerson`). */
export async function createPerson(db: Database, context: AuditContext, person: NewPerson): Promise<Person> {
  const problem = checkPerson(person, new Date());
  if (problem) throw new AppError('PERSON_INVALID', { detail: problem }, problem.split(':')[0]);
  await runAudited(db, context, async (w) => {
    await insertPersons(w, [person]);
    w.audit({ action: 'person.created', subjectType: 'person', subjectId: person.id, new: person });
  });
  return person;
}

export async function findPersons(db: Queryable, ids: readonly string[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const rows: PersonRow[] = [];
  for (let i = 0; i < ids.length; i += 5000) {
    rows.push(...(await db.select().from(persons).where(inArray(persons.id, [...ids.slice(i, i + 5000)]))));
  }
  return rows.map(presentPerson);
}

/** Adds next of kin in the caller's transaction (the caller audits). */
export async function insertNextOfKin(w: AuditedTransaction, personId: string, kin: readonly NextOfKin[]): Promise<void> {
  if (kin.length > 0) await w.tx.insert(nextOfKin).values(kin.map((k) => ({ ...k, person: personId })));
}

export async function addNextOfKin(db: Database, context: AuditContext, personId: string, kin: NextOfKin): Promise<void> {
  const [person] = await findPersons(db, [personId]);
  if (!person) throw new AppError('PERSON_NOT_FOUND', { id: personId }, 'person');
  await runAudited(db, context, async (w) => {
    await insertNextOfKin(w, personId, [kin]);
    w.audit({ action: 'person.next_of_kin_added', subjectType: 'person', subjectId: personId, new: kin });
  });
}

export async function listNextOfKin(db: Queryable, personId: string): Promise<NextOfKin[]> {
  return db
    .select({ name: nextOfKin.name, relationship: nextOfKin.relationship, phone: nextOfKin.phone, address: nextOfKin.address })
    .from(nextOfKin)
    .where(eq(nextOfKin.person, personId));
}

/** Everyone in the register, by id (for export). */
export async function allPersons(db: Queryable): Promise<Person[]> {
  const rows = await db.select().from(persons).orderBy(persons.id);
  return rows.map(presentPerson);
}
