import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NON_ASSOCIATION_LEVELS, NON_ASSOCIATION_REASONS, type NonAssociationLevel } from '../../../kernel/vocabulary.ts';
import { leadershipVacuum } from './leadership-vacuum.ts';
import { nonAssociationBreach } from './non-association-breach.ts';
import { rivalColocation } from './rival-colocation.ts';
import { FactsBuilder, shuffleFacts } from './testing.ts';

/**
 * The breach's invariants over random centres: people in cells of two pavilions (one with wings,
 * one without) or unplaced, in or out, and random non-associations between them.
 */

const PLACES = [
  ...['P1-A-1', 'P1-A-2', 'P1-B-1', 'P1-B-2'],
  ...['P2-1', 'P2-2'],
  'P1-A',
  'P2',
  null,
] as const;

const estate = fc.record({
  people: fc.array(fc.record({ location: fc.constantFrom(...PLACES), state: fc.constantFrom('in', 'in', 'in', 'out', 'en_route' as const) }), { minLength: 2, maxLength: 12 }),
  records: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), level: fc.constantFrom(...NON_ASSOCIATION_LEVELS), reason: fc.constantFrom(...NON_ASSOCIATION_REASONS) }), { maxLength: 8 }),
});

type Estate = typeof estate extends fc.Arbitrary<infer T> ? T : never;

function build(e: Estate) {
  const b = new FactsBuilder().pavilion('P1', { wings: 2, cellsPerWing: 2 }).pavilion('P2', { wings: 0, cellsPerWing: 2 });
  e.people.forEach((p, i) => b.person(`p${i}`, { location: p.location, state: p.state }));
  e.records.forEach((r, i) => {
    const a = r.a % e.people.length;
    const c = (a + 1 + (r.b % (e.people.length - 1))) % e.people.length;
    b.nonAssociation(`na${i}`, `p${a}`, `p${c}`, { level: r.level, reason: r.reason });
  });
  return b;
}

const withLevel = (e: Estate, level: NonAssociationLevel) => ({ ...e, records: e.records.map((r) => ({ ...r, level })) });
const raised = (e: Estate) => new Set(nonAssociationBreach(build(e).build()).map((f) => f.subject));

describe('nonAssociationBreach properties', () => {
  it('a pair together at a level is together at every wider level', () => {
    fc.assert(
      fc.property(estate, (e) => {
        const byLevel = NON_ASSOCIATION_LEVELS.map((level) => raised(withLevel(e, level)));
        for (let i = 1; i < byLevel.length; i++) for (const id of byLevel[i - 1] ?? []) expect(byLevel[i]?.has(id)).toBe(true);
      }),
    );
  });

  it('never raises a record one of whose people is not in', () => {
    fc.assert(
      fc.property(estate, (e) => {
        const facts = build(e).build();
        const state = new Map(facts.people.map((p) => [p.id, p.state]));
        for (const f of nonAssociationBreach(facts)) for (const id of f.persons) expect(state.get(id)).toBe('in');
      }),
    );
  });

  it('never scores lower when one of them is moved into the other’s cell', () => {
    fc.assert(
      fc.property(estate, (e) => {
        const facts = build(e).build();
        for (const f of nonAssociationBreach(facts)) {
          const [a, c] = f.persons;
          const cellOfA = facts.people.find((p) => p.id === a)?.location ?? null;
          const i = Number((c ?? '').slice(1));
          const closer = { ...e, people: e.people.map((p, j) => (j === i ? { ...p, location: cellOfA as (typeof PLACES)[number] } : p)) };
          const after = nonAssociationBreach(build(closer).build()).find((g) => g.subject === f.subject);
          expect(after?.score ?? 0).toBeGreaterThanOrEqual(f.score);
        }
      }),
    );
  });

  it('does not depend on the order of the facts’ lists', () => {
    fc.assert(
      fc.property(estate, fc.integer(), (e, seed) => {
        const facts = build(e).build();
        expect(nonAssociationBreach(shuffleFacts(facts, seed))).toEqual(nonAssociationBreach(facts));
      }),
    );
  });

  it('an estate with no groups and no separations raises nothing from the group signals', () => {
    fc.assert(
      fc.property(estate, (e) => {
        const facts = build({ ...e, records: [] }).build();
        expect(nonAssociationBreach(facts)).toEqual([]);
        expect(leadershipVacuum(facts)).toEqual([]);
        expect(rivalColocation(facts)).toEqual([]);
      }),
    );
  });
});
