import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Database, Queryable } from '../../db/engine.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Confidence, MembershipRole } from '../../kernel/vocabulary.ts';
import { runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { getGroup } from './groups.ts';
import { memberships } from './schema.ts';

export interface NewMembership {
  person: string;
  group: string;
  role: MembershipRole;
  /** YYYY-MM-DD; null = not known */
  since: string | null;
  confidence: Confidence;
  note?: string | null;
}

export interface Membership extends NewMembership {
  id: number;
  until: string | null;
  note: string | null;
  recordedAt: Date;
  recordedBy: string;
}

type MembershipRow = typeof memberships.$inferSelect;

const present = (row: MembershipRow): Membership => ({
  id: row.id,
  person: row.person,
  group: row.groupCode,
  role: row.role as MembershipRole,
  since: row.since,
  until: row.until,
  confidence: row.confidence as Confidence,
  note: row.note,
  recordedAt: row.recordedAt,
  recordedBy: row.recordedBy,
});

/** Inserts memberships (importer, demo, `recordMembership`); the caller checks and audits. */
export async function insertMemberships(w: AuditedTransaction, rows: readonly NewMembership[], recordedBy: string): Promise<void> {
  await bulkInsert(
    w.tx,
    memberships,
    rows.map((r) => ({ person: r.person, groupCode: r.group, role: r.role, since: r.since, confidence: r.confidence, note: r.note ?? null, recordedBy })),
  );
}

/**
 * Records that a person belongs to a group, with role and confidence. The person's register
 * number is checked by the caller (the register owns people).
 */
export async function recordMembership(db: Database, context: AuditContext, input: NewMembership, centre: string | null): Promise<Membership> {
  return runAudited(db, context, async (w) => {
    await getGroup(w.tx, input.group);
    const [open] = await w.tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.person, input.person), eq(memberships.groupCode, input.group), isNull(memberships.until)));
    if (open) throw new AppError('MEMBERSHIP_EXISTS', { person: input.person, group: input.group }, 'group');
    const [row] = await w.tx
      .insert(memberships)
      .values({ person: input.person, groupCode: input.group, role: input.role, since: input.since, confidence: input.confidence, note: input.note ?? null, recordedBy: context.actor.username })
      .returning();
    w.audit({ action: 'membership.recorded', subjectType: 'person', subjectId: input.person, centre, new: input });
    return present(row as MembershipRow);
  });
}

/** Ends a membership on a date (left the group, expelled, turned informant); the record is kept. */
export async function endMembership(
  db: Database,
  context: AuditContext,
  input: { id: number; until: string; note: string | null },
  centre: string | null,
): Promise<Membership> {
  return runAudited(db, context, async (w) => {
    const [row] = await w.tx
      .update(memberships)
      .set({ until: input.until, note: input.note ?? sql`${memberships.note}` })
      .where(and(eq(memberships.id, input.id), isNull(memberships.until)))
      .returning();
    if (!row) throw new AppError('MEMBERSHIP_NOT_FOUND', { id: input.id }, 'id');
    if (row.since !== null && input.until < row.since) throw new AppError('GROUP_INVALID', { detail: 'a membership cannot end before it began' }, 'until');
    w.audit({ action: 'membership.ended', subjectType: 'person', subjectId: row.person, centre, new: input });
    return present(row);
  });
}

/** One membership, open or ended. */
export async function getMembership(db: Queryable, id: number): Promise<Membership> {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
  if (!row) throw new AppError('MEMBERSHIP_NOT_FOUND', { id }, 'id');
  return present(row);
}

/** A person's memberships, open first, then ended, newest first. */
export async function membershipsOf(db: Queryable, person: string): Promise<Membership[]> {
  const rows = await db
    .select()
    .from(memberships)
    .where(eq(memberships.person, person))
    .orderBy(sql`${memberships.until} is not null`, desc(memberships.since), asc(memberships.id));
  return rows.map(present);
}

/** Who belongs to which group, with what role, on `day`, among these people (a whole centre at once). */
export async function rolesOn(db: Queryable, people: readonly string[], day: string): Promise<{ person: string; group: string; role: MembershipRole }[]> {
  if (people.length === 0) return [];
  return jsonRows(
    db,
    sql`select person, group_code as "group", role from memberships
        where person in (select jsonb_array_elements_text(${JSON.stringify([...new Set(people)])}::jsonb))
          and (since is null or since <= ${day}::date) and (until is null or until > ${day}::date)`,
  );
}

/** The people with a membership in force on `day` of one group. */
export async function membersOn(db: Queryable, group: string, day: string): Promise<Membership[]> {
  const rows = await db
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.groupCode, group),
        or(isNull(memberships.since), sql`${memberships.since} <= ${day}::date`),
        or(isNull(memberships.until), sql`${memberships.until} > ${day}::date`),
      ),
    )
    .orderBy(asc(memberships.person));
  return rows.map(present);
}

/** Every membership ever recorded (export). */
export async function allMemberships(db: Queryable): Promise<Membership[]> {
  return (await db.select().from(memberships).orderBy(asc(memberships.id))).map(present);
}
