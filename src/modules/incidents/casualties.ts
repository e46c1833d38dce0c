import type { Casualties, InjuryLevel } from './schemas.ts';

const WEIGHT: Record<InjuryLevel, number> = { none: 0, minor: 1, serious: 2, fatal: 3 };

/**
 * Deaths and injuries of a report, counted from the people and staff recorded, never typed twice:
 * a person in several roles counts once, at their worst injury; a death is not also an injury.
 * Casualties not among them (unidentified, visitors) are added from `otherDeaths`/`otherInjuries`.
 * The list's SQL (list-repository.ts) counts the same way.
 */
export function countCasualties(
  people: readonly { person: string; injury: InjuryLevel }[],
  staff: readonly { injury: InjuryLevel }[],
  others: { otherDeaths: number; otherInjuries: number },
): Casualties {
  const worst = new Map<string, number>();
  for (const p of people) worst.set(p.person, Math.max(worst.get(p.person) ?? 0, WEIGHT[p.injury]));
  const weights = [...worst.values(), ...staff.map((s) => WEIGHT[s.injury])];
  return {
    deaths: weights.filter((w) => w === WEIGHT.fatal).length + others.otherDeaths,
    injuries: weights.filter((w) => w === WEIGHT.minor || w === WEIGHT.serious).length + others.otherInjuries,
  };
}
