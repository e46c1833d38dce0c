import type { LegalStatus, MovementType, Offence, RiskLevel } from '../../kernel/vocabulary.ts';
import type { NewCentre, NewLocation } from '../estate/index.ts';
import type { NewGroup, NewMembership, NewRelation } from '../groups/index.ts';
import type { NewNonAssociation } from '../housing/index.ts';
import type { NewPerson } from '../register/index.ts';

/**
 * Interchange format v1 (DESIGN.md) as typed rows: what the CSV parser produces, what the demo
 * generator produces, what the importer applies and what the exporter writes. Every row carries
 * the line it came from (the header is line 1), so later checks can name file and line. A row is
 * the owning module's record as that module inserts it, less what format v1 does not carry.
 */
export interface Sourced {
  line: number;
}

/** A centre; format v1 does not say whether its capacity is an estimate. */
export type CentreRow = Sourced & Omit<NewCentre, 'capacityEstimated'>;

/** A location; `parent` null: directly under the centre. */
export type LocationRow = Sourced & NewLocation;

/** A person's identity: `birthDate` YYYY-MM-DD, `nationality` ISO 3166-1 alpha-3, upper case. */
export type PersonRow = Sourced & NewPerson;

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

/** A criminal group; `parent` is the group it is a faction of (null = none). Format v1 has no notes. */
export type GroupRow = Sourced & Required<Omit<NewGroup, 'notes'>>;

/** An alliance or rivalry in force; the pair in either order; `since` null = not known. */
export type GroupRelationRow = Sourced & Pick<NewRelation, 'groupA' | 'groupB' | 'relation' | 'since'>;

/** A membership in force; `since` null = not known. */
export type MembershipRow = Sourced & Omit<NewMembership, 'note'>;

/** Two people to be kept apart (an open non-association); the pair in either order; no roles in v1. */
export type NonAssociationRow = Sourced & Omit<NewNonAssociation, 'roleA' | 'roleB'>;

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

/**
 * The files of format v1 this version does not read yet: an import folder holding one is refused
 * (IMPORT_NOT_SUPPORTED) unless the user says to go on without it (`--ignore-unknown`).
 */
export const V1_FILES_NOT_READ = ['incidents.csv', 'incident_people.csv', 'deaths.csv', 'seizures.csv'] as const;

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
  /** 1 = the header; 0 = the file (or folder) as a whole */
  line: number;
  /** the column's name, or null for a whole-row or whole-file problem */
  column: string | null;
  code: string;
  message: string;
}

export function emptyBundle(): Bundle {
  return { centres: [], locations: [], persons: [], custody: [], groups: [], groupRelations: [], memberships: [], nonAssociations: [], movements: [] };
}
