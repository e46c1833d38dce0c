import type { Language } from '../../kernel/language.ts';
import { BUNDLE_FILES, type Bundle, type ImportIssue, type MovementRow } from './bundle.ts';
import { issue } from './import-issues.ts';

/** A movement to replay, and the file it comes from (a deaths.csv row is a `death` movement). */
export interface ReplayRow extends MovementRow {
  file: typeof BUNDLE_FILES.movements | typeof BUNDLE_FILES.deaths;
}

/**
 * The movements the import replays in time order (DESIGN.md): every row of movements.csv, then a
 * `death` movement for each row of deaths.csv that movements.csv does not already hold — a
 * movements.csv `death` row of the same person at the same instant is the same death. A person
 * whose death the two files date differently died once: that deaths.csv row is refused.
 */
export function replayRows(bundle: Pick<Bundle, 'movements' | 'deaths'>, language: Language): { rows: ReplayRow[]; issues: ImportIssue[] } {
  const rows: ReplayRow[] = bundle.movements.map((m) => ({ ...m, file: BUNDLE_FILES.movements }));
  const issues: ImportIssue[] = [];
  const deathMovements = new Map<string, MovementRow[]>();
  for (const m of bundle.movements) {
    if (m.type === 'death') deathMovements.set(m.person, [...(deathMovements.get(m.person) ?? []), m]);
  }
  for (const d of bundle.deaths) {
    const recorded = deathMovements.get(d.person) ?? [];
    if (recorded.some((m) => m.at === d.at)) continue;
    const other = recorded[0];
    if (other) {
      issues.push(
        issue(BUNDLE_FILES.deaths, d.line, 'at', 'IMPORT_DEATH_TIME_MISMATCH', { value: d.person, movementAt: other.at, movementLine: other.line }, language),
      );
      continue;
    }
    rows.push({ line: d.line, at: d.at, person: d.person, type: 'death', to: null, reason: null, file: BUNDLE_FILES.deaths });
  }
  return { rows, issues };
}
