import type { Queryable } from '../../db/engine.ts';
import type { Language } from '../../kernel/language.ts';
import { allMemberships, allRelations, listGroups, orderedPair } from '../groups/index.ts';
import { BUNDLE_FILES, type Bundle, type ImportIssue } from './bundle.ts';
import { issue } from './import-issues.ts';

/**
 * groups.csv, group_relations.csv and memberships.csv against each other, persons and the
 * database: every group named exists, no group is its own ancestor, one relation per pair of
 * groups and one membership per person and group — counting the open ones already recorded.
 * `persons` holds every register number known (the database's and persons.csv's).
 */
export async function checkGroupFiles(db: Queryable, bundle: Bundle, persons: ReadonlySet<string>, language: Language): Promise<ImportIssue[]> {
  const issues: ImportIssue[] = [];
  const F = BUNDLE_FILES;
  if (bundle.groups.length + bundle.groupRelations.length + bundle.memberships.length === 0) return issues;
  const [dbGroups, dbRelations, dbMemberships] = await Promise.all([
    listGroups(db),
    bundle.groupRelations.length > 0 ? allRelations(db) : [],
    bundle.memberships.length > 0 ? allMemberships(db) : [],
  ]);

  const parentOf = new Map(dbGroups.map((g) => [g.code, g.parent]));
  for (const g of bundle.groups) {
    if (parentOf.has(g.code)) issues.push(issue(F.groups, g.line, 'code', 'IMPORT_EXISTS', { value: g.code }, language));
  }
  bundle.groups.forEach((g) => parentOf.set(g.code, g.parent));
  for (const g of bundle.groups) {
    if (g.parent === null) continue;
    if (!parentOf.has(g.parent)) {
      issues.push(issue(F.groups, g.line, 'parent', 'IMPORT_UNKNOWN_GROUP', { value: g.parent }, language));
      continue;
    }
    const chain = ancestorLoop(g.code, parentOf);
    if (chain) issues.push(issue(F.groups, g.line, 'parent', 'IMPORT_GROUP_CYCLE', { value: g.code, chain: chain.join(' → ') }, language));
  }

  const knownGroup = (file: string, line: number, column: string, code: string): boolean => {
    if (parentOf.has(code)) return true;
    issues.push(issue(file, line, column, 'IMPORT_UNKNOWN_GROUP', { value: code }, language));
    return false;
  };

  const openRelations = new Map(dbRelations.filter((r) => r.until === null).map((r) => [`${r.groupA}|${r.groupB}`, r.relation]));
  const firstLineOfPair = new Map<string, number>();
  for (const r of bundle.groupRelations) {
    knownGroup(F.groupRelations, r.line, 'group_a', r.groupA);
    knownGroup(F.groupRelations, r.line, 'group_b', r.groupB);
    if (r.groupA === r.groupB) {
      issues.push(issue(F.groupRelations, r.line, 'group_b', 'IMPORT_SELF_RELATION', { value: r.groupA }, language));
      continue;
    }
    const [a, b] = orderedPair(r.groupA, r.groupB);
    const key = `${a}|${b}`;
    const firstLine = firstLineOfPair.get(key);
    if (firstLine !== undefined) {
      issues.push(issue(F.groupRelations, r.line, 'group_b', 'IMPORT_DUPLICATE_PAIR', { a: r.groupA, b: r.groupB, firstLine }, language));
      continue;
    }
    firstLineOfPair.set(key, r.line);
    const open = openRelations.get(key);
    if (open) issues.push(issue(F.groupRelations, r.line, 'group_b', 'IMPORT_RELATION_EXISTS', { a, b, relation: open }, language));
  }

  const openMemberships = new Set(dbMemberships.filter((m) => m.until === null).map((m) => `${m.person}|${m.group}`));
  const firstLineOfMembership = new Map<string, number>();
  for (const m of bundle.memberships) {
    const isKnownPerson = persons.has(m.person);
    if (!isKnownPerson) issues.push(issue(F.memberships, m.line, 'person', 'IMPORT_UNKNOWN_PERSON', { value: m.person }, language));
    if (!knownGroup(F.memberships, m.line, 'group', m.group) || !isKnownPerson) continue;
    const key = `${m.person}|${m.group}`;
    const firstLine = firstLineOfMembership.get(key);
    if (firstLine !== undefined) {
      issues.push(issue(F.memberships, m.line, 'group', 'IMPORT_DUPLICATE_MEMBERSHIP', { person: m.person, group: m.group, firstLine }, language));
      continue;
    }
    firstLineOfMembership.set(key, m.line);
    if (openMemberships.has(key)) issues.push(issue(F.memberships, m.line, 'group', 'IMPORT_MEMBERSHIP_EXISTS', { person: m.person, group: m.group }, language));
  }
  return issues;
}

/**
 * The parent chain from `code` back to itself (`A → B → A`), or null when it ends or loops
 * without passing through `code` again — that loop is reported on the groups that are in it.
 */
function ancestorLoop(code: string, parentOf: ReadonlyMap<string, string | null>): string[] | null {
  const chain = [code];
  const seen = new Set(chain);
  for (let p = parentOf.get(code) ?? null; p !== null; p = parentOf.get(p) ?? null) {
    chain.push(p);
    if (p === code) return chain;
    if (seen.has(p)) return null;
    seen.add(p);
  }
  return null;
}
