import type { Database, Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { registerNumber } from '../../kernel/fields.ts';
import { nowIn, runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { insertNextOfKinRows, insertPersonRows, selectAllPersons, selectNationalIdHolders, selectNextOfKin, selectPersons } from './repository.ts';
import type { NextOfKin, Person, PersonNames } from './schemas.ts';

export type { NextOfKin, Person, PersonNames } from './schemas.ts';
export type NewPerson = Person;
/** A new person as an admission gives them: without `id`, the system issues a register number. */
export type PersonToRegister = Omit<NewPerson, 'id'> & { id?: string | undefined };

/** The names of person `id` as lists show them; blank where the register has no such person. */
export function namesOf(id: string, person: Person | undefined): PersonNames {
  return { id, givenNames: person?.givenNames ?? '', familyNames: person?.familyNames ?? '', aliases: person?.aliases ?? [] };
}

/** What is wrong with a person's identity, or null (a register number still to be issued is not checked). */
export function checkPerson(person: PersonToRegister, today: Date): string | null {
  if (person.id !== undefined && !registerNumber.safeParse(person.id).success) return 'id: upper-case letters, digits and dashes';
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

const hasNationalId = (p: NewPerson): p is NewPerson & { nationalId: string } => p.nationalId !== null && p.nationalId.trim() !== '';

/**
 * Refuses a national ID that another person already holds (in the register, or earlier in
 * `rows`): the same document is the same person, to be admitted again by register number.
 */
async function refuseTakenNationalIds(db: Queryable, rows: readonly NewPerson[]): Promise<void> {
  const withId = rows.filter(hasNationalId);
  if (withId.length === 0) return;
  const holders = await selectNationalIdHolders(db, [...new Set(withId.map((p) => p.nationalId))]);
  for (const person of withId) {
    const holder = holders.get(person.nationalId);
    if (holder !== undefined && holder !== person.id) {
      throw new AppError('PERSON_NATIONAL_ID_TAKEN', { nationalId: person.nationalId, holder }, 'nationalId');
    }
    holders.set(person.nationalId, person.id);
  }
}

/**
 * Inserts people (no audit entry: the caller writes it). Every writer of people comes here:
 * PERSON_EXISTS on a taken register number, PERSON_NATIONAL_ID_TAKEN on a national ID that
 * another person holds.
 */
export async function insertPersons(w: AuditedTransaction, rows: readonly NewPerson[]): Promise<void> {
  const taken = await selectPersons(w.tx, rows.length <= 100 ? rows.map((r) => r.id) : []);
  if (taken.length > 0) throw new AppError('PERSON_EXISTS', { id: taken[0]?.id }, 'id');
  await refuseTakenNationalIds(w.tx, rows);
  try {
    await insertPersonRows(w.tx, rows);
  } catch (error) {
    // A large batch (an import, checked beforehand) relies on the primary key.
    if (/persons_pkey/.test(String((error as { cause?: unknown }).cause ?? error))) throw new AppError('PERSON_EXISTS', { id: '?' }, 'id');
    throw error;
  }
}

/** Registers a person (identity only; admission is the roll's `admitPerson`). */
export async function createPerson(db: Database, context: AuditContext, person: NewPerson): Promise<Person> {
  const problem = checkPerson(person, nowIn(context));
  if (problem) throw new AppError('PERSON_INVALID', { detail: problem }, problem.split(':')[0]);
  await runAudited(db, context, async (w) => {
    await insertPersons(w, [person]);
    w.audit({ action: 'person.created', subjectType: 'person', subjectId: person.id, new: person });
  });
  return person;
}

export async function findPersons(db: Queryable, ids: readonly string[]): Promise<Person[]> {
  return selectPersons(db, ids);
}

/** Adds next of kin in the caller's transaction (the caller audits). */
export async function insertNextOfKin(w: AuditedTransaction, personId: string, kin: readonly NextOfKin[]): Promise<void> {
  await insertNextOfKinRows(w.tx, personId, kin);
}

export async function listNextOfKin(db: Queryable, personId: string): Promise<NextOfKin[]> {
  return selectNextOfKin(db, personId);
}

/** Everyone in the register, by id (for export). */
export async function allPersons(db: Queryable): Promise<Person[]> {
  return selectAllPersons(db);
}
