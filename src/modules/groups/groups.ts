import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Database, Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Confidence, GroupKind, GroupRelation } from '../../kernel/vocabulary.ts';
import { runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { criminalGroups, groupRelations } from './schema.ts';

export interface NewGroup {
  code: string;
  name: string;
  kind: GroupKind;
  parent: string | null;
  aliases: string[];
  notes?: string | null;
}

export interface Group extends NewGroup {
  notes: string | null;
}

export interface NewRelation {
  groupA: string;
  groupB: string;
  relation: GroupRelation;
  /** YYYY-MM-DD; null = not known */
  since: string | null;
  confidence?: Confidence;
  note?: string | null;
}

export interface Relation {
  id: number;
  groupA: string;
  groupB: string;
  relation: GroupRelation;
  since: string | null;
  until: string | null;
  confidence: Confidence;
  note: string | null;
  recordedAt: Date;
  recordedBy: string;
}

type GroupRow = typeof criminalGroups.$inferSelect;
type RelationRow = typeof groupRelations.$inferSelect;

const presentGroup = (row: GroupRow): Group => ({
  code: row.code,
  name: row.name,
  kind: row.kind as GroupKind,
  parent: row.parent,
  aliases: row.aliases,
  notes: row.notes,
});

const presentRelation = (row: RelationRow): Relation => ({
  id: row.id,
  groupA: row.groupA,
  groupB: row.groupB,
  relation: row.relation as GroupRelation,
  since: row.since,
  until: row.until,
  confidence: row.confidence as Confidence,
  note: row.note,
  recordedAt: row.recordedAt,
  recordedBy: row.recordedBy,
});

/** The pair in the order the table keeps it (codes ascending). */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/**
 * What is wrong with these groups taken together with the ones already known, or null: a parent
 * must exist (in the batch or already) and a group cannot be its own ancestor.
 */
export function checkGroups(rows: readonly NewGroup[], known: ReadonlyMap<string, string | null>): string | null {
  const parentOf = new Map(known);
  for (const row of rows) parentOf.set(row.code, row.parent);
  for (const row of rows) {
    if (row.parent === row.code) return `${row.code}: a group cannot be its own parent`;
    if (row.parent !== null && !parentOf.has(row.parent)) return `${row.code}: the parent group ${row.parent} does not exist`;
    const seen = new Set<string>([row.code]);
    for (let p = row.parent; p !== null; p = parentOf.get(p) ?? null) {
      if (seen.has(p)) return `${row.code}: the parent chain loops through ${p}`;
      seen.add(p);
    }
  }
  return null;
}

async function parentsKnown(db: Queryable): Promise<Map<string, string | null>> {
  const rows = await db.select({ code: criminalGroups.code, parent: criminalGroups.parent }).from(criminalGroups);
  return new Map(rows.map((r) => [r.code, r.parent]));
}

/** Inserts groups (importer and `createGroup`); the caller writes the audit entry. */
export async function insertGroups(w: AuditedTransaction, rows: readonly NewGroup[], createdBy: string): Promise<void> {
  await bulkInsert(
    w.tx,
    criminalGroups,
    rows.map((r) => ({ ...r, notes: r.notes ?? null, createdBy })),
  );
}

export async function listGroups(db: Queryable): Promise<Group[]> {
  return (await db.select().from(criminalGroups).orderBy(asc(criminalGroups.name))).map(presentGroup);
}

export async function getGroup(db: Queryable, code: string): Promise<Group> {
  const [row] = await db.select().from(criminalGroups).where(eq(criminalGroups.code, code));
  if (!row) throw new AppError('GROUP_NOT_FOUND', { code }, 'code');
  return presentGroup(row);
}

/** Records a criminal group. */
export async function createGroup(db: Database, context: AuditContext, group: NewGroup): Promise<Group> {
  return runAudited(db, context, async (w) => {
    const known = await parentsKnown(w.tx);
    if (known.has(group.code)) throw new AppError('GROUP_EXISTS', { code: group.code }, 'code');
    const problem = checkGroups([group], known);
    if (problem) throw new AppError('GROUP_INVALID', { detail: problem }, 'parent');
    await insertGroups(w, [group], context.actor.username);
    w.audit({ action: 'group.created', subjectType: 'group', subjectId: group.code, new: group });
    return presentGroup({ ...group, notes: group.notes ?? null, createdAt: new Date(), createdBy: context.actor.username });
  });
}

/** Changes a group's name, kind, parent, aliases or notes; the old values are in the audit log. */
export async function updateGroup(db: Database, context: AuditContext, code: string, changes: Omit<NewGroup, 'code'>): Promise<Group> {
  return runAudited(db, context, async (w) => {
    const before = await getGroup(w.tx, code);
    const problem = checkGroups([{ ...changes, code }], await parentsKnown(w.tx));
    if (problem) throw new AppError('GROUP_INVALID', { detail: problem }, 'parent');
    const [row] = await w.tx
      .update(criminalGroups)
      .set({ ...changes, notes: changes.notes ?? null })
      .where(eq(criminalGroups.code, code))
      .returning();
    w.audit({ action: 'group.updated', subjectType: 'group', subjectId: code, old: before, new: changes });
    return presentGroup(row as GroupRow);
  });
}

/** Inserts relations (importer and `recordRelation`); the caller checks and audits. */
export async function insertRelations(w: AuditedTransaction, rows: readonly NewRelation[], recordedBy: string): Promise<Relation[]> {
  const inserted: Relation[] = [];
  for (const r of rows) {
    const [a, b] = orderedPair(r.groupA, r.groupB);
    const [row] = await w.tx
      .insert(groupRelations)
      .values({ groupA: a, groupB: b, relation: r.relation, since: r.since, confidence: r.confidence ?? 'confirmed', note: r.note ?? null, recordedBy })
      .returning();
    inserted.push(presentRelation(row as RelationRow));
  }
  return inserted;
}

/** The open relation between two groups, if any. */
async function openRelation(db: Queryable, a: string, b: string): Promise<Relation | null> {
  const [x, y] = orderedPair(a, b);
  const [row] = await db
    .select()
    .from(groupRelations)
    .where(and(eq(groupRelations.groupA, x), eq(groupRelations.groupB, y), isNull(groupRelations.until)));
  return row ? presentRelation(row) : null;
}

/** Records an alliance or rivalry between two groups; one open relation per pair. */
export async function recordRelation(db: Database, context: AuditContext, input: NewRelation): Promise<Relation> {
  if (input.groupA === input.groupB) throw new AppError('GROUP_INVALID', { detail: 'a group has no relation with itself' }, 'groupB');
  return runAudited(db, context, async (w) => {
    await getGroup(w.tx, input.groupA);
    await getGroup(w.tx, input.groupB);
    const existing = await openRelation(w.tx, input.groupA, input.groupB);
    if (existing) throw new AppError('GROUP_RELATION_EXISTS', { a: existing.groupA, b: existing.groupB, relation: existing.relation }, 'groupB');
    const [relation] = await insertRelations(w, [input], context.actor.username);
    w.audit({ action: 'group.relation_recorded', subjectType: 'group_relation', subjectId: String(relation?.id), new: input });
    return relation as Relation;
  });
}

/** Ends a relation on a date (a truce, an alliance broken); the record is kept. */
export async function endRelation(db: Database, context: AuditContext, id: number, until: string, note: string | null): Promise<Relation> {
  return runAudited(db, context, async (w) => {
    const [row] = await w.tx
      .update(groupRelations)
      .set({ until, note: note ?? sql`${groupRelations.note}` })
      .where(and(eq(groupRelations.id, id), isNull(groupRelations.until)))
      .returning();
    if (!row) throw new AppError('GROUP_RELATION_NOT_FOUND', { id }, 'id');
    if (row.since !== null && until < row.since) throw new AppError('GROUP_INVALID', { detail: 'a relation cannot end before it began' }, 'until');
    w.audit({ action: 'group.relation_ended', subjectType: 'group_relation', subjectId: String(id), new: { until, note } });
    return presentRelation(row);
  });
}

/** Relations in force on `day` (YYYY-MM-DD): begun by then (or of unknown start) and not ended. */
export async function relationsOn(db: Queryable, day: string, groups?: readonly string[]): Promise<Relation[]> {
  const inForce = and(
    or(isNull(groupRelations.since), sql`${groupRelations.since} <= ${day}::date`),
    or(isNull(groupRelations.until), sql`${groupRelations.until} > ${day}::date`),
  );
  const touching = groups ? or(inArray(groupRelations.groupA, [...groups]), inArray(groupRelations.groupB, [...groups])) : undefined;
  const rows = await db
    .select()
    .from(groupRelations)
    .where(touching ? and(inForce, touching) : inForce)
    .orderBy(asc(groupRelations.groupA), asc(groupRelations.groupB));
  return rows.map(presentRelation);
}

/** Every relation ever recorded, current and ended (history screens, export). */
export async function allRelations(db: Queryable): Promise<Relation[]> {
  return (await db.select().from(groupRelations).orderBy(asc(groupRelations.id))).map(presentRelation);
}

export interface GroupGraph {
  day: string;
  nodes: (Group & { members: number; leaders: number })[];
  /** Relations in force on the day, and faction → parent links. */
  edges: { id: string; source: string; target: string; kind: 'rival' | 'allied' | 'faction_of'; since: string | null; confidence: string | null }[];
}

/** The network of groups on a day: who is allied with whom, who fights whom, which faction belongs to which group. */
export async function groupGraph(db: Queryable, day: string): Promise<GroupGraph> {
  const [groups, relations, counts] = await Promise.all([
    listGroups(db),
    relationsOn(db, day),
    db.execute(sql`
      select group_code, count(*)::int as members, count(*) filter (where role = 'leader')::int as leaders
      from memberships
      where (since is null or since <= ${day}::date) and (until is null or until > ${day}::date)
      group by group_code`) as Promise<{ rows: { group_code: string; members: number; leaders: number }[] }>,
  ]);
  const byGroup = new Map(counts.rows.map((r) => [r.group_code, r]));
  return {
    day,
    nodes: groups.map((g) => ({ ...g, members: byGroup.get(g.code)?.members ?? 0, leaders: byGroup.get(g.code)?.leaders ?? 0 })),
    edges: [
      ...relations.map((r) => ({ id: `r${r.id}`, source: r.groupA, target: r.groupB, kind: r.relation, since: r.since, confidence: r.confidence })),
      ...groups
        .filter((g) => g.parent !== null)
        .map((g) => ({ id: `p-${g.code}`, source: g.code, target: g.parent as string, kind: 'faction_of' as const, since: null, confidence: null })),
    ],
  };
}

