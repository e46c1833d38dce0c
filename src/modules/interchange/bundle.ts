import type {
  Authority,
  CentreSex,
  CentreType,
  Confidence,
  GroupKind,
  GroupRelation,
  LegalStatus,
  LocationKind,
  LocationSex,
  MembershipRole,
  MovementType,
  NonAssociationLevel,
  NonAssociationReason,
  Offence,
  PersonSex,
  Regime,
  RiskLevel,
  SecurityLevel,
} from '../../kernel/vocabulary.ts';

/**
 * Interchange format v1 (DESIGN.md) as typed rows: what the CSV parser produces, what the demo
 * generator produces, what the importer applies and what the exporter writes. Every row carries
 * the line it came from (the header is line 1), so later checks can name file and line.
 */
export interface Sourced {
  line: number;
}

export interface CentreRow extends Sourced {
  code: string;
  name: string;
  city: string;
  province: string;
  type: CentreType;
  sex: CentreSex;
  authority: Authority;
  timezone: string;
}

export interface LocationRow extends Sourced {
  code: string;
  centre: string;
  /** null: directly under the centre */
  parent: string | null;
  kind: LocationKind;
  name: string;
  sex: LocationSex;
  regime: Regime;
  security: SecurityLevel;
  designCapacity: number | null;
  workingCapacity: number | null;
  maxCapacity: number | null;
}

export interface PersonRow extends Sourced {
  id: string;
  nationalId: string | null;
  givenNames: string;
  familyNames: string;
  aliases: string[];
  /** YYYY-MM-DD */
  birthDate: string | null;
  sex: PersonSex;
  /** ISO 3166-1 alpha-3, upper case */
  nationality: string;
}

export interface CustodyRow extends Sourced {
  person: string;
  centre: string;
  /** ISO 8601 instant, normalised to UTC `...Z` */
  admittedAt: string;
  legalStatus: LegalStatus;
  offence: Offence;
  maxPenaltyYears: number | null;
  /** YYYY-MM-DD */
  pretrialSince: string | null;
  risk: RiskLevel;
  /** cell code; null = not yet placed */
  location: string | null;
}

export interface MovementRow extends Sourced {
  /** ISO 8601 instant, normalised to UTC `...Z` */
  at: string;
  person: string;
  type: MovementType;
  /** a cell or centre code, where the type needs one */
  to: string | null;
  reason: string | null;
}

export interface GroupRow extends Sourced {
  code: string;
  name: string;
  kind: GroupKind;
  /** the group this one is a faction of; null = none */
  parent: string | null;
  aliases: string[];
}

/** An alliance or rivalry in force; the pair in either order. */
export interface GroupRelationRow extends Sourced {
  groupA: string;
  groupB: string;
  relation: GroupRelation;
  /** YYYY-MM-DD; null = not known */
  since: string | null;
}

/** A membership in force. */
export interface MembershipRow extends Sourced {
  person: string;
  group: string;
  role: MembershipRole;
  /** YYYY-MM-DD; null = not known */
  since: string | null;
  confidence: Confidence;
}

/** Two people to be kept apart (an open non-association); the pair in either order. */
export interface NonAssociationRow extends Sourced {
  personA: string;
  personB: string;
  reason: NonAssociationReason;
  level: NonAssociationLevel;
  comment: string;
}

export interface Bundle {
  centres: CentreRow[];
  locations: LocationRow[];
  persons: PersonRow[];
  custody: CustodyRow[];
  groups: GroupRow[];
  groupRelations: GroupRelationRow[];
  memberships: MembershipRow[];
  nonAssociations: NonAssociationRow[];
  movements: MovementRow[];
}

/**
 * The files of format v1 this version reads and writes, in the order they are applied: groups
 * before their relations and memberships, everything before movements.csv is replayed.
 */
export const BUNDLE_FILES = {
  centres: 'centres.csv',
  locations: 'locations.csv',
  persons: 'persons.csv',
  custody: 'custody.csv',
  groups: 'groups.csv',
  groupRelations: 'group_relations.csv',
  memberships: 'memberships.csv',
  nonAssociations: 'non_associations.csv',
  movements: 'movements.csv',
} as const satisfies Record<keyof Bundle, string>;

/** The header of each file, in the order DESIGN.md gives. */
export const BUNDLE_COLUMNS = {
  centres: ['code', 'name', 'city', 'province', 'type', 'sex', 'authority', 'timezone'],
  locations: ['code', 'centre', 'parent', 'kind', 'name', 'sex', 'regime', 'security', 'design_capacity', 'working_capacity', 'max_capacity'],
  persons: ['id', 'national_id', 'given_names', 'family_names', 'aliases', 'birth_date', 'sex', 'nationality'],
  custody: ['person', 'centre', 'admitted_at', 'legal_status', 'offence', 'max_penalty_years', 'pretrial_since', 'risk', 'location'],
  groups: ['code', 'name', 'kind', 'parent', 'aliases'],
  groupRelations: ['group_a', 'group_b', 'relation', 'since'],
  memberships: ['person', 'group', 'role', 'since', 'confidence'],
  nonAssociations: ['person_a', 'person_b', 'reason', 'level', 'comment'],
  movements: ['at', 'person', 'type', 'to', 'reason'],
} as const satisfies Record<keyof Bundle, readonly string[]>;

/** One problem found in an import, as `import --json` reports it. */
export interface ImportIssue {
  file: string;
  /** 1 = the header */
  line: number;
  /** the column's name, or null for a whole-row or whole-file problem */
  column: string | null;
  code: string;
  message: string;
}

export function emptyBundle(): Bundle {
  return { centres: [], locations: [], persons: [], custody: [], groups: [], groupRelations: [], memberships: [], nonAssociations: [], movements: [] };
}
