import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Database, Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { NonAssociationLevel, NonAssociationReason, NonAssociationRole } from '../../kernel/vocabulary.ts';
import { runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { custodyProfiles } from '../register/index.ts';
import { nonAssociationEvents, nonAssociations } from './schema.ts';

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

type Row = typeof nonAssociations.$inferSelect;

const present = (row: Row): NonAssociation => ({
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
export async function insertNonAssociations(w: AuditedTransaction, rows: readonly NewNonAssociation[], createdBy: string, reason: string): Promise<string[]> {
  if (rows.length === 0) return [];
  const values = rows.map((r) => ({ ...normalisePair(r), createdBy }));
  const ids: string[] = [];
  for (let i = 0; i < values.length; i += 2000) {
    const inserted = await w.tx.insert(nonAssociations).values(values.slice(i, i + 2000)).returning({ id: nonAssociations.id });
    ids.push(...inserted.map((r) => r.id));
  }
  await bulkInsert(
    w.tx,
    nonAssociationEvents,
    ids.map((id) => ({ nonAssociation: id, action: 'opened', reason, by: createdBy })),
  );
  return ids;
}

async function openRecordOf(db: Queryable, a: string, b: string): Promise<Row | undefined> {
  const pair = a < b ? [a, b] : [b, a];
  const [row] = await db
    .select()
    .from(nonAssociations)
    .where(and(eq(nonAssociations.personA, pair[0] as string), eq(nonAssociations.personB, pair[1] as string), eq(nonAssociations.status, 'open')));
  return row;
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
    const existing = await openRecordOf(w.tx, input.personA, input.personB);
    if (existing) throw new AppError('NON_ASSOCIATION_EXISTS', { a: existing.personA, b: existing.personB }, 'personB');
    const [id] = await insertNonAssociations(w, [input], context.actor.username, input.comment);
    const [row] = await w.tx.select().from(nonAssociations).where(eq(nonAssociations.id, id as string));
    const record = present(row as Row);
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
    const [row] = await w.tx.select().from(nonAssociations).where(eq(nonAssociations.id, input.id)).for('update');
    if (!row) throw new AppError('NON_ASSOCIATION_NOT_FOUND', { id: input.id }, 'id');
    if (row.status === input.status) throw new AppError('NON_ASSOCIATION_STATE', { id: input.id, status: input.status }, 'status');
    if (input.status === 'open') {
      const other = await openRecordOf(w.tx, row.personA, row.personB);
      if (other) throw new AppError('NON_ASSOCIATION_EXISTS', { a: row.personA, b: row.personB }, 'status');
    }
    const [updated] = await w.tx.update(nonAssociations).set({ status: input.status }).where(eq(nonAssociations.id, input.id)).returning();
    const action = input.status === 'open' ? 'reopened' : 'closed';
    await w.tx.insert(nonAssociationEvents).values({ nonAssociation: input.id, action, reason: input.reason, by: context.actor.username });
    w.audit({
      action: input.status === 'open' ? 'non_association.reopened' : 'non_association.closed',
      subjectType: 'non_association',
      subjectId: input.id,
      centre: await centreOf(w.tx, [row.personA, row.personB]),
      old: { status: row.status },
      new: { status: input.status, reason: input.reason },
    });
    return present(updated as Row);
  });
}

export async function getNonAssociation(db: Queryable, id: string): Promise<NonAssociation & { events: NonAssociationEvent[] }> {
  const [row] = await db.select().from(nonAssociations).where(eq(nonAssociations.id, id));
  if (!row) throw new AppError('NON_ASSOCIATION_NOT_FOUND', { id }, 'id');
  const events = await db.select().from(nonAssociationEvents).where(eq(nonAssociationEvents.nonAssociation, id)).orderBy(asc(nonAssociationEvents.at), asc(nonAssociationEvents.id));
  return { ...present(row), events: events.map((e) => ({ action: e.action as NonAssociationEvent['action'], reason: e.reason, at: e.at, by: e.by })) };
}

/** A person's non-associations (open first), with their history of closing and reopening. */
export async function nonAssociationsOf(db: Queryable, person: string, status?: 'open'): Promise<(NonAssociation & { events: NonAssociationEvent[] })[]> {
  const involving = or(eq(nonAssociations.personA, person), eq(nonAssociations.personB, person));
  const rows = await db
    .select()
    .from(nonAssociations)
    .where(status ? and(involving, eq(nonAssociations.status, status)) : involving)
    .orderBy(desc(nonAssociations.status), desc(nonAssociations.createdAt));
  if (rows.length === 0) return [];
  const events = await db
    .select()
    .from(nonAssociationEvents)
    .where(inArray(nonAssociationEvents.nonAssociation, rows.map((r) => r.id)))
    .orderBy(asc(nonAssociationEvents.at), asc(nonAssociationEvents.id));
  return rows.map((row) => ({
    ...present(row),
    events: events.filter((e) => e.nonAssociation === row.id).map((e) => ({ action: e.action as NonAssociationEvent['action'], reason: e.reason, at: e.at, by: e.by })),
  }));
}

/**
 * The open non-associations of one person (the placement check, on every check: a plain query,
 * which costs a fraction of the query builder's mapping on the embedded engine).
 */
export async function openNonAssociationsOf(db: Queryable, person: string): Promise<NonAssociation[]> {
  const result = (await db.execute(sql`
    select id, person_a, person_b, role_a, role_b, reason, level, comment, status, created_at, created_by
    from non_associations where (person_a = ${person} or person_b = ${person}) and status = 'open'`)) as {
    rows: { id: string; person_a: string; person_b: string; role_a: string; role_b: string; reason: string; level: string; comment: string; status: string; created_at: string | Date; created_by: string }[];
  };
  return result.rows.map((r) =>
    present({
      id: r.id,
      personA: r.person_a,
      personB: r.person_b,
      roleA: r.role_a,
      roleB: r.role_b,
      reason: r.reason,
      level: r.level,
      comment: r.comment,
      status: r.status,
      createdAt: new Date(r.created_at),
      createdBy: r.created_by,
    }),
  );
}

/** Every open non-association (export: format v1 carries the open ones). */
export async function allOpenNonAssociations(db: Queryable): Promise<NonAssociation[]> {
  const rows = await db.select().from(nonAssociations).where(eq(nonAssociations.status, 'open')).orderBy(asc(nonAssociations.personA), asc(nonAssociations.personB));
  return rows.map(present);
}
