import type {
  CentreSex,
  LegalStatus,
  LocationKind,
  LocationSex,
  LocationStatus,
  MembershipRole,
  NonAssociationLevel,
  NonAssociationReason,
  PersonSex,
  Regime,
  RiskLevel,
  SecurityLevel,
  Vulnerability,
} from '../../kernel/vocabulary.ts';

/**
 * The placement check as a pure function of the facts: the same rules serve the check of one
 * move, the cell-move use case (inside its transaction) and the suggested cells of a centre.
 */

export const BLOCKING_CODES = [
  'PLACEMENT_NOT_IN_CUSTODY',
  'PLACEMENT_NOT_PRESENT',
  'PLACEMENT_ALREADY_THERE',
  'PLACEMENT_LOCATION_INACTIVE',
  'PLACEMENT_SEX',
  'PLACEMENT_REGIME',
  'PLACEMENT_NON_ASSOCIATION',
  'PLACEMENT_CELL_FULL',
] as const;

export const WARNING_CODES = [
  'PLACEMENT_RIVAL_COLOCATION',
  'PLACEMENT_RISK_MIX',
  'PLACEMENT_OVER_WORKING_CAPACITY',
  'PLACEMENT_LEADER_IN_RIVAL_TERRITORY',
  'PLACEMENT_SECURITY_LEVEL',
  'PLACEMENT_VULNERABLE',
] as const;

export type BlockingCode = (typeof BLOCKING_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];

/**
 * Blocking reasons a director may override, with a reason: separation by sex (e.g. housing by
 * gender identity), by legal status, and non-associations. A full cell, an inactive location,
 * a person not in the centre cannot be overridden: they are facts, not judgements.
 */
export const OVERRIDABLE: ReadonlySet<BlockingCode> = new Set(['PLACEMENT_SEX', 'PLACEMENT_REGIME', 'PLACEMENT_NON_ASSOCIATION']);

export interface Finding<C extends string = string> {
  code: C;
  /** Plain values for the message (codes, names, numbers); words are translated when shown. */
  params: Record<string, string | number | string[]>;
}

export interface PlacementAssessment {
  blocking: Finding<BlockingCode>[];
  warnings: Finding<WarningCode>[];
}

export interface GroupPresence {
  /** group code → people of that group in the scope (the person being moved excluded) */
  groups: ReadonlyMap<string, number>;
}

export interface Dominance {
  group: string;
  members: number;
  /** Share of the pavilion's group members. */
  share: number;
}

export interface TargetFacts {
  code: string;
  name: string;
  centre: string;
  kind: LocationKind;
  /** The first of the location and its ancestors that is not active, if any. */
  inactive: { code: string; status: LocationStatus } | null;
  /** The nearest non-`any` sex up the tree (or the centre's), `any` if none. */
  sex: LocationSex;
  centreSex: CentreSex;
  /** The nearest non-`mixed` regime up the tree, `mixed` if none. */
  regime: Regime;
  security: SecurityLevel;
  workingCapacity: number | null;
  maxCapacity: number | null;
  /** The codes on the path from the top of the tree down to the location. */
  path: readonly string[];
  /** The wing and pavilion the location is in (null when it has none). */
  wing: string | null;
  pavilion: string | null;
}

export interface PersonFacts {
  id: string;
  sex: PersonSex;
  custody: {
    centre: string;
    location: string | null;
    /** in the centre, out at court or hospital, en route, unaccounted for */
    state: 'in' | 'out' | 'en_route' | 'unaccounted' | null;
    legalStatus: LegalStatus;
    risk: RiskLevel;
    vulnerabilities: readonly Vulnerability[];
  } | null;
  groups: readonly { group: string; role: MembershipRole }[];
}

export interface NonAssociationFacts {
  id: string;
  other: string;
  otherName: string;
  level: NonAssociationLevel;
  reason: NonAssociationReason;
  /** Where the other person is: centre and location path (null path = on the roll, not placed). */
  otherCentre: string | null;
  otherLocation: string | null;
  otherPath: readonly string[] | null;
}

export interface Surroundings {
  cell: GroupPresence & { occupants: number; risks: readonly RiskLevel[] };
  wing: GroupPresence;
  pavilion: GroupPresence & { dominant: Dominance | null };
}

export interface PlacementFacts {
  person: PersonFacts;
  target: TargetFacts;
  surroundings: Surroundings;
  nonAssociations: readonly NonAssociationFacts[];
  /** Whether two groups are rivals (with factions inheriting their parent's relations). */
  areRivals: (a: string, b: string) => boolean;
  groupName: (code: string) => string;
}

/**
 * The container that a non-association at `level` is about, for a location: the cell itself,
 * its wing (or, if it has none, its pavilion), its pavilion, or the centre. A unit directly under
 * the centre (reception, isolation) is its own wing and pavilion.
 */
export function scopeOf(target: Pick<TargetFacts, 'code' | 'wing' | 'pavilion' | 'centre'>, level: NonAssociationLevel): string {
  switch (level) {
    case 'cell':
      return target.code;
    case 'wing':
      return target.wing ?? target.pavilion ?? target.code;
    case 'pavilion':
      return target.pavilion ?? target.code;
    case 'centre':
      return target.centre;
  }
}

/** Whether a non-association at its level would hold both people if the move went ahead. */
export function breaches(target: TargetFacts, na: NonAssociationFacts): boolean {
  if (na.otherCentre !== target.centre) return false;
  if (na.level === 'centre') return true;
  if (na.otherPath === null) return false;
  return na.otherPath.includes(scopeOf(target, na.level));
}

const HIGH_RISK: ReadonlySet<RiskLevel> = new Set(['high', 'maximum']);

/** The dominant group of a pavilion: the most members, at least 3 and more than half of its group members. */
export function dominantGroup(groups: ReadonlyMap<string, number>, affiliated: number): Dominance | null {
  let best: Dominance | null = null;
  for (const [group, members] of groups) {
    if (!best || members > best.members || (members === best.members && group < best.group)) best = { group, members, share: 0 };
  }
  if (!best || best.members < 3 || affiliated === 0 || best.members * 2 <= affiliated) return null;
  return { ...best, share: best.members / affiliated };
}

/** The placement check: blocking reasons and warnings, each with a stable code. */
export function assessPlacement(facts: PlacementFacts): PlacementAssessment {
  const { person, target, surroundings } = facts;
  const blocking: Finding<BlockingCode>[] = [];
  const warnings: Finding<WarningCode>[] = [];
  const custody = person.custody;
  if (!custody || custody.centre !== target.centre) {
    blocking.push({ code: 'PLACEMENT_NOT_IN_CUSTODY', params: { person: person.id, centre: target.centre } });
  }
  if (custody && custody.centre === target.centre && custody.state !== null && custody.state !== 'in') {
    blocking.push({ code: 'PLACEMENT_NOT_PRESENT', params: { person: person.id, state: custody.state } });
  }
  if (custody?.location === target.code) blocking.push({ code: 'PLACEMENT_ALREADY_THERE', params: { person: person.id, location: target.code } });
  if (target.inactive) blocking.push({ code: 'PLACEMENT_LOCATION_INACTIVE', params: { location: target.inactive.code, status: target.inactive.status } });
  const placeSex = target.sex !== 'any' ? target.sex : target.centreSex !== 'mixed' ? target.centreSex : 'any';
  if (placeSex !== 'any' && placeSex !== person.sex) {
    blocking.push({ code: 'PLACEMENT_SEX', params: { location: target.code, locationSex: placeSex, personSex: person.sex } });
  }
  if (custody && target.regime !== 'mixed' && target.regime !== custody.legalStatus) {
    blocking.push({ code: 'PLACEMENT_REGIME', params: { location: target.code, regime: target.regime, legalStatus: custody.legalStatus } });
  }
  for (const na of facts.nonAssociations) {
    if (!breaches(target, na)) continue;
    blocking.push({
      code: 'PLACEMENT_NON_ASSOCIATION',
      params: { other: na.other, otherName: na.otherName, level: na.level, reason: na.reason, otherLocation: na.otherLocation ?? na.otherCentre ?? '', nonAssociation: na.id },
    });
  }
  const occupants = surroundings.cell.occupants;
  if (target.maxCapacity !== null && occupants >= target.maxCapacity) {
    blocking.push({ code: 'PLACEMENT_CELL_FULL', params: { location: target.code, occupants, max: target.maxCapacity } });
  } else if (target.workingCapacity !== null && occupants + 1 > target.workingCapacity) {
    warnings.push({ code: 'PLACEMENT_OVER_WORKING_CAPACITY', params: { location: target.code, occupants: occupants + 1, working: target.workingCapacity } });
  }

  // Rivals: each rival group reported once, at the smallest level where its members are.
  const scopes = [
    ['cell', surroundings.cell.groups],
    ['wing', surroundings.wing.groups],
    ['pavilion', surroundings.pavilion.groups],
  ] as const;
  const reported = new Set<string>();
  for (const [level, groups] of scopes) {
    for (const own of person.groups) {
      for (const [other, count] of groups) {
        if (count === 0 || reported.has(other) || !facts.areRivals(own.group, other)) continue;
        reported.add(other);
        warnings.push({
          code: 'PLACEMENT_RIVAL_COLOCATION',
          params: { group: facts.groupName(own.group), rival: facts.groupName(other), rivalCode: other, level, count },
        });
      }
    }
  }

  if (custody) {
    const risks = surroundings.cell.risks;
    if (HIGH_RISK.has(custody.risk) && risks.includes('low')) {
      warnings.push({ code: 'PLACEMENT_RISK_MIX', params: { risk: custody.risk, others: risks.filter((r) => r === 'low').length, otherRisk: 'low' } });
    } else if (custody.risk === 'low') {
      const high = risks.filter((r) => HIGH_RISK.has(r));
      if (high.length > 0) warnings.push({ code: 'PLACEMENT_RISK_MIX', params: { risk: 'low', others: high.length, otherRisk: high.includes('maximum') ? 'maximum' : 'high' } });
    }
    if (custody.risk === 'maximum' && target.security === 'minimum') {
      warnings.push({ code: 'PLACEMENT_SECURITY_LEVEL', params: { risk: custody.risk, security: target.security, location: target.code } });
    }
    if (custody.vulnerabilities.length > 0) {
      warnings.push({ code: 'PLACEMENT_VULNERABLE', params: { vulnerabilities: [...custody.vulnerabilities] } });
    }
  }

  const dominant = surroundings.pavilion.dominant;
  if (dominant && target.pavilion) {
    for (const own of person.groups) {
      if (own.role !== 'leader' || !facts.areRivals(own.group, dominant.group)) continue;
      warnings.push({
        code: 'PLACEMENT_LEADER_IN_RIVAL_TERRITORY',
        params: { group: facts.groupName(own.group), dominant: facts.groupName(dominant.group), pavilion: target.pavilion, members: dominant.members },
      });
    }
  }
  blocking.sort((a, b) => BLOCKING_CODES.indexOf(a.code) - BLOCKING_CODES.indexOf(b.code));
  return { blocking, warnings };
}

