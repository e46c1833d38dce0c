import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEMBERSHIP_ROLES, NON_ASSOCIATION_LEVELS, RISK_LEVELS, VULNERABILITIES } from '../../kernel/vocabulary.ts';
import {
  assessPlacement,
  BLOCKING_CODES,
  scopeOf,
  WARNING_CODES,
  type NonAssociationFacts,
  type PlacementAssessment,
  type PlacementFacts,
  type TargetFacts,
} from './placement-rules.ts';

/**
 * The placement check's invariants over random people, cells, neighbours and non-associations:
 * whatever the facts, a full cell blocks, a non-association with someone inside the target's
 * container at its level blocks, blocking and warning codes never mix, and the answer does not
 * depend on the order in which neighbours and records are read.
 */

// A centre C with pavilions P1, P2; wings A, B in each; cells 1..3 in each wing; reception REC.
const CELLS = ['P1', 'P2'].flatMap((p) => ['A', 'B'].flatMap((w) => [1, 2, 3].map((c) => [`C-${p}`, `C-${p}-${w}`, `C-${p}-${w}-${c}`])));
const PLACES: readonly (readonly string[])[] = [...CELLS, ['C-REC']];
const GROUPS = ['G1', 'G2', 'G3', 'G4'];

const place = fc.constantFrom(...PLACES);

const target: fc.Arbitrary<TargetFacts> = fc
  .record({
    path: place,
    inactive: fc.boolean(),
    sex: fc.constantFrom('any', 'M', 'F'),
    centreSex: fc.constantFrom('mixed', 'M', 'F'),
    regime: fc.constantFrom('mixed', 'pretrial', 'sentenced'),
    security: fc.constantFrom('minimum', 'medium', 'maximum'),
    working: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    max: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  })
  .map(({ path, inactive, sex, centreSex, regime, security, working, max }) => {
    const code = path.at(-1) as string;
    const isReception = code === 'C-REC';
    return {
      code,
      name: code,
      centre: 'C',
      kind: isReception ? ('reception' as const) : ('cell' as const),
      inactive: inactive ? { code, status: 'damaged' as const } : null,
      sex: sex as TargetFacts['sex'],
      centreSex: centreSex as TargetFacts['centreSex'],
      regime: regime as TargetFacts['regime'],
      security: security as TargetFacts['security'],
      workingCapacity: working,
      maxCapacity: max,
      path,
      wing: isReception ? null : (path[1] ?? null),
      pavilion: isReception ? null : (path[0] ?? null),
    };
  });

const groupCounts = fc.dictionary(fc.constantFrom(...GROUPS), fc.integer({ min: 0, max: 5 })).map((d) => new Map(Object.entries(d)));

const nonAssociation = (index: number): fc.Arbitrary<NonAssociationFacts> =>
  fc
    .record({
      level: fc.constantFrom(...NON_ASSOCIATION_LEVELS),
      where: fc.oneof(place.map((p) => ({ centre: 'C', path: p as readonly string[] | null })), fc.constant({ centre: 'C', path: null }), fc.constant({ centre: 'D', path: ['D-P1'] }), fc.constant(null)),
    })
    .map(({ level, where }) => ({
      id: `na${index}`,
      other: `O${index}`,
      otherName: `Persona O${index}`,
      level,
      reason: 'threat' as const,
      otherCentre: where?.centre ?? null,
      otherLocation: where?.path?.at(-1) ?? null,
      otherPath: where?.path ?? null,
    }));

const rivals = fc.uniqueArray(fc.tuple(fc.constantFrom(...GROUPS), fc.constantFrom(...GROUPS)), { maxLength: 6 });

const facts: fc.Arbitrary<PlacementFacts> = fc
  .record({
    target,
    sex: fc.constantFrom('M', 'F'),
    custody: fc.option(
      fc.record({
        centre: fc.constantFrom('C', 'C', 'C', 'D'),
        location: fc.option(place.map((p) => p.at(-1) as string), { nil: null }),
        state: fc.constantFrom('in', 'in', 'out', 'en_route', 'unaccounted', null),
        legalStatus: fc.constantFrom('pretrial', 'sentenced'),
        risk: fc.constantFrom(...RISK_LEVELS),
        vulnerabilities: fc.uniqueArray(fc.constantFrom(...VULNERABILITIES), { maxLength: 2 }),
      }),
      { nil: null },
    ),
    groups: fc.uniqueArray(fc.record({ group: fc.constantFrom(...GROUPS), role: fc.constantFrom(...MEMBERSHIP_ROLES) }), { maxLength: 2, selector: (g) => g.group }),
    occupants: fc.integer({ min: 0, max: 9 }),
    risks: fc.array(fc.constantFrom(...RISK_LEVELS), { maxLength: 6 }),
    cellGroups: groupCounts,
    wingGroups: groupCounts,
    pavilionGroups: groupCounts,
    dominant: fc.option(fc.record({ group: fc.constantFrom(...GROUPS), members: fc.integer({ min: 3, max: 20 }), share: fc.double({ min: 0.5, max: 1, noNaN: true }) }), { nil: null }),
    nonAssociations: fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => nonAssociation(i)))),
    rivals,
  })
  .map((r) => {
    const rivalry = new Set(r.rivals.flatMap(([a, b]) => (a === b ? [] : [`${a}|${b}`, `${b}|${a}`])));
    return {
      person: { id: 'P', sex: r.sex, custody: r.custody, groups: r.groups },
      target: r.target,
      surroundings: {
        cell: { occupants: r.occupants, risks: r.risks, groups: r.cellGroups },
        wing: { groups: r.wingGroups },
        pavilion: { groups: r.pavilionGroups, dominant: r.dominant },
      },
      nonAssociations: r.nonAssociations,
      areRivals: (a: string, b: string) => rivalry.has(`${a}|${b}`),
      groupName: (code: string) => `Grupo ${code}`,
    } as PlacementFacts;
  });

/** The findings as a multiset: order-free. */
const unordered = (assessment: PlacementAssessment) => ({
  blocking: assessment.blocking.map((f) => JSON.stringify(f)).sort(),
  warnings: assessment.warnings.map((f) => JSON.stringify(f)).sort(),
});

const reversedMap = <K, V>(map: ReadonlyMap<K, V>) => new Map([...map].reverse());

const codesOf = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

describe('the placement check, over random facts', () => {
  it('always blocks a move into a full cell, and never overrides it', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const { maxCapacity } = f.target;
        fc.pre(maxCapacity !== null && f.surroundings.cell.occupants >= maxCapacity);
        expect(codesOf(assessPlacement(f).blocking)).toContain('PLACEMENT_CELL_FULL');
      }),
    );
  });

  it('always blocks a move into the container, at its level, of someone the person must be kept apart from', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const blocking = assessPlacement(f).blocking.filter((b) => b.code === 'PLACEMENT_NON_ASSOCIATION');
        for (const na of f.nonAssociations) {
          const inside = na.otherCentre === f.target.centre && (na.level === 'centre' || (na.otherPath ?? []).includes(scopeOf(f.target, na.level)));
          expect(blocking.some((b) => b.params.nonAssociation === na.id), `${na.id} at ${na.level}`).toBe(inside);
        }
      }),
    );
  });

  it('allows a move only when no blocking condition holds', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const { blocking } = assessPlacement(f);
        fc.pre(blocking.length === 0);
        const custody = f.person.custody;
        expect(custody?.centre).toBe(f.target.centre);
        expect(custody?.state === null || custody?.state === 'in').toBe(true);
        expect(f.target.inactive).toBeNull();
        expect(f.target.maxCapacity === null || f.surroundings.cell.occupants < f.target.maxCapacity).toBe(true);
        expect(custody?.location).not.toBe(f.target.code);
      }),
    );
  });

  it('keeps blocking reasons and warnings apart, each from its own list of codes', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const { blocking, warnings } = assessPlacement(f);
        for (const code of codesOf(blocking)) expect(BLOCKING_CODES).toContain(code);
        for (const code of codesOf(warnings)) {
          expect(WARNING_CODES).toContain(code);
          expect(BLOCKING_CODES as readonly string[]).not.toContain(code);
        }
      }),
    );
  });

  it('gives the same answer whatever the order of neighbours, groups around and non-associations', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const shuffled: PlacementFacts = {
          ...f,
          nonAssociations: [...f.nonAssociations].reverse(),
          surroundings: {
            cell: { ...f.surroundings.cell, risks: [...f.surroundings.cell.risks].reverse(), groups: reversedMap(f.surroundings.cell.groups) },
            wing: { groups: reversedMap(f.surroundings.wing.groups) },
            pavilion: { ...f.surroundings.pavilion, groups: reversedMap(f.surroundings.pavilion.groups) },
          },
        };
        expect(unordered(assessPlacement(shuffled))).toEqual(unordered(assessPlacement(f)));
      }),
    );
  });
});
