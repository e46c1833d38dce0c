import type { Queryable } from '../../db/engine.ts';
import type { Language } from '../../kernel/language.ts';
import { allOpenNonAssociations, checkNonAssociation, normalisePair, type NewNonAssociation } from '../housing/index.ts';
import { BUNDLE_FILES, type Bundle, type ImportIssue, type NonAssociationRow } from './bundle.ts';
import { issue } from './import-issues.ts';

/** Each person's part in a non-association: `other` where role_a or role_b is not given. */
export function toNewNonAssociation({ line: _line, ...row }: NonAssociationRow): NewNonAssociation {
  return { ...row, roleA: row.roleA ?? 'other', roleB: row.roleB ?? 'other' };
}

/**
 * non_associations.csv against persons and the database: both people exist, the record is valid
 * on its own (the housing module's rule: two different people, a comment that explains), and
 * one open record per pair, in either order, counting those already open.
 */
export async function checkNonAssociationFile(db: Queryable, bundle: Bundle, persons: ReadonlySet<string>, language: Language): Promise<ImportIssue[]> {
  const issues: ImportIssue[] = [];
  const file = BUNDLE_FILES.nonAssociations;
  if (bundle.nonAssociations.length === 0) return issues;
  const open = new Set((await allOpenNonAssociations(db)).map((n) => `${n.personA}|${n.personB}`));
  const firstLineOfPair = new Map<string, number>();
  for (const row of bundle.nonAssociations) {
    let isValid = true;
    for (const [column, person] of [['person_a', row.personA], ['person_b', row.personB]] as const) {
      if (persons.has(person)) continue;
      issues.push(issue(file, row.line, column, 'IMPORT_UNKNOWN_PERSON', { value: person }, language));
      isValid = false;
    }
    const record = toNewNonAssociation(row);
    // checkNonAssociation names the first problem only: checked again with the pair made
    // distinct, it also names a short comment on a row that gives one person twice.
    const fields = new Set([checkNonAssociation(record), checkNonAssociation({ ...record, personB: '' })].map((p) => p?.field));
    if (fields.has('personB')) {
      issues.push(issue(file, row.line, 'person_b', 'IMPORT_SAME_PERSON', { value: row.personA }, language));
      isValid = false;
    }
    if (fields.has('comment')) issues.push(issue(file, row.line, 'comment', 'IMPORT_COMMENT_TOO_SHORT', { value: row.comment }, language));
    if (!isValid) continue;
    const pair = normalisePair(record);
    const key = `${pair.personA}|${pair.personB}`;
    const firstLine = firstLineOfPair.get(key);
    if (firstLine !== undefined) {
      issues.push(issue(file, row.line, 'person_b', 'IMPORT_DUPLICATE_PAIR', { a: row.personA, b: row.personB, firstLine }, language));
      continue;
    }
    firstLineOfPair.set(key, row.line);
    if (open.has(key)) issues.push(issue(file, row.line, 'person_b', 'IMPORT_NON_ASSOCIATION_EXISTS', { a: pair.personA, b: pair.personB }, language));
  }
  return issues;
}
