import { and, asc, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable, Transaction } from '../../db/engine.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { cellMoves, nonAssociationEvents, nonAssociations } from './schema.ts';

/**
 * The housing module's SQL: non-associations with their events, and the cell-move decisions.
 * Rules, authorisation and audit live in the use cases that call these.
 */

export type NonAssociationRow = typeof nonAssociations.$inferSelect;
export type NonAssociationInsert = typeof nonAssociations.$inferInsert;
export type NonAssociationEventRow = typeof nonAssociationEvents.$inferSelect;
export type CellMoveRow = typeof cellMoves.$inferSelect;
export type CellMoveInsert = typeof cellMoves.$inferInsert;

const BATCH = 2000;

/** Inserts non-associations and their `opened` events; the ids in the order given. */
export async function insertNonAssociationRows(
  tx: Transaction,
  rows: readonly NonAssociationInsert[],
  opened: { reason: string; by: string; at?: Date | undefined },
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const inserted = await tx.insert(nonAssociations).values(rows.slice(i, i + BATCH)).returning({ id: nonAssociations.id });
    ids.push(...inserted.map((r) => r.id));
  }
  await bulkInsert(
    tx,
    nonAssociationEvents,
    ids.map((id) => ({ nonAssociation: id, action: 'opened', reason: opened.reason, by: opened.by, ...(opened.at ? { at: opened.at } : {}) })),
  );
  return ids;
}

/** The open record of a pair, if any. */
export async function selectOpenRecordOf(db: Queryable, a: string, b: string): Promise<NonAssociationRow | undefined> {
  const [first, second] = a < b ? [a, b] : [b, a];
  const [row] = await db
    .select()
    .from(nonAssociations)
    .where(and(eq(nonAssociations.personA, first), eq(nonAssociations.personB, second), eq(nonAssociations.status, 'open')));
  return row;
}

/** One record, locked for update when `forUpdate`. */
export async function selectNonAssociation(db: Queryable, id: string, forUpdate = false): Promise<NonAssociationRow | undefined> {
  const query = db.select().from(nonAssociations).where(eq(nonAssociations.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateNonAssociationStatus(tx: Transaction, id: string, status: 'open' | 'closed'): Promise<NonAssociationRow | undefined> {
  const [row] = await tx.update(nonAssociations).set({ status }).where(eq(nonAssociations.id, id)).returning();
  return row;
}

export async function insertNonAssociationEvent(
  tx: Transaction,
  event: { nonAssociation: string; action: 'opened' | 'closed' | 'reopened'; reason: string; by: string; at: Date },
): Promise<void> {
  await tx.insert(nonAssociationEvents).values(event);
}

/** The events of these records, oldest first. */
export async function selectEventsOf(db: Queryable, ids: readonly string[]): Promise<NonAssociationEventRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(nonAssociationEvents)
    .where(inArray(nonAssociationEvents.nonAssociation, [...ids]))
    .orderBy(asc(nonAssociationEvents.at), asc(nonAssociationEvents.id));
}

/** A person's records, open first, newest first. */
export async function selectNonAssociationsOf(db: Queryable, person: string, status?: 'open'): Promise<NonAssociationRow[]> {
  const involving = or(eq(nonAssociations.personA, person), eq(nonAssociations.personB, person));
  return db
    .select()
    .from(nonAssociations)
    .where(status ? and(involving, eq(nonAssociations.status, status)) : involving)
    .orderBy(desc(nonAssociations.status), desc(nonAssociations.createdAt));
}

/**
 * The open records of one person (the placement check, on every check: a plain query, which
 * costs a fraction of the query builder's mapping on the embedded engine).
 */
export async function selectOpenNonAssociationsOf(db: Queryable, person: string): Promise<NonAssociationRow[]> {
  const result = (await db.execute(sql`
    select id, person_a, person_b, role_a, role_b, reason, level, comment, status, created_at, created_by
    from non_associations where (person_a = ${person} or person_b = ${person}) and status = 'open'`)) as {
    rows: { id: string; person_a: string; person_b: string; role_a: string; role_b: string; reason: string; level: string; comment: string; status: string; created_at: string | Date; created_by: string }[];
  };
  return result.rows.map((r) => ({
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
  }));
}

/** Every open record, by pair (export). */
export async function selectAllOpenNonAssociations(db: Queryable): Promise<NonAssociationRow[]> {
  return db.select().from(nonAssociations).where(eq(nonAssociations.status, 'open')).orderBy(asc(nonAssociations.personA), asc(nonAssociations.personB));
}

export async function insertCellMove(tx: Transaction, row: CellMoveInsert): Promise<string> {
  const [inserted] = await tx.insert(cellMoves).values(row).returning({ id: cellMoves.id });
  return (inserted as { id: string }).id;
}

/** A person's cell moves, newest first. */
export async function selectCellMovesOf(db: Queryable, person: string): Promise<CellMoveRow[]> {
  return db.select().from(cellMoves).where(eq(cellMoves.person, person)).orderBy(desc(cellMoves.at));
}

/** One cell move. */
export async function selectCellMove(db: Queryable, id: string): Promise<CellMoveRow | undefined> {
  const [row] = await db.select().from(cellMoves).where(eq(cellMoves.id, id));
  return row;
}

/** The overridden moves of a centre since a time, newest first. */
export async function selectOverrides(db: Queryable, centre: string, since: Date): Promise<CellMoveRow[]> {
  return db
    .select()
    .from(cellMoves)
    .where(and(eq(cellMoves.centre, centre), eq(cellMoves.overridden, true), gte(cellMoves.at, since)))
    .orderBy(desc(cellMoves.at));
}

/** A non-association with the times it was opened, closed and reopened (epoch milliseconds), as the early warning reads it. */
export interface NonAssociationHistoryRow {
  id: string;
  personA: string;
  personB: string;
  level: string;
  reason: string;
  status: string;
  createdAt: number;
  events: { action: 'opened' | 'closed' | 'reopened'; at: number }[];
}

/** Every non-association touching these people (or all), with its events in time order: one query. */
export async function selectNonAssociationHistory(db: Queryable, people?: readonly string[]): Promise<NonAssociationHistoryRow[]> {
  const list = people ? sql`(select jsonb_array_elements_text(${JSON.stringify(people)}::jsonb))` : null;
  const where = list ? sql`n.person_a in ${list} or n.person_b in ${list}` : sql`true`;
  return jsonRows<NonAssociationHistoryRow>(
    db,
    sql`select n.id, n.person_a as "personA", n.person_b as "personB", n.level, n.reason, n.status,
               (extract(epoch from n.created_at) * 1000)::float8 as "createdAt",
               coalesce((select json_agg(json_build_object('action', e.action, 'at', (extract(epoch from e.at) * 1000)::float8) order by e.at, e.id)
                         from non_association_events e where e.non_association = n.id), '[]'::json) as events
        from non_associations n where ${where} order by n.id`,
  );
}
