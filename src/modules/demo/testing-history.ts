import type { Bundle } from '../interchange/index.ts';

/** Where a person was at an instant, as the roll would say after importing the bundle. */
export interface Whereabout {
  centre: string;
  /** The cell, or null when on the roll but not placed. */
  cell: string | null;
  state: 'in' | 'escaped';
}

/**
 * Test support, independent of the generator: replays custody, movements.csv and deaths.csv
 * (each death a `death` movement) and answers where a person was at an instant (null: not in
 * custody then), and when their last event was.
 */
export function historyOf(bundle: Bundle): {
  at: (person: string, at: number) => Whereabout | null;
  lastEvent: (person: string) => number;
  pavilionOf: (location: string) => string | null;
} {
  type Step = { from: number; where: Whereabout | null };
  const steps = new Map<string, Step[]>();
  const centres = new Set(bundle.centres.map((c) => c.code));
  for (const c of bundle.custody) steps.set(c.person, [{ from: Date.parse(c.admittedAt), where: { centre: c.centre, cell: c.location, state: 'in' } }]);
  const events = [
    ...bundle.movements.map((m) => ({ at: Date.parse(m.at), person: m.person, type: m.type, to: m.to })),
    ...bundle.deaths.map((d) => ({ at: Date.parse(d.at), person: d.person, type: 'death' as const, to: null })),
  ].sort((a, b) => a.at - b.at);
  const cellCentre = new Map(bundle.locations.map((l) => [l.code, l.centre]));
  for (const e of events) {
    const list = steps.get(e.person);
    const last = list?.[list.length - 1]?.where;
    if (!list || !last) continue;
    let where: Whereabout | null;
    if (e.type === 'release' || e.type === 'death') where = null;
    else if (e.type === 'escape') where = { ...last, state: 'escaped' };
    else if (e.to !== null && centres.has(e.to)) where = { centre: e.to, cell: null, state: 'in' };
    else where = { centre: cellCentre.get(e.to ?? '') ?? last.centre, cell: e.to ?? last.cell, state: 'in' };
    list.push({ from: e.at, where });
  }
  const parents = new Map(bundle.locations.map((l) => [l.code, l]));
  return {
    at: (person, at) => {
      let found: Whereabout | null = null;
      for (const step of steps.get(person) ?? []) {
        if (step.from > at) break;
        found = step.where;
      }
      return found;
    },
    lastEvent: (person) => {
      const list = steps.get(person) ?? [];
      return list[list.length - 1]?.from ?? -Infinity;
    },
    pavilionOf: (location) => {
      for (let l = parents.get(location); l; l = l.parent ? parents.get(l.parent) : undefined) if (l.kind === 'pavilion') return l.code;
      return null;
    },
  };
}
