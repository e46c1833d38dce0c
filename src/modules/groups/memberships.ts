import type { Database, Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Confidence, MembershipRole } from '../../kernel/vocabulary.ts';
import { nowIn, runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { getGroup, presentRecorded } from './groups.ts';
import {
  endMembershipRow,
  insertMembershipRow,
  insertMembershipRows,
  selectAllMemberships,
  selectMembersOn,
  selectMembership,
  selectMembershipsOf,
  selectOpenMembership,
  selectRolesOn,
  type MembershipRow,
} from './repository.ts';

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

const present = (row: MembershipRow): Membership => ({
  ...presentRecorded(row),
  person: row.person,
  group: row.groupCode,
  role: row.role as MembershipRole,
});

const toRow = (r: NewMembership, recordedBy: string, at?: Date) => ({
  person: r.person,
  groupCode: r.group,
  role: r.role,
  since: r.since,
  confidence: r.confidence,
  note: r.note ?? null,
  recordedBy,
  ...(at ? { recordedAt: at } : {}),
});

/** Inserts memberships (importer, demo, `recordMembership`); the caller checks and audits. */
export async function insertMemberships(w: AuditedTransaction, rows: readonly NewMembership[], recordedBy: string): Promise<void> {
  await insertMembershipRows(w.tx, rows.map((r) => toRow(r, recordedBy)));
}

/**
 * Records that a person belongs to a group, with role and confidence. The person's register
 * number is checked by the caller (the register owns people).
 */
export async function recordMembership(db: Database, context: AuditContext, input: NewMembership, centre: string | null): Promise<Membership> {
  if (input.since !== null && input.since > nowIn(context).toISOString().slice(0, 10)) throw new AppError('GROUP_INVALID', { detail: 'since: in the future' }, 'since');
  return runAudited(db, context, async (w) => {
    await getGroup(w.tx, input.group);
    if (await selectOpenMembership(w.tx, input.person, input.group)) throw new AppError('MEMBERSHIP_EXISTS', { person: input.person, group: input.group }, 'group');
    const row = await insertMembershipRow(w.tx, toRow(input, context.actor.username, nowIn(context)));
    w.audit({ action: 'membership.recorded', subjectType: 'person', subjectId: input.person, centre, new: input });
    return present(row);
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
    const row = await endMembershipRow(w.tx, input.id, input.until, input.note);
    if (!row) throw new AppError('MEMBERSHIP_NOT_FOUND', { id: input.id }, 'id');
    if (row.since !== null && input.until < row.since) throw new AppError('GROUP_INVALID', { detail: 'a membership cannot end before it began' }, 'until');
    w.audit({ action: 'membership.ended', subjectType: 'person', subjectId: row.person, centre, new: input });
    return present(row);
  });
}

/** One membership, open or ended, or null. */
export async function findMembership(db: Queryable, id: number): Promise<Membership | null> {
  const row = await selectMembership(db, id);
  return row ? present(row) : null;
}

/** One membership, open or ended. */
export async function getMembership(db: Queryable, id: number): Promise<Membership> {
  const found = await findMembership(db, id);
  if (!found) throw new AppError('MEMBERSHIP_NOT_FOUND', { id }, 'id');
  return found;
}

/** A person's memberships, open first, then ended, newest first. */
export async function membershipsOf(db: Queryable, person: string): Promise<Membership[]> {
  return (await selectMembershipsOf(db, person)).map(present);
}

/** Who belongs to which group, with what role, on `day`, among these people (a whole centre at once). */
export async function rolesOn(db: Queryable, people: readonly string[], day: string): Promise<{ person: string; group: string; role: MembershipRole }[]> {
  return selectRolesOn(db, people, day);
}

/** The people with a membership in force on `day` of one group (of every group without one). */
export async function membersOn(db: Queryable, group: string | undefined, day: string): Promise<Membership[]> {
  return (await selectMembersOn(db, day, group)).map(present);
}

/** Every membership ever recorded (export). */
export async function allMemberships(db: Queryable): Promise<Membership[]> {
  return (await selectAllMemberships(db)).map(present);
}
