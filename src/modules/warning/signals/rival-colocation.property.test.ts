import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENCES, MEMBERSHIP_ROLES, type MembershipRole } from '../../../kernel/vocabulary.ts';
import { REPORT_MIN, rivalColocation } from './rival-colocation.ts';
import { FactsBuilder, shuffleFacts } from './testing.ts';

/**
 * Co-location's invariants over random centres: two pavilions of two wings of three cells, people
 * of four groups with random roles, confidences and states, and random rivalries between groups.
 */

const GROUPS = ['G1', 'G2', 'G3', 'G4'] as const;
const CELLS = ['P1', 'P2'].flatMap((p) => ['A', 'B'].flatMap((w) => [1, 2, 3].map((c) => `${p}-${w}-${c}`)));

const personSpec = fc.record({
  // Mostly cells; some people placed straight in a wing or a pavilion.
  cell: fc.constantFrom(...CELLS, 'P1-A', 'P2'),
  state: fc.constantFrom('in', 'in', 'in', 'out' as const),
  memberships: fc.uniqueArray(fc.record({ group: fc.constantFrom(...GROUPS), role: fc.constantFrom(...MEMBERSHIP_ROLES), confidence: fc.constantFrom(...CONFIDENCES) }), {
    maxLength: 2,
    selector: (m) => m.group,
  }),
});

const estate = fc.record({
  people: fc.array(personSpec, { maxLength: 30 }),
  rivalries: fc.uniqueArray(fc.tuple(fc.constantFrom(...GROUPS), fc.constantFrom(...GROUPS)), { maxLength: 6 }),
});

type Estate = typeof estate extends fc.Arbitrary<infer T> ? T : never;

function build(e: Estate) {
  const b = new FactsBuilder().pavilion('P1', { wings: 2, cellsPerWing: 3 }).pavilion('P2', { wings: 2, cellsPerWing: 3 });
  for (const g of GROUPS) b.group(g, `Banda ${g}`);
  for (const [x, y] of e.rivalries) if (x !== y) b.rival(x, y);
  e.people.forEach((p, i) => {
    b.person(`p${i}`, { location: p.cell, state: p.state });
    for (const m of p.memberships) b.member(`p${i}`, m.group, m.role, m.confidence);
  });
  return b;
}

const scoreAt = (b: FactsBuilder, location: string) => rivalColocation(b.build()).find((f) => f.location === location)?.score ?? 0;

describe('rivalColocation properties', () => {
  it('never lowers a cell’s score when a rival member joins it', () => {
    fc.assert(
      fc.property(estate, fc.constantFrom(...CELLS), fc.constantFrom(...GROUPS), fc.constantFrom(...MEMBERSHIP_ROLES), (e, cell, group, role: MembershipRole) => {
        const before = scoreAt(build(e), cell);
        const after = scoreAt(build(e).person('new', { location: cell }).member('new', group, role), cell);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('raises two lone rivals once, at the smallest place they share', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CELLS), fc.constantFrom(...CELLS), fc.constantFrom(...MEMBERSHIP_ROLES), fc.constantFrom(...MEMBERSHIP_ROLES), (x, y, rx, ry) => {
        const b = build({ people: [], rivalries: [['G1', 'G2']] }).person('x', { location: x }).member('x', 'G1', rx).person('y', { location: y }).member('y', 'G2', ry);
        const findings = rivalColocation(b.build());
        const shared = x === y ? x : x.slice(0, 4) === y.slice(0, 4) ? x.slice(0, 4) : x.slice(0, 2) === y.slice(0, 2) ? x.slice(0, 2) : null;
        expect(findings.length).toBeLessThanOrEqual(1);
        for (const f of findings) expect(f.location).toBe(shared);
        if (x === y) expect(findings).toHaveLength(1);
      }),
    );
  });

  it('raises only findings worth reporting, with everyone named on the list', () => {
    fc.assert(
      fc.property(estate, (e) => {
        for (const f of rivalColocation(build(e).build())) {
          expect(f.score).toBeGreaterThanOrEqual(REPORT_MIN);
          expect(f.groups.length).toBeGreaterThanOrEqual(2);
          expect(f.restricted).toBe(true);
          const said = f.reasons.map((r) => `${r.es} ${r.en}`).join(' ');
          for (const id of f.persons) expect(said).toContain(`Persona ${id} (`);
          for (const g of f.groups) expect(said).toContain(`Banda ${g}`);
        }
      }),
    );
  });

  it('does not depend on the order of the facts’ lists', () => {
    fc.assert(
      fc.property(estate, fc.integer(), (e, seed) => {
        const facts = build(e).build();
        expect(rivalColocation(shuffleFacts(facts, seed))).toEqual(rivalColocation(facts));
      }),
    );
  });

  it('is quiet on an estate with no groups', () => {
    fc.assert(
      fc.property(estate, (e) => {
        expect(rivalColocation(build({ people: e.people.map((p) => ({ ...p, memberships: [] })), rivalries: [] }).build())).toEqual([]);
        expect(rivalColocation({ ...build(e).build(), memberships: [] })).toEqual([]);
      }),
    );
  });
});
