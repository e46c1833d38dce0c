import type { Database, Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Confidence, GroupKind, GroupRelation } from '../../kernel/vocabulary.ts';
import { nowIn, runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import {
  endRelationRow,
  insertGroupRows,
  insertRelationRow,
  selectGroup,
  selectGroups,
  selectOpenRelation,
  selectParents,
  selectRelations,
  selectRelationsOn,
  updateGroupRow,
  type GroupRow,
  type RelationRow,
} from './repository.ts';

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

/** What every intelligence record about groups (a relation, a membership) carries: when, how sure, who recorded it. */
export interface Recorded {
  id: number;
  /** YYYY-MM-DD; null = not known */
  since: string | null;
  until: string | null;
  confidence: Confidence;
  note: string | null;
  recordedAt: Date;
  recordedBy: string;
}

/** The `Recorded` fields of a relation or membership row. */
export const presentRecorded = (row: Omit<Recorded, 'confidence'> & { confidence: string }): Recorded => ({
  id: row.id,
  since: row.since,
  until: row.until,
  confidence: row.confidence as Confidence,
  note: row.note,
  recordedAt: row.recordedAt,
  recordedBy: row.recordedBy,
});

export interface Relation extends Recorded {
  groupA: string;
  groupB: string;
  relation: GroupRelation;
}

const presentGroup = (row: GroupRow): Group => ({
  code: row.code,
  name: row.name,
  kind: row.kind as GroupKind,
  parent: row.parent,
  aliases: row.aliases,
  notes: row.notes,
});

const presentRelation = (row: RelationRow): Relation => ({
  ...presentRecorded(row),
  groupA: row.groupA,
  groupB: row.groupB,
  relation: row.relation as GroupRelation,
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

/** Inserts groups (importer and `createGroup`); the caller writes the audit entry. */
export async function insertGroups(w: AuditedTransaction, rows: readonly NewGroup[], createdBy: string, at?: Date): Promise<void> {
  await insertGroupRows(
    w.tx,
    rows.map((r) => ({ ...r, notes: r.notes ?? null, createdBy, ...(at ? { createdAt: at } : {}) })),
  );
}

export async function listGroups(db: Queryable): Promise<Group[]> {
  return (await selectGroups(db)).map(presentGroup);
}

export async function getGroup(db: Queryable, code: string): Promise<Group> {
  const row = await selectGroup(db, code);
  if (!row) throw new AppError('GROUP_NOT_FOUND', { code }, 'code');
  return presentGroup(row);
}

/** Records a criminal group. */
export async function createGroup(db: Database, context: AuditContext, group: NewGroup): Promise<Group> {
  return runAudited(db, context, async (w) => {
    const known = await selectParents(w.tx);
    if (known.has(group.code)) throw new AppError('GROUP_EXISTS', { code: group.code }, 'code');
    const problem = checkGroups([group], known);
    if (problem) throw new AppError('GROUP_INVALID', { detail: problem }, 'parent');
    const at = nowIn(context);
    await insertGroups(w, [group], context.actor.username, at);
    w.audit({ action: 'group.created', subjectType: 'group', subjectId: group.code, new: group });
    return presentGroup({ ...group, notes: group.notes ?? null, createdAt: at, createdBy: context.actor.username });
  });
}

/** Changes a group's name, kind, parent, aliases or notes; the old values are in the audit log. */
export async function updateGroup(db: Database, context: AuditContext, code: string, changes: Omit<NewGroup, 'code'>): Promise<Group> {
  return runAudited(db, context, async (w) => {
    const before = await getGroup(w.tx, code);
    const problem = checkGroups([{ ...changes, code }], await selectParents(w.tx));
    if (problem) throw new AppError('GROUP_INVALID', { detail: problem }, 'parent');
    const row = await updateGroupRow(w.tx, code, { ...changes, notes: changes.notes ?? null });
    w.audit({ action: 'group.updated', subjectType: 'group', subjectId: code, old: before, new: changes });
    return presentGroup(row as GroupRow);
  });
}

/** Inserts relations (importer and `recordRelation`); the caller checks and audits. */
export async function insertRelations(w: AuditedTransaction, rows: readonly NewRelation[], recordedBy: string, at?: Date): Promise<Relation[]> {
  const inserted: Relation[] = [];
  for (const r of rows) {
    const [a, b] = orderedPair(r.groupA, r.groupB);
    const row = await insertRelationRow(w.tx, {
      groupA: a,
      groupB: b,
      relation: r.relation,
      since: r.since,
      confidence: r.confidence ?? 'confirmed',
      note: r.note ?? null,
      recordedBy,
      ...(at ? { recordedAt: at } : {}),
    });
    inserted.push(presentRelation(row));
  }
  return inserted;
}

/** The open relation between two groups, if any. */
async function openRelation(db: Queryable, a: string, b: string): Promise<Relation | null> {
  const [x, y] = orderedPair(a, b);
  const row = await selectOpenRelation(db, x, y);
  return row ? presentRelation(row) : null;
}

/** Records an alliance or rivalry between two groups; one open relation per pair. */
export async function recordRelation(db: Database, context: AuditContext, input: NewRelation): Promise<Relation> {
  if (input.groupA === input.groupB) throw new AppError('GROUP_INVALID', { detail: 'a group has no relation with itself' }, 'groupB');
  if (input.since !== null && input.since > nowIn(context).toISOString().slice(0, 10)) throw new AppError('GROUP_INVALID', { detail: 'since: in the future' }, 'since');
  return runAudited(db, context, async (w) => {
    await getGroup(w.tx, input.groupA);
    await getGroup(w.tx, input.groupB);
    const existing = await openRelation(w.tx, input.groupA, input.groupB);
    if (existing) throw new AppError('GROUP_RELATION_EXISTS', { a: existing.groupA, b: existing.groupB, relation: existing.relation }, 'groupB');
    const [relation] = await insertRelations(w, [input], context.actor.username, nowIn(context));
    w.audit({ action: 'group.relation_recorded', subjectType: 'group_relation', subjectId: String(relation?.id), new: input });
    return relation as Relation;
  });
}

/** Ends a relation on a date (a truce, an alliance broken); the record is kept. */
export async function endRelation(db: Database, context: AuditContext, id: number, until: string, note: string | null): Promise<Relation> {
  return runAudited(db, context, async (w) => {
    const row = await endRelationRow(w.tx, id, until, note);
    if (!row) throw new AppError('GROUP_RELATION_NOT_FOUND', { id }, 'id');
    if (row.since !== null && until < row.since) throw new AppError('GROUP_INVALID', { detail: 'a relation cannot end before it began' }, 'until');
    w.audit({ action: 'group.relation_ended', subjectType: 'group_relation', subjectId: String(id), new: { until, note } });
    return presentRelation(row);
  });
}

/** Relations in force on `day` (YYYY-MM-DD): begun by then (or of unknown start) and not ended. */
export async function relationsOn(db: Queryable, day: string, groups?: readonly string[]): Promise<Relation[]> {
  return (await selectRelationsOn(db, day, groups)).map(presentRelation);
}

/** Every relation ever recorded (or every one of a group), current and ended (history screens, export). */
export async function allRelations(db: Queryable, group?: string): Promise<Relation[]> {
  return (await selectRelations(db, group)).map(presentRelation);
}
