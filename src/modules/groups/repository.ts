import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable, Transaction } from '../../db/engine.ts';
import { jsonRows } from '../../db/json-rows.ts';
import type { Confidence, MembershipRole } from '../../kernel/vocabulary.ts';
import { criminalGroups, groupRelations, memberships } from './schema.ts';

/**
 * The groups module's SQL: criminal groups, their relations, memberships. Rules, authorisation
 * and audit live in the use cases that call these.
 */

export type GroupRow = typeof criminalGroups.$inferSelect;
export type GroupInsert = typeof criminalGroups.$inferInsert;
export type RelationRow = typeof groupRelations.$inferSelect;
export type RelationInsert = typeof groupRelations.$inferInsert;
export type MembershipRow = typeof memberships.$inferSelect;
export type MembershipInsert = typeof memberships.$inferInsert;

/** In force on `day` (YYYY-MM-DD): begun by then (or of unknown start) and not ended. */
const inForce = (table: typeof groupRelations | typeof memberships, day: string) =>
  and(or(isNull(table.since), sql`${table.since} <= ${day}::date`), or(isNull(table.until), sql`${table.until} > ${day}::date`));

// Groups

export async function selectParents(db: Queryable): Promise<Map<string, string | null>> {
  const rows = await db.select({ code: criminalGroups.code, parent: criminalGroups.parent }).from(criminalGroups);
  return new Map(rows.map((r) => [r.code, r.parent]));
}

export async function insertGroupRows(tx: Transaction, rows: readonly GroupInsert[]): Promise<void> {
  await bulkInsert(tx, criminalGroups, [...rows]);
}

export async function selectGroups(db: Queryable): Promise<GroupRow[]> {
  return db.select().from(criminalGroups).orderBy(asc(criminalGroups.name));
}

export async function selectGroup(db: Queryable, code: string): Promise<GroupRow | undefined> {
  const [row] = await db.select().from(criminalGroups).where(eq(criminalGroups.code, code));
  return row;
}

export async function updateGroupRow(tx: Transaction, code: string, changes: Partial<GroupInsert>): Promise<GroupRow | undefined> {
  const [row] = await tx.update(criminalGroups).set(changes).where(eq(criminalGroups.code, code)).returning();
  return row;
}

// Relations

export async function insertRelationRow(tx: Transaction, row: RelationInsert): Promise<RelationRow> {
  const [inserted] = await tx.insert(groupRelations).values(row).returning();
  return inserted as RelationRow;
}

/** The open relation of a pair given in table order. */
export async function selectOpenRelation(db: Queryable, groupA: string, groupB: string): Promise<RelationRow | undefined> {
  const [row] = await db
    .select()
    .from(groupRelations)
    .where(and(eq(groupRelations.groupA, groupA), eq(groupRelations.groupB, groupB), isNull(groupRelations.until)));
  return row;
}

/** Ends an open relation; undefined when there is no open relation with this id. */
export async function endRelationRow(tx: Transaction, id: number, until: string, note: string | null): Promise<RelationRow | undefined> {
  const [row] = await tx
    .update(groupRelations)
    .set({ until, note: note ?? sql`${groupRelations.note}` })
    .where(and(eq(groupRelations.id, id), isNull(groupRelations.until)))
    .returning();
  return row;
}

export async function selectRelationsOn(db: Queryable, day: string, groups?: readonly string[]): Promise<RelationRow[]> {
  const touching = groups ? or(inArray(groupRelations.groupA, [...groups]), inArray(groupRelations.groupB, [...groups])) : undefined;
  const when = inForce(groupRelations, day);
  return db
    .select()
    .from(groupRelations)
    .where(touching ? and(when, touching) : when)
    .orderBy(asc(groupRelations.groupA), asc(groupRelations.groupB));
}

/** Every relation (or those of one group), current and ended, in the order recorded. */
export async function selectRelations(db: Queryable, group?: string): Promise<RelationRow[]> {
  const query = db.select().from(groupRelations);
  const rows = group ? query.where(or(eq(groupRelations.groupA, group), eq(groupRelations.groupB, group))) : query;
  return rows.orderBy(asc(groupRelations.id));
}

// Memberships

export async function insertMembershipRows(tx: Transaction, rows: readonly MembershipInsert[]): Promise<void> {
  await bulkInsert(tx, memberships, [...rows]);
}

export async function insertMembershipRow(tx: Transaction, row: MembershipInsert): Promise<MembershipRow> {
  const [inserted] = await tx.insert(memberships).values(row).returning();
  return inserted as MembershipRow;
}

export async function selectOpenMembership(db: Queryable, person: string, group: string): Promise<{ id: number } | undefined> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.person, person), eq(memberships.groupCode, group), isNull(memberships.until)));
  return row;
}

/** Ends an open membership; undefined when there is no open membership with this id. */
export async function endMembershipRow(tx: Transaction, id: number, until: string, note: string | null): Promise<MembershipRow | undefined> {
  const [row] = await tx
    .update(memberships)
    .set({ until, note: note ?? sql`${memberships.note}` })
    .where(and(eq(memberships.id, id), isNull(memberships.until)))
    .returning();
  return row;
}

export async function selectMembership(db: Queryable, id: number): Promise<MembershipRow | undefined> {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
  return row;
}

/** A person's memberships, open first, then ended, newest first. */
export async function selectMembershipsOf(db: Queryable, person: string): Promise<MembershipRow[]> {
  return db
    .select()
    .from(memberships)
    .where(eq(memberships.person, person))
    .orderBy(sql`${memberships.until} is not null`, desc(memberships.since), asc(memberships.id));
}

/** Who belongs to which group, with what role, on `day`, among these people (a whole centre at once). */
export async function selectRolesOn(db: Queryable, people: readonly string[], day: string): Promise<{ person: string; group: string; role: MembershipRole }[]> {
  if (people.length === 0) return [];
  return jsonRows(
    db,
    sql`select person, group_code as "group", role from memberships
        where person in (select jsonb_array_elements_text(${JSON.stringify([...new Set(people)])}::jsonb))
          and (since is null or since <= ${day}::date) and (until is null or until > ${day}::date)`,
  );
}

/** The memberships in force on `day` of one group, or of every group. */
export async function selectMembersOn(db: Queryable, day: string, group?: string): Promise<MembershipRow[]> {
  const when = inForce(memberships, day);
  return db
    .select()
    .from(memberships)
    .where(group ? and(eq(memberships.groupCode, group), when) : when)
    .orderBy(asc(memberships.person));
}

/** Members and leaders per group on `day`, counted nationally. */
export async function countMembersOn(db: Queryable, day: string): Promise<{ group: string; members: number; leaders: number }[]> {
  const result = (await db.execute(sql`
    select group_code as "group", count(*)::int as members, count(*) filter (where role = 'leader')::int as leaders
    from memberships
    where (since is null or since <= ${day}::date) and (until is null or until > ${day}::date)
    group by group_code`)) as { rows: { group: string; members: number; leaders: number }[] };
  return result.rows;
}

export async function selectAllMemberships(db: Queryable): Promise<MembershipRow[]> {
  return db.select().from(memberships).orderBy(asc(memberships.id));
}

/** A membership as a list of members reads it (recordedAt as ISO text). */
export interface MemberListRow {
  id: number;
  person: string;
  group: string;
  role: MembershipRole;
  since: string | null;
  until: string | null;
  confidence: Confidence;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
}

/**
 * The memberships of one group in force on `day`, of these roles and confidences (all when not
 * given), read as one JSON text (a group of thousands of members in one go on the embedded engine).
 */
export async function selectMemberList(
  db: Queryable,
  group: string,
  day: string,
  filter: { roles?: readonly string[] | undefined; confidences?: readonly string[] | undefined },
): Promise<MemberListRow[]> {
  const list = (values: readonly string[] | undefined) => (values && values.length > 0 ? JSON.stringify(values) : null);
  const roles = list(filter.roles);
  const confidences = list(filter.confidences);
  return jsonRows<MemberListRow>(
    db,
    sql`select id::float8 as id, person, group_code as "group", role, since, until, confidence, note, recorded_at as "recordedAt", recorded_by as "recordedBy"
        from memberships
        where group_code = ${group}
          and (since is null or since <= ${day}::date) and (until is null or until > ${day}::date)
          and (${roles}::jsonb is null or role in (select jsonb_array_elements_text(${roles}::jsonb)))
          and (${confidences}::jsonb is null or confidence in (select jsonb_array_elements_text(${confidences}::jsonb)))`,
  );
}

/** Groups, relations and memberships as the early warning reads them (dates YYYY-MM-DD, null = unknown or open). */
export interface GroupHistoryRows {
  groups: { code: string; name: string; parent: string | null }[];
  relations: { a: string; b: string; relation: 'rival' | 'allied'; since: string | null; until: string | null }[];
  memberships: { person: string; group: string; role: MembershipRole; confidence: Confidence; since: string | null; until: string | null }[];
}

/**
 * Every group, every relation, and the memberships in force at some day of [from, to] (of these
 * people, or everyone's): three set-based queries.
 */
export async function selectGroupHistory(db: Queryable, range: { people?: readonly string[] | undefined; from: string; to: string }): Promise<GroupHistoryRows> {
  const people = range.people ? sql`person in (select jsonb_array_elements_text(${JSON.stringify(range.people)}::jsonb))` : sql`true`;
  const [groups, relations, members] = await Promise.all([
    jsonRows<GroupHistoryRows['groups'][number]>(db, sql`select code, name, parent from criminal_groups order by code`),
    jsonRows<GroupHistoryRows['relations'][number]>(
      db,
      sql`select group_a as a, group_b as b, relation, since, until from group_relations order by group_a, group_b, id`,
    ),
    jsonRows<GroupHistoryRows['memberships'][number]>(
      db,
      sql`select person, group_code as "group", role, confidence, since, until from memberships
          where ${people} and (since is null or since <= ${range.to}::date) and (until is null or until > ${range.from}::date)
          order by person, group_code, id`,
    ),
  ]);
  return { groups, relations, memberships: members };
}
