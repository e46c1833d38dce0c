import { describe, expect, it } from 'vitest';
import { GroupRelations } from '../groups/index.ts';
import { generateDemoEstate } from './generate-demo-estate.ts';
import { historyOf } from './testing-history.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const DAY_MS = 86_400_000;
const SERIOUS = new Set(['riot', 'homicide', 'hostage_taking', 'explosion', 'escape']);
const { bundle, warningEpisodes } = generateDemoEstate({ seed: 3, people: 6000, now: NOW });
const history = historyOf(bundle);
const relations = new GroupRelations(bundle.groups, bundle.groupRelations);

/** Everyone in `pavilion` at `at`, read from the bundle alone. */
function peopleIn(pavilion: string, at: number): string[] {
  return bundle.persons.map((p) => p.id).filter((id) => {
    const where = history.at(id, at);
    return where?.state === 'in' && where.cell !== null && history.pavilionOf(where.cell) === pavilion;
  });
}

const day = (at: number) => new Date(at).toISOString().slice(0, 10);
/** The memberships in force on `at` (since known and on or before that day). */
const membershipsOf = (person: string, at: number) => bundle.memberships.filter((m) => m.person === person && m.since !== null && m.since <= day(at));

/** The group with most members among `people` on `at`. */
function dominantAt(people: readonly string[], at: number): string | null {
  const counts = new Map<string, number>();
  for (const person of people) for (const m of membershipsOf(person, at)) counts.set(m.group, (counts.get(m.group) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Every release, from the bundle alone, of a person who led the dominant group of their
 * pavilion, with no other leader of that group left in the pavilion the day after.
 */
const leaderDepartures = bundle.movements
  .filter((m) => m.type === 'release')
  .flatMap((m) => {
    const at = Date.parse(m.at);
    const where = history.at(m.person, at - 1);
    const pavilion = where?.cell ? history.pavilionOf(where.cell) : null;
    if (!pavilion || !where) return [];
    const before = [...peopleIn(pavilion, at - 1)];
    const group = dominantAt(before, at - 1);
    const led = membershipsOf(m.person, at - 1).some((x) => x.group === group && x.role === 'leader');
    if (!group || !led) return [];
    const after = peopleIn(pavilion, at + DAY_MS);
    const otherLeader = after.some((p) => membershipsOf(p, at + DAY_MS).some((x) => x.group === group && x.role === 'leader'));
    return otherLeader ? [] : [{ person: m.person, at, centre: where.centre, pavilion, group }];
  });

const violenceWithin = (pavilion: string, from: number, days: number) =>
  bundle.incidents.filter((i) => i.location === pavilion && (i.type === 'riot' || i.type === 'homicide') && Date.parse(i.startedAt) > from && Date.parse(i.startedAt) <= from + days * DAY_MS);

describe('the episodes a warning officer should see coming', () => {
  it('releases the leader of a pavilion’s dominant group days before each riot there, and before some killings', () => {
    const followed = leaderDepartures.filter((d) => violenceWithin(d.pavilion, d.at, 7).length > 0);
    // 3 riots of the year (Machala twice, Esmeraldas) and one killing, at 6,000 people.
    expect(followed.length).toBeGreaterThanOrEqual(4);
    const riots = bundle.incidents.filter((i) => i.type === 'riot');
    for (const riot of riots) {
      expect(followed.some((d) => d.pavilion === riot.location && violenceWithin(d.pavilion, d.at, 7).includes(riot)), riot.id).toBe(true);
    }
    expect(followed.some((d) => violenceWithin(d.pavilion, d.at, 7).some((i) => i.type === 'homicide'))).toBe(true);
    // What the generator says it wrote is what the bundle shows.
    for (const e of warningEpisodes.filter((x) => x.kind !== 'quiet')) {
      expect(followed.some((d) => d.person === e.leader && d.pavilion === e.pavilion), e.leader).toBe(true);
    }
  });

  it('has the group that lost its leader face rival groups holding other pavilions of the centre', () => {
    const riots = leaderDepartures.filter((d) => violenceWithin(d.pavilion, d.at, 7).some((i) => i.type === 'riot'));
    expect(riots.length).toBeGreaterThan(0);
    for (const d of riots) {
      const others = bundle.locations.filter((l) => l.centre === d.centre && l.kind === 'pavilion' && l.code !== d.pavilion);
      const rivalHeld = others.filter((p) => {
        const held = dominantAt(peopleIn(p.code, d.at), d.at);
        return held !== null && relations.areRivals(held, d.group);
      });
      expect(rivalHeld.length, d.pavilion).toBeGreaterThan(0);
    }
  });

  it('names a successor only after the violence, so the pavilion stays without a leader until then', () => {
    for (const e of warningEpisodes.filter((x) => x.violenceAt !== null)) {
      const violence = e.violenceAt ?? 0;
      const leaders = peopleIn(e.pavilion, violence - 60_000).filter((p) => membershipsOf(p, violence - 60_000).some((m) => m.role === 'leader'));
      const group = bundle.memberships.find((m) => m.person === e.leader)?.group;
      expect(leaders.filter((p) => membershipsOf(p, violence).some((m) => m.group === group && m.role === 'leader')), e.pavilion).toEqual([]);
    }
  });

  it('also has leaders who leave with nothing following, and centres with no serious incident all year', () => {
    const quiet = leaderDepartures.filter((d) => violenceWithin(d.pavilion, d.at, 7).length === 0);
    expect(quiet.length).toBeGreaterThan(0);
    const violent = new Set(bundle.incidents.filter((i) => SERIOUS.has(i.type)).map((i) => i.centre));
    const calm = bundle.centres.filter((c) => !violent.has(c.code));
    expect(calm.length).toBeGreaterThan(0);
  });
});
