import type { CustodyRow, MovementRow } from '../interchange/index.ts';
import type { Place } from './whereabouts.ts';

/** Where a person was from `from` on: in a centre (a cell, or null when not placed), escaped, or gone (released, dead). */
export interface Stay {
  from: number;
  centre: string;
  cell: string | null;
  state: 'in' | 'escaped' | 'gone';
}

/**
 * Everyone's stays over time, from the custody rows and the movements, and the events the
 * incident generators add (deaths, escapes, recaptures): who was in a pavilion at a given instant,
 * and whether a person's history is free after an instant (so that a death or an escape drawn
 * there leaves no movement after it).
 */
export class Timeline {
  private readonly stays = new Map<string, Stay[]>();
  /** Pavilion (or centre, for people not placed) → everyone ever there. */
  private readonly visitors = new Map<string, Set<string>>();
  /** The last instant each person was seen in an incident. */
  private readonly seen = new Map<string, number>();

  constructor(
    custody: readonly Omit<CustodyRow, 'line'>[],
    movements: readonly Omit<MovementRow, 'line'>[],
    private readonly places: ReadonlyMap<string, Place>,
  ) {
    for (const c of custody) this.add(c.person, { from: Date.parse(c.admittedAt), centre: c.centre, cell: c.location, state: 'in' });
    for (const m of movements) {
      const last = this.last(m.person);
      if (!last) continue;
      const from = Date.parse(m.at);
      if (m.type === 'release' || m.type === 'death') this.add(m.person, { ...last, from, state: 'gone' });
      else if (m.type === 'escape') this.add(m.person, { ...last, from, state: 'escaped' });
      else if (m.to !== null) this.arrive(m.person, from, m.to);
    }
  }

  /** Where the person was at `at` (null before their admission). */
  at(person: string, at: number): Stay | null {
    const stays = this.stays.get(person);
    if (!stays) return null;
    let found: Stay | null = null;
    for (const stay of stays) {
      if (stay.from > at) break;
      found = stay;
    }
    return found;
  }

  /** In custody at `at`, in the centre and not escaped. */
  isIn(person: string, at: number): boolean {
    return this.at(person, at)?.state === 'in';
  }

  /** In custody at `at` with nothing recorded for them from then on: a death or an escape may go there. */
  isFreeFrom(person: string, at: number): boolean {
    const last = this.last(person);
    return last !== undefined && last.state === 'in' && last.from < at && (this.seen.get(person) ?? -Infinity) < at;
  }

  /** The person took part in an incident at `at`: nothing that ends their custody may come before. */
  touch(person: string, at: number): void {
    if ((this.seen.get(person) ?? -Infinity) < at) this.seen.set(person, at);
  }

  /** The pavilion the person's cell was in at `at`, or their centre's code when not placed. */
  unitOf(stay: Stay): string {
    return (stay.cell && this.places.get(stay.cell)?.pavilion) ?? stay.centre;
  }

  /** Everyone in `unit` (a pavilion, or a centre for the people not placed there) at `at`. */
  peopleIn(unit: string, at: number): string[] {
    const found: string[] = [];
    for (const person of this.visitors.get(unit) ?? []) {
      const stay = this.at(person, at);
      if (stay?.state === 'in' && this.unitOf(stay) === unit) found.push(person);
    }
    return found;
  }

  /** The units (pavilions, and the centre for the people not placed) anyone was ever in, per centre. */
  unitsOf(centre: string): string[] {
    return [...this.visitors.keys()].filter((unit) => unit === centre || this.places.get(unit)?.centre === centre).sort();
  }

  end(person: string, at: number): void {
    const last = this.last(person);
    if (last) this.add(person, { ...last, from: at, state: 'gone' });
  }

  escape(person: string, at: number): void {
    const last = this.last(person);
    if (last) this.add(person, { ...last, from: at, state: 'escaped' });
  }

  /** Back in custody at `at`, in `to` (a cell or a centre code). */
  arrive(person: string, at: number, to: string): void {
    const place = this.places.get(to);
    this.add(person, place ? { from: at, centre: place.centre, cell: place.code, state: 'in' } : { from: at, centre: to, cell: null, state: 'in' });
  }

  private last(person: string): Stay | undefined {
    const stays = this.stays.get(person);
    return stays?.[stays.length - 1];
  }

  private add(person: string, stay: Stay): void {
    const stays = this.stays.get(person);
    if (stays) stays.push(stay);
    else this.stays.set(person, [stay]);
    if (stay.state !== 'in') return;
    const unit = this.unitOf(stay);
    const visitors = this.visitors.get(unit);
    if (visitors) visitors.add(person);
    else this.visitors.set(unit, new Set([person]));
  }
}
