import type { Queryable } from '../../db/engine.ts';
import { systemClock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Location } from '../estate/index.ts';
import { custodyProfiles } from '../register/index.ts';
import { loadStates } from '../roll/index.ts';
import { centreSnapshot } from './centre-snapshots.ts';
import { nonAssociationFacts, personFacts, targetFacts } from './placement-facts.ts';
import { assessPlacement, type BlockingCode, type Finding, type WarningCode } from './placement-rules.ts';

export interface SuggestedCell {
  code: string;
  name: string;
  pavilion: string | null;
  wing: string | null;
  occupants: number;
  designCapacity: number | null;
  workingCapacity: number | null;
  maxCapacity: number | null;
  warnings: Finding<WarningCode>[];
}

export interface Suggestions {
  person: string;
  centre: string;
  /** Active cells of the centre, and how many of them a blocking reason rules out, per reason. */
  considered: number;
  ruledOut: Partial<Record<BlockingCode, number>>;
  cells: SuggestedCell[];
}

/**
 * The best cells of the person's centre for them: no blocking reason, then the fewest warnings,
 * then the lowest occupancy against design capacity (the cell code breaks ties, so the answer is
 * stable). The whole centre is read once and every cell assessed by the same rules as a move.
 */
export async function suggestCells(db: Queryable, person: string, at: Date = systemClock.now(), limit = 10): Promise<Suggestions> {
  const [profile] = (await custodyProfiles(db, [person])).values();
  if (!profile) throw new AppError('PERSON_NOT_FOUND', { id: person }, 'person');
  if (!profile.centre) throw new AppError('PERSON_NOT_IN_CUSTODY', { id: person }, 'person');
  const centre = profile.centre;
  const [snapshot, states, nonAssociations] = await Promise.all([
    centreSnapshot(db, centre, at, { cache: db }),
    loadStates(db, [person]),
    nonAssociationFacts(db, person),
  ]);
  const state = states.get(person)?.state;
  const facts = personFacts(profile, state?.centre === centre ? state : null, snapshot.groups.rolesOf.get(person) ?? []);
  const byCode = new Map(snapshot.tree.map((l) => [l.code, l]));
  const ruledOut: Suggestions['ruledOut'] = {};
  const ranked: (SuggestedCell & { ratio: number })[] = [];
  let considered = 0;
  for (const cell of snapshot.tree) {
    if (cell.kind !== 'cell' || cell.status !== 'active') continue;
    considered += 1;
    const ancestors = cell.path
      .split('/')
      .slice(0, -1)
      .map((c) => byCode.get(c))
      .filter((l): l is Location => l !== undefined);
    const target = targetFacts(cell, ancestors, snapshot.centre.sex);
    const assessment = assessPlacement({
      person: facts,
      target,
      surroundings: snapshot.neighbourhood.around(target, person),
      nonAssociations,
      areRivals: snapshot.groups.areRivals,
      groupName: snapshot.groups.groupName,
    });
    if (assessment.blocking.length > 0) {
      for (const code of new Set(assessment.blocking.map((f) => f.code))) ruledOut[code] = (ruledOut[code] ?? 0) + 1;
      continue;
    }
    const occupants = snapshot.neighbourhood.occupantsOf(cell.code);
    ranked.push({
      code: cell.code,
      name: cell.name,
      pavilion: target.pavilion,
      wing: target.wing,
      occupants,
      designCapacity: cell.designCapacity,
      workingCapacity: cell.workingCapacity,
      maxCapacity: cell.maxCapacity,
      warnings: assessment.warnings,
      ratio: (occupants + 1) / Math.max(1, cell.designCapacity ?? 1),
    });
  }
  ranked.sort((a, b) => a.warnings.length - b.warnings.length || a.ratio - b.ratio || a.code.localeCompare(b.code));
  return { person, centre, considered, ruledOut, cells: ranked.slice(0, limit).map(({ ratio: _ratio, ...cell }) => cell) };
}
