import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import { jsonRows } from '../../db/json-rows.ts';
import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { EmergencyKind, VerificationStatus } from '../../kernel/vocabulary.ts';
import { emergencies, emergencyPeople } from './schema.ts';
import './errors.ts';

/** Emergency mode of a centre, as declared. */
export interface Emergency {
  id: string;
  centre: string;
  kind: EmergencyKind;
  status: 'active' | 'closed';
  reason: string;
  declaredAt: Date;
  declaredBy: string;
  escapesDeclaredAt: Date | null;
  closedAt: Date | null;
  closedBy: string | null;
}

export type EmergencyPersonRow = typeof emergencyPeople.$inferSelect;
type EmergencyRow = typeof emergencies.$inferSelect;

function toEmergency(row: EmergencyRow): Emergency {
  return {
    id: row.id,
    centre: row.centre,
    kind: row.kind as EmergencyKind,
    status: row.status as Emergency['status'],
    reason: row.reason,
    declaredAt: row.declaredAt,
    declaredBy: row.declaredBy,
    escapesDeclaredAt: row.escapesDeclaredAt,
    closedAt: row.closedAt,
    closedBy: row.closedBy,
  };
}

/**
 * An emergency by id, without a caseload check (the caller has authorised), or
 * EMERGENCY_NOT_FOUND. `forUpdate` locks the row, so that marks, the declaration of escapes and
 * the close of one emergency happen one after another.
 */
export async function loadEmergency(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<Emergency> {
  const query = db.select().from(emergencies).where(eq(emergencies.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('EMERGENCY_NOT_FOUND', { id }, 'emergency');
  return toEmergency(row);
}

/** The centre's active emergency, if any. */
export async function activeAt(db: Queryable, centre: string): Promise<Emergency | undefined> {
  const [row] = await db.select().from(emergencies).where(and(eq(emergencies.centre, centre), eq(emergencies.status, 'active')));
  return row ? toEmergency(row) : undefined;
}

/** Emergencies of these centres (all when null), newest first. */
export async function listEmergencyRows(db: Queryable, centres: readonly string[] | null): Promise<Emergency[]> {
  const rows = await db
    .select()
    .from(emergencies)
    .where(centres === null ? undefined : inArray(emergencies.centre, [...centres]))
    .orderBy(desc(emergencies.declaredAt));
  return rows.map(toEmergency);
}

/** A new emergency with its frozen list of people expected inside, all unverified. */
export async function insertEmergency(
  db: Queryable,
  emergency: Pick<Emergency, 'id' | 'centre' | 'kind' | 'reason' | 'declaredAt' | 'declaredBy'>,
  expected: readonly { person: string; location: string | null }[],
): Promise<Emergency> {
  const [row] = await db.insert(emergencies).values({ ...emergency, status: 'active' }).returning();
  await bulkInsert(db, emergencyPeople, expected.map((s) => ({ emergency: emergency.id, person: s.person, expectedLocation: s.location, status: 'unverified' })));
  return toEmergency(row as EmergencyRow);
}

/** Marks escapes declared, or closes: the emergency's own columns. */
export async function updateEmergency(db: Queryable, id: string, set: Partial<Pick<EmergencyRow, 'escapesDeclaredAt' | 'status' | 'closedAt' | 'closedBy'>>): Promise<Emergency> {
  const [row] = await db.update(emergencies).set(set).where(eq(emergencies.id, id)).returning();
  return toEmergency(row as EmergencyRow);
}

const personKey = (emergency: string, person: string) => and(eq(emergencyPeople.emergency, emergency), eq(emergencyPeople.person, person));

/** A person on the frozen list, locked until the transaction ends; undefined if not listed. */
export async function lockListedPerson(db: Queryable, emergency: string, person: string): Promise<EmergencyPersonRow | undefined> {
  const [row] = await db.select().from(emergencyPeople).where(personKey(emergency, person)).for('update');
  return row;
}

/** Records what was found of a person. */
export async function setMark(db: Queryable, emergency: string, person: string, mark: Pick<EmergencyPersonRow, 'status' | 'note' | 'markedAt' | 'markedBy'>) {
  const [row] = await db.update(emergencyPeople).set(mark).where(personKey(emergency, person)).returning();
  return row;
}

/** The people of the list still unverified (locked with `forUpdate`). */
export async function unverifiedOn(db: Queryable, emergency: string, options: { forUpdate?: boolean } = {}): Promise<string[]> {
  const query = db
    .select({ person: emergencyPeople.person })
    .from(emergencyPeople)
    .where(and(eq(emergencyPeople.emergency, emergency), eq(emergencyPeople.status, 'unverified')));
  return (options.forUpdate ? await query.for('update') : await query).map((r) => r.person);
}

/** Marks these people escaped. */
export async function markEscaped(db: Queryable, emergency: string, people: readonly string[], markedAt: Date, markedBy: string): Promise<void> {
  for (let i = 0; i < people.length; i += 5000) {
    await db
      .update(emergencyPeople)
      .set({ status: 'escaped', markedAt, markedBy })
      .where(and(eq(emergencyPeople.emergency, emergency), inArray(emergencyPeople.person, people.slice(i, i + 5000))));
  }
}

/** How many people of each list have each status. */
export function statusCounts(db: Queryable, ids: readonly string[]) {
  return db
    .select({ emergency: emergencyPeople.emergency, status: emergencyPeople.status, n: sql<number>`count(*)::int` })
    .from(emergencyPeople)
    .where(inArray(emergencyPeople.emergency, [...ids]))
    .groupBy(emergencyPeople.emergency, emergencyPeople.status);
}

/** The people declared escaped in these emergencies. */
export function escapedOn(db: Queryable, ids: readonly string[]) {
  return db
    .select({ emergency: emergencyPeople.emergency, person: emergencyPeople.person })
    .from(emergencyPeople)
    .where(and(inArray(emergencyPeople.emergency, [...ids]), eq(emergencyPeople.status, 'escaped')));
}

/** An emergency's frozen list (or the people of some statuses), by expected location and id. */
export function listedRows(db: Queryable, emergency: string, statuses?: readonly VerificationStatus[]): Promise<EmergencyPersonRow[]> {
  return db
    .select()
    .from(emergencyPeople)
    .where(and(eq(emergencyPeople.emergency, emergency), statuses ? inArray(emergencyPeople.status, statuses.length > 0 ? [...statuses] : ['']) : undefined))
    .orderBy(asc(emergencyPeople.expectedLocation), asc(emergencyPeople.person));
}

/**
 * The people still unverified on the list of the centre's emergency in force (now, or at `at`:
 * declared by then, not closed, and not yet marked then), with the declaration time and the
 * location they were expected in.
 */
export async function unverifiedInForce(db: Queryable, centre: string, at?: Date): Promise<{ person: string; since: Date; location: string | null }[]> {
  const inForce: SQL | undefined = at
    ? and(lte(emergencies.declaredAt, at), or(isNull(emergencies.closedAt), gt(emergencies.closedAt, at)))
    : eq(emergencies.status, 'active');
  const stillUnverified: SQL | undefined = at ? or(eq(emergencyPeople.status, 'unverified'), gt(emergencyPeople.markedAt, at)) : eq(emergencyPeople.status, 'unverified');
  // Thousands of rows in an emergency: read as one JSON text, much faster than row by row.
  const rows = await jsonRows<{ person: string; since: string; location: string | null }>(
    db,
    sql`select ${emergencyPeople.person} as person, ${emergencies.declaredAt} as since, ${emergencyPeople.expectedLocation} as location
      from ${emergencyPeople} join ${emergencies} on ${emergencies.id} = ${emergencyPeople.emergency}
      where ${and(eq(emergencies.centre, centre), inForce, stillUnverified)}`,
  );
  // One emergency, one declaration time: one Date for all its rows.
  const dates = new Map<string, Date>();
  const dateOf = (text: string) => {
    const known = dates.get(text);
    if (known) return known;
    const date = new Date(text);
    dates.set(text, date);
    return date;
  };
  return rows.map((r) => ({ person: r.person, location: r.location, since: dateOf(r.since) }));
}

/** The list's rows, filtered by status and by expected location (any of `locations`), by expected location and id. */
export function listedRowsWhere(
  db: Queryable,
  emergency: string,
  filter: { status?: VerificationStatus | undefined; locations?: readonly string[] | undefined },
): Promise<EmergencyPersonRow[]> {
  return db
    .select()
    .from(emergencyPeople)
    .where(
      and(
        eq(emergencyPeople.emergency, emergency),
        filter.status ? eq(emergencyPeople.status, filter.status) : undefined,
        filter.locations ? inArray(emergencyPeople.expectedLocation, filter.locations.length > 0 ? [...filter.locations] : ['']) : undefined,
      ),
    )
    .orderBy(asc(emergencyPeople.expectedLocation), asc(emergencyPeople.person));
}

/** The people still unverified who were expected at any of `locations`, locked until the transaction ends. */
export async function lockUnverifiedAt(db: Queryable, emergency: string, locations: readonly string[]): Promise<string[]> {
  if (locations.length === 0) return [];
  const rows = await db
    .select({ person: emergencyPeople.person })
    .from(emergencyPeople)
    .where(and(eq(emergencyPeople.emergency, emergency), eq(emergencyPeople.status, 'unverified'), inArray(emergencyPeople.expectedLocation, [...locations])))
    .for('update');
  return rows.map((r) => r.person);
}

/** Marks these people verified (one statement per 5,000). */
export async function markVerified(db: Queryable, emergency: string, people: readonly string[], mark: { note: string | null; markedAt: Date; markedBy: string }): Promise<void> {
  for (let i = 0; i < people.length; i += 5000) {
    await db
      .update(emergencyPeople)
      .set({ status: 'verified', ...mark })
      .where(and(eq(emergencyPeople.emergency, emergency), eq(emergencyPeople.status, 'unverified'), inArray(emergencyPeople.person, people.slice(i, i + 5000))));
  }
}
