import { describe, expect, it } from 'vitest';
import { GroupRelations } from '../groups/index.ts';
import { assessPlacement, breaches, dominantGroup, scopeOf, type NonAssociationFacts, type PlacementFacts, type TargetFacts } from './placement-rules.ts';

const target = (overrides: Partial<TargetFacts> = {}): TargetFacts => ({
  code: 'C-P1-A-1',
  name: 'Celda 1',
  centre: 'C',
  kind: 'cell',
  inactive: null,
  sex: 'any',
  centreSex: 'mixed',
  regime: 'mixed',
  security: 'medium',
  workingCapacity: 2,
  maxCapacity: 3,
  path: ['C-P1', 'C-P1-A', 'C-P1-A-1'],
  wing: 'C-P1-A',
  pavilion: 'C-P1',
  ...overrides,
});

const na = (level: NonAssociationFacts['level'], otherPath: string[] | null, otherCentre = 'C'): NonAssociationFacts => ({
  id: 'n1',
  other: 'X',
  otherName: 'Persona X',
  level,
  reason: 'threat',
  otherCentre,
  otherLocation: otherPath?.at(-1) ?? null,
  otherPath,
});

const facts = (overrides: Partial<PlacementFacts> = {}): PlacementFacts => ({
  person: { id: 'P', sex: 'M', custody: { centre: 'C', location: null, state: 'in', legalStatus: 'pretrial', risk: 'medium', vulnerabilities: [] }, groups: [] },
  target: target(),
  surroundings: { cell: { occupants: 0, risks: [], groups: new Map() }, wing: { groups: new Map() }, pavilion: { groups: new Map(), dominant: null } },
  nonAssociations: [],
  areRivals: () => false,
  groupName: (c) => c,
  ...overrides,
});

describe('the containers a non-association is about', () => {
  it('falls back to the pavilion for a cell without a wing, and to the unit itself directly under the centre', () => {
    expect(scopeOf(target(), 'wing')).toBe('C-P1-A');
    expect(scopeOf(target({ wing: null, path: ['C-P1', 'C-P1-7'], code: 'C-P1-7' }), 'wing')).toBe('C-P1');
    expect(scopeOf(target({ wing: null, pavilion: null, code: 'C-REC', path: ['C-REC'], kind: 'reception' }), 'pavilion')).toBe('C-REC');
  });

  it('holds both people only when the other is inside the container of its level, in the same centre', () => {
    expect(breaches(target(), na('cell', ['C-P1', 'C-P1-A', 'C-P1-A-2']))).toBe(false);
    expect(breaches(target(), na('wing', ['C-P1', 'C-P1-A', 'C-P1-A-2']))).toBe(true);
    expect(breaches(target(), na('wing', ['C-P1', 'C-P1-B', 'C-P1-B-1']))).toBe(false);
    expect(breaches(target(), na('pavilion', ['C-P1', 'C-P1-B', 'C-P1-B-1']))).toBe(true);
    // Unplaced in the same centre: only a centre-level non-association is breached.
    expect(breaches(target(), na('pavilion', null))).toBe(false);
    expect(breaches(target(), na('centre', null))).toBe(true);
    expect(breaches(target(), na('centre', ['D-P1'], 'D'))).toBe(false);
  });
});

describe('the dominant group of a pavilion', () => {
  it('needs the most members, at least three, and more than half of the group members', () => {
    expect(dominantGroup(new Map([['LOB', 3], ['CHO', 1]]), 4)).toMatchObject({ group: 'LOB', members: 3, share: 0.75 });
    expect(dominantGroup(new Map([['LOB', 2]]), 2)).toBeNull();
    expect(dominantGroup(new Map([['LOB', 3], ['CHO', 3]]), 6)).toBeNull();
  });
});

describe('rivalries between groups and their factions', () => {
  const groups = [
    { code: 'LOB', parent: null },
    { code: 'BOX', parent: 'LOB' },
    { code: 'R7', parent: 'LOB' },
    { code: 'CHO', parent: null },
  ];
  const relations = new GroupRelations(groups, [
    { groupA: 'CHO', groupB: 'LOB', relation: 'rival' },
    { groupA: 'LOB', groupB: 'R7', relation: 'rival' },
  ]);
  it('passes a group’s rivalries to its factions, and lets a dissident faction be the rival of its parent', () => {
    expect(relations.areRivals('BOX', 'CHO')).toBe(true);
    expect(relations.areRivals('BOX', 'LOB')).toBe(false);
    expect(relations.areRivals('R7', 'LOB')).toBe(true);
    expect(relations.areRivals('R7', 'BOX')).toBe(true);
    expect(relations.areRivals('CHO', 'CHO')).toBe(false);
  });
});

describe('the placement check', () => {
  it('takes the centre’s sex when the location says any', () => {
    const result = assessPlacement(facts({ target: target({ centreSex: 'F' }) }));
    expect(result.blocking.map((f) => f.code)).toEqual(['PLACEMENT_SEX']);
  });

  it('lists blocking reasons in a stable order and warns about vulnerabilities and security', () => {
    const result = assessPlacement(
      facts({
        person: { id: 'P', sex: 'F', custody: { centre: 'C', location: null, state: 'in', legalStatus: 'pretrial', risk: 'maximum', vulnerabilities: ['mental_health'] }, groups: [] },
        target: target({ sex: 'M', regime: 'sentenced', security: 'minimum', maxCapacity: 1 }),
        surroundings: { cell: { occupants: 1, risks: ['low'], groups: new Map() }, wing: { groups: new Map() }, pavilion: { groups: new Map(), dominant: null } },
        nonAssociations: [na('cell', ['C-P1', 'C-P1-A', 'C-P1-A-1'])],
      }),
    );
    expect(result.blocking.map((f) => f.code)).toEqual(['PLACEMENT_SEX', 'PLACEMENT_REGIME', 'PLACEMENT_NON_ASSOCIATION', 'PLACEMENT_CELL_FULL']);
    expect(result.warnings.map((f) => f.code)).toEqual(['PLACEMENT_RISK_MIX', 'PLACEMENT_SECURITY_LEVEL', 'PLACEMENT_VULNERABLE']);
  });

  it('refuses to move someone who is out at court', () => {
    const result = assessPlacement(facts({ person: { id: 'P', sex: 'M', custody: { centre: 'C', location: 'C-P1-A-2', state: 'out', legalStatus: 'pretrial', risk: 'medium', vulnerabilities: [] }, groups: [] } }));
    expect(result.blocking.map((f) => f.code)).toEqual(['PLACEMENT_NOT_PRESENT']);
  });
});
