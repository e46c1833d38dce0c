import type { Database, Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { NonAssociationLevel, NonAssociationReason, NonAssociationRole } from '../../kernel/vocabulary.ts';
import { nowIn, runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { custodyProfiles } from '../register/index.ts';
import {
  insertNonAssociationEvent,
  insertNonAssociationRows,
  selectAllOpenNonAssociations,
  selectEventsOf,
  selectNonAssociation,
  selectNonAssociationsOf,
  selectOpenNonAssociationsOf,
  selectOpenRecordOf,
  updateNonAssociationStatus,
  type NonAssociationEventRow,
  type NonAssociationRow,
} from './repository.ts';

export interface NewNonAssociation {
  personA: string;
  personB: string;
  roleA: NonAssociationRole;
  roleB: NonAssociationRole;
  reason: NonAssociationReason;
  level: NonAssociationLevel;
  comment: string;
}

export interface NonAssociationEvent {
  action: 'opened' | 'closed' | 'reopened';
  reason: string;
  at: Date;
  by: string;
}

export interface NonAssociation extends NewNonAssociation {
  id: string;
  status: 'open' | 'closed';
  createdAt: Date;
  createdBy: string;
}

export type NonAssociationWithEvents = NonAssociation & { events: NonAssociationEvent[] };

const present = (row: NonAssociationRow): NonAssociation => ({
  id: row.id,
  personA: row.personA,
  personB: row.personB,
  roleA: row.roleA as NonAssociationRole,
  roleB: row.roleB as NonAssociationRole,
  reason: row.reason as NonAssociationReason,
  level: row.level as NonAssociationLevel,
  comment: row.comment,
  status: row.status as NonAssociation['status'],
  createdAt: row.createdAt,
  createdBy: row.createdBy,
});

const presentEvent = (e: NonAssociationEventRow): NonAssociationEvent => ({ action: e.action as NonAssociationEvent['action'], reason: e.reason, at: e.at, by: e.by });

/** The record as the table keeps it: the pair in register-number order, each role with its person. */
export function normalisePair(input: NewNonAssociation): NewNonAssociation {
  if (input.personA < input.personB) return input;
  return { ...input, personA: input.personB, personB: input.personA, roleA: input.roleB, roleB: input.roleA };
}

/** What is wrong with a non-association on its own, or null. */
export function checkNonAssociation(input: NewNonAssociation): { field: string; detail: string } | null {
  if (input.personA === input.personB) return { field: 'personB', detail: 'a person cannot be kept apart from themselves' };
  if (input.comment.trim().length < 10) return { field: 'comment', detail: 'a comment of at least 10 characters is required' };
  return null;
}

/** Inserts open non-associations with their `opened` event (importer, `openNonAssociation`). */
export async function insertNonAssociations(w: AuditedTransaction, rows: readonly NewNonAssociation[], createdBy: string, reason: string, at?: Date): Promise<string[]> {
  if (rows.length === 0) return [];
  const values = rows.map((r) => ({ ...normalisePair(r), createdBy, ...(at ? { createdAt: at } : {}) }));
  return insertNonAssociationRows(w.tx, values, { reason, by: createdBy, at });
}

/** The centre of the first person found in custody, for the audit chain. */
async function centreOf(db: Queryable, people: readonly string[]): Promise<string | null> {
  const profiles = await custodyProfiles(db, people);
  for (const p of people) {
    const centre = profiles.get(p)?.centre;
    if (centre) return centre;
  }
  return null;
}

/**
 * Records that two people must be kept apart at a level. One open record per pair: the
 * database refuses a second (and so does this function, with a clear error).
 */
export async function openNonAssociation(db: Database, context: AuditContext, input: NewNonAssociation): Promise<NonAssociation> {
  const problem = checkNonAssociation(input);
  if (problem) throw new AppError('NON_ASSOCIATION_INVALID', { detail: problem.detail }, problem.field);
  const profiles = await custodyProfiles(db, [input.personA, input.personB]);
  for (const [field, id] of [['personA', input.personA], ['personB', input.personB]] as const) {
    if (!profiles.has(id)) throw new AppError('PERSON_NOT_FOUND', { id }, field);
  }
  return runAudited(db, context, async (w) => {
    const existing = await selectOpenRecordOf(w.tx, input.personA, input.personB);
    if (existing) throw new AppError('NON_ASSOCIATION_EXISTS', { a: existing.personA, b: existing.personB }, 'personB');
    const [id] = await insertNonAssociations(w, [input], context.actor.username, input.comment, nowIn(context));
    const record = present((await selectNonAssociation(w.tx, id as string)) as NonAssociationRow);
    w.audit({ action: 'non_association.opened', subjectType: 'non_association', subjectId: record.id, centre: await centreOf(w.tx, [record.personA, record.personB]), new: record });
    return record;
  });
}

/** Closes or reopens a non-association, with the reason. Reopening is refused if the pair already has an open record. */
export async function setNonAssociationStatus(
  db: Database,
  context: AuditContext,
  input: { id: string; status: 'open' | 'closed'; reason: string },
): Promise<NonAssociation> {
  if (input.reason.trim().length < 10) throw new AppError('NON_ASSOCIATION_INVALID', { detail: 'a reason of at least 10 characters is required' }, 'reason');
  return runAudited(db, context, async (w) => {
    const row = await selectNonAssociation(w.tx, input.id, true);
    if (!row) throw new AppError('NON_ASSOCIATION_NOT_FOUND', { id: input.id }, 'id');
    if (row.status === input.status) throw new AppError('NON_ASSOCIATION_STATE', { id: input.id, status: input.status }, 'status');
    if (input.status === 'open') {
      const other = await selectOpenRecordOf(w.tx, row.personA, row.personB);
      if (other) throw new AppError('NON_ASSOCIATION_EXISTS', { a: row.personA, b: row.personB }, 'status');
    }
    const updated = await updateNonAssociationStatus(w.tx, input.id, input.status);
    const action = input.status === 'open' ? 'reopened' : 'closed';
    await insertNonAssociationEvent(w.tx, { nonAssociation: input.id, action, reason: input.reason, by: context.actor.username, at: nowIn(context) });
    w.audit({
      action: input.status === 'open' ? 'non_association.reopened' : 'non_association.closed',
      subjectType: 'non_association',
      subjectId: input.id,
      centre: await centreOf(w.tx, [row.personA, row.personB]),
      old: { status: row.status },
      new: { status: input.status, reason: input.reason },
    });
    return present(updated as NonAssociationRow);
  });
}

/** One record (without its history), or null. */
export async function findNonAssociation(db: Queryable, id: string): Promise<NonAssociation | null> {
  const row = await selectNonAssociation(db, id);
  return row ? present(row) : null;
}

/** One record with its history; NON_ASSOCIATION_NOT_FOUND if there is none. */
export async function getNonAssociation(db: Queryable, id: string): Promise<NonAssociationWithEvents> {
  const row = await selectNonAssociation(db, id);
  if (!row) throw new AppError('NON_ASSOCIATION_NOT_FOUND', { id }, 'id');
  return { ...present(row), events: (await selectEventsOf(db, [id])).map(presentEvent) };
}

/** A person's non-associations (open first), with their history of closing and reopening. */
export async function nonAssociationsOf(db: Queryable, person: string, status?: 'open'): Promise<NonAssociationWithEvents[]> {
  const rows = await selectNonAssociationsOf(db, person, status);
  const events = await selectEventsOf(db, rows.map((r) => r.id));
  return rows.map((row) => ({ ...present(row), events: events.filter((e) => e.nonAssociation === row.id).map(presentEvent) }));
}

/** The open non-associations of one person (the placement check, on every check). */
export async function openNonAssociationsOf(db: Queryable, person: string): Promise<NonAssociation[]> {
  return (await selectOpenNonAssociationsOf(db, person)).map(present);
}

/** Every open non-association (export: format v1 carries the open ones). */
export async function allOpenNonAssociations(db: Queryable): Promise<NonAssociation[]> {
  return (await selectAllOpenNonAssociations(db)).map(present);
}
