import type { Queryable } from '../../db/engine.ts';
import { BED_KINDS, findCentres, findLocations, type Location } from '../estate/index.ts';

export type Target =
  | { ok: true; centre: string; location: string | null }
  | { ok: false; problem: 'unknown' | 'not_a_bed' | 'inactive'; detail: string };

/**
 * What each `to` code names: a centre (the person goes on its roll, unplaced) or a cell or unit
 * (they are placed there). A location must hold beds and be active.
 */
export async function resolveTargets(db: Queryable, codes: readonly string[]): Promise<Map<string, Target>> {
  const unique = [...new Set(codes)];
  const [centres, locations] = await Promise.all([findCentres(db, unique), findLocations(db, unique)]);
  const byLocation = new Map<string, Location>(locations.map((l) => [l.code, l]));
  const centreCodes = new Set(centres.map((c) => c.code));
  const targets = new Map<string, Target>();
  for (const code of unique) {
    if (centreCodes.has(code)) {
      targets.set(code, { ok: true, centre: code, location: null });
      continue;
    }
    const location = byLocation.get(code);
    if (!location) targets.set(code, { ok: false, problem: 'unknown', detail: `no centre or location "${code}"` });
    else if (!BED_KINDS.includes(location.kind)) targets.set(code, { ok: false, problem: 'not_a_bed', detail: `"${code}" is a ${location.kind}, not a cell or unit` });
    else if (location.status !== 'active') targets.set(code, { ok: false, problem: 'inactive', detail: `"${code}" is ${location.status}` });
    else targets.set(code, { ok: true, centre: location.centre, location: code });
  }
  return targets;
}
