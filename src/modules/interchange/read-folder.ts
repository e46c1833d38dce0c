import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../kernel/language.ts';
import { BUNDLE_FILES, V1_FILES_NOT_READ, type ImportIssue } from './bundle.ts';
import { issue } from './import-issues.ts';

/**
 * What is in an import folder: the bundle files it holds, and every other entry reported — a
 * file of format v1 that this version does not read yet, or anything else — so that nothing in
 * the folder is dropped without a word. Whole-file problems are on line 0.
 */
export interface FolderListing {
  /** False when `dir` is not a readable folder (then `issues` says why and nothing else is read). */
  isFolder: boolean;
  /** The entries that are not files of the bundle, by name. */
  unread: ImportIssue[];
  issues: ImportIssue[];
}

const READ: ReadonlySet<string> = new Set(Object.values(BUNDLE_FILES));
const NOT_READ_YET: ReadonlySet<string> = new Set(V1_FILES_NOT_READ);

export function listFolder(dir: string, language: Language): FolderListing {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    const reason = errorCode(error);
    const problem =
      reason === 'ENOENT' || reason === 'ENOTDIR'
        ? issue(dir, 0, null, 'IMPORT_NO_FOLDER', { dir }, language)
        : issue(dir, 0, null, 'IMPORT_UNREADABLE', { reason }, language);
    return { isFolder: false, unread: [], issues: [problem] };
  }
  const unread = names
    .filter((name) => !READ.has(name))
    .map((name) =>
      NOT_READ_YET.has(name)
        ? issue(name, 0, null, 'IMPORT_NOT_SUPPORTED', {}, language)
        : issue(name, 0, null, 'IMPORT_UNKNOWN_FILE', { expected: [...READ] }, language),
    );
  return { isFolder: true, unread, issues: [] };
}

export type FileBytes = { bytes: Buffer } | { missing: true } | { issue: ImportIssue };

/**
 * The bytes of one file of the folder, read once. A folder, device or pipe of that name is
 * refused without opening it (reading /dev/zero or a pipe would never end).
 */
export function readFileBytes(dir: string, fileName: string, language: Language): FileBytes {
  const path = join(dir, fileName);
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) return { missing: true };
    if (!stats.isFile()) return { issue: issue(fileName, 0, null, 'IMPORT_NOT_A_FILE', {}, language) };
    return { bytes: readFileSync(path) };
  } catch (error) {
    return { issue: issue(fileName, 0, null, 'IMPORT_UNREADABLE', { reason: errorCode(error) }, language) };
  }
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'EIO';
}
