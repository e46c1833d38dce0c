import type { Queryable } from '../../db/engine.ts';
import type { VerificationStatus } from '../../kernel/vocabulary.ts';
import { loadStates } from '../roll/index.ts';
import { escapedOn, statusCounts, type Emergency } from './repository.ts';

/**
 * The frozen list by verification status. `escaped` counts everyone declared escaped in this
 * emergency; `recaptured` those of them who are back in custody, in a cell or on a roll.
 */
export interface EmergencyCounts {
  expected: number;
  unverified: number;
  verified: number;
  injured: number;
  hostage: number;
  dead: number;
  escaped: number;
  recaptured: number;
}

export interface EmergencySummary extends Emergency {
  counts: EmergencyCounts;
}

const emptyCounts = (): EmergencyCounts => ({ expected: 0, unverified: 0, verified: 0, injured: 0, hostage: 0, dead: 0, escaped: 0, recaptured: 0 });

/** The counts of each emergency's frozen list, with the recaptured read from the roll now. */
export async function countsOf(db: Queryable, ids: readonly string[]): Promise<Map<string, EmergencyCounts>> {
  const counts = new Map<string, EmergencyCounts>(ids.map((id) => [id, emptyCounts()]));
  if (ids.length === 0) return counts;
  const [rows, escaped] = await Promise.all([statusCounts(db, ids), escapedOn(db, ids)]);
  for (const row of rows) {
    const c = counts.get(row.emergency) ?? emptyCounts();
    c.expected += row.n;
    c[row.status as VerificationStatus] += row.n;
    counts.set(row.emergency, c);
  }
  const states = await loadStates(db, escaped.map((r) => r.person));
  for (const row of escaped) {
    const c = counts.get(row.emergency);
    if (c && states.get(row.person)?.state.state === 'in') c.recaptured += 1;
  }
  return counts;
}

/** Each emergency with the counts of its list. */
export async function summarise(db: Queryable, list: readonly Emergency[]): Promise<EmergencySummary[]> {
  const counts = await countsOf(db, list.map((e) => e.id));
  return list.map((e) => ({ ...e, counts: counts.get(e.id) ?? emptyCounts() }));
}
