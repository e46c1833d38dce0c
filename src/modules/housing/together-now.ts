import type { Queryable } from '../../db/engine.ts';
import type { Language } from '../../kernel/language.ts';
import type { NonAssociationLevel } from '../../kernel/vocabulary.ts';
import { findCentres, placementLocations } from '../estate/index.ts';
import { loadStates } from '../roll/index.ts';
import { targetFacts } from './placement-facts.ts';
import { describeFinding } from './placement-messages.ts';
import { scopeOf } from './placement-rules.ts';
import type { TogetherNow } from './schemas.ts';

/**
 * Where two people are together right now at a non-association's level — the cell, wing,
 * pavilion or centre they share — or null when they are apart at that level (or one of them is
 * not on a roll). The same containment as the placement check (`scopeOf`): a person on the roll
 * but not placed in a location shares only the centre.
 */
export async function findTogetherNow(
  db: Queryable,
  pair: { personA: string; personB: string; level: NonAssociationLevel },
): Promise<Omit<TogetherNow, 'message'> | null> {
  const states = await loadStates(db, [pair.personA, pair.personB]);
  const a = states.get(pair.personA)?.state;
  const b = states.get(pair.personB)?.state;
  if (!a?.centre || !b?.centre || a.centre !== b.centre) return null;
  if (pair.level === 'centre') {
    const [centre] = await findCentres(db, [a.centre]);
    return { level: 'centre', location: a.centre, locationName: centre?.name ?? a.centre };
  }
  if (!a.location || !b.location) return null;
  const { target, ancestors, paths } = await placementLocations(db, a.location, [b.location]);
  if (!target) return null;
  const scope = scopeOf(targetFacts(target, ancestors, 'mixed'), pair.level);
  if (!(paths.get(b.location) ?? []).includes(scope)) return null;
  const place = [...ancestors, target].find((l) => l.code === scope);
  return { level: pair.level, location: scope, locationName: place?.name ?? scope };
}

/** The sentence that says so, in the user's language. */
export function describeTogetherNow(together: Omit<TogetherNow, 'message'>, names: { nameA: string; nameB: string }, language: Language): string {
  return describeFinding({ code: 'NON_ASSOCIATION_TOGETHER_NOW', params: { ...together, ...names } }, language, 'full');
}
