import type {
  DeathCause,
  IncidentPersonRole,
  IncidentType,
  LegalStatus,
  LocationStatus,
  MovementType,
  NonAssociationRole,
  Offence,
  RiskLevel,
  SeizureItem,
  Vulnerability,
} from '../../kernel/vocabulary.ts';
import type { NewCentre, NewLocation } from '../estate/index.ts';
import type { NewGroup, NewMembership, NewRelation } from '../groups/index.ts';
import type { NewNonAssociation } from '../housing/index.ts';
import type { NewPerson } from '../register/index.ts';

/**
 * Interchange format v1 (DESIGN.md) as typed rows: what the CSV parser produces, what the demo
 * generator produces, what the importer applies and what the exporter writes. Every row carries
 * the line it came from (the header is line 1), so later checks can name file and line. A row is
 * the owning module's record as that module inserts it, less what format v1 does not carry.
 *
 * Extensions of format v1 (DESIGN.md: "change them only by extending"): optional columns after
 * the v1 ones, and optional files. An extension field is absent (undefined) where its cell is
 * empty or its column missing, and then means what a v1 file meant without it.
 */
export interface Sourced {
  line: number;
}

/** A centre; extension `capacity_estimated`: whether its capacities are an estimate (absent: no). */
export type CentreRow = Sourced & Omit<NewCentre, 'capacityEstimated'> & { capacityEstimated?: boolean };

/**
 * A location; `parent` null: directly under the centre. Extension `status` (absent: active),
 * applied after movements.csv is replayed, so history in a cell since closed still imports.
 */
export type LocationRow = Sourced & NewLocation & { status?: LocationStatus };

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
  // Extensions: the admission's details and the current vulnerabilities (absent: none recorded).
  /** ISO 8601 instant, normalised to UTC `...Z` */
  arrestedAt?: string;
  commitmentOrder?: string;
  issuingAuthority?: string;
  injuriesOnArrival?: string;
  sentenceMonths?: number;
  vulnerabilities?: Vulnerability[];
}

/** Extension file: one classification of the open episode custody.csv gives the person. */
export interface ClassificationRow extends Sourced {
  person: string;
  /** ISO 8601 instant, normalised to UTC `...Z`: when it was recorded */
  at: string;
  risk: RiskLevel;
  vulnerabilities: Vulnerability[];
  reason: string;
  /** null: the user running the import */
  recordedBy: string | null;
}

/**
 * Extension file: the legal-status history of the open episode custody.csv gives the person.
 * Given for a person, it is the whole history (the admission's entry included), in file order.
 */
export interface LegalStatusChangeRow extends Sourced {
  person: string;
  /** YYYY-MM-DD */
  since: string;
  legalStatus: LegalStatus;
  sentenceMonths: number | null;
  note: string | null;
  /** ISO 8601 instant, normalised to UTC `...Z`; null: the time of the import */
  recordedAt: string | null;
  /** null: the user running the import */
  recordedBy: string | null;
}

/** Extension file: a next of kin of a person of persons.csv. */
export interface NextOfKinRow extends Sourced {
  person: string;
  name: string;
  relationship: string;
  phone: string | null;
  address: string | null;
}

/** Extension file: a court case of the open episode custody.csv gives the person. */
export interface CaseRow extends Sourced {
  person: string;
  caseNumber: string;
  court: string | null;
  charges: string;
  offence: Offence;
  maxPenaltyYears: number | null;
  lawyer: string | null;
  /** YYYY-MM-DD */
  nextHearing: string | null;
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

/** Two people to be kept apart (an open non-association); the pair in either order; extension `role_a`, `role_b` (absent: other). */
export type NonAssociationRow = Sourced & Omit<NewNonAssociation, 'roleA' | 'roleB'> & { roleA?: NonAssociationRole; roleB?: NonAssociationRole };

/**
 * An incident report, imported as a closed report (an imported history is of reports already
 * dealt with). `deaths` and `injuries` are the report's totals: the import keeps them as they are.
 */
export interface IncidentRow extends Sourced {
  /** a code unique across the estate */
  id: string;
  centre: string;
  /** a location code of the centre; null = the centre as a whole */
  location: string | null;
  type: IncidentType;
  /** ISO 8601 instant, normalised to UTC `...Z` */
  startedAt: string;
  /** ISO 8601 instant, normalised to UTC `...Z`; null = not recorded; never before `startedAt` */
  endedAt: string | null;
  /** non-negative integers */
  deaths: number;
  injuries: number;
  description: string;
}

/** A person in custody involved in an incident, in one role (a person may hold several). */
export interface IncidentPersonRow extends Sourced {
  /** an incident id of incidents.csv */
  incident: string;
  person: string;
  role: IncidentPersonRole;
}

/**
 * An entry of the deaths-in-custody register: it ends the person's custody with a `death`
 * movement at `at`, replayed in time order with movements.csv (a movements.csv `death` row of the
 * same person at the same instant is the same death).
 */
export interface DeathRow extends Sourced {
  person: string;
  /** ISO 8601 instant, normalised to UTC `...Z` */
  at: string;
  /** a location code, or the code of the centre where the person died */
  location: string;
  cause: DeathCause;
  /** an incident id; null = none */
  incident: string | null;
  /** the circumstances, in words; null = none written */
  description: string | null;
}

/** A find: an item seized in a centre, perhaps on a person, perhaps in an incident. */
export interface SeizureRow extends Sourced {
  /** a code unique across the estate */
  id: string;
  /** ISO 8601 instant, normalised to UTC `...Z` */
  at: string;
  centre: string;
  /** a location code of the centre; null = the centre as a whole */
  location: string | null;
  item: SeizureItem;
  /** a positive integer */
  quantity: number;
  person: string | null;
  incident: string | null;
}

export interface Bundle {
  centres: CentreRow[];
  locations: LocationRow[];
  persons: PersonRow[];
  custody: CustodyRow[];
  classifications: ClassificationRow[];
  legalStatusChanges: LegalStatusChangeRow[];
  nextOfKin: NextOfKinRow[];
  cases: CaseRow[];
  groups: GroupRow[];
  groupRelations: GroupRelationRow[];
  memberships: MembershipRow[];
  nonAssociations: NonAssociationRow[];
  movements: MovementRow[];
  incidents: IncidentRow[];
  incidentPeople: IncidentPersonRow[];
  deaths: DeathRow[];
  seizures: SeizureRow[];
}

/**
 * The files of format v1 (and its extension files, after custody.csv) this version reads and
 * writes, in the order they are applied: custody before what it refers to, groups before their
 * relations and memberships, everything before movements.csv is replayed.
 */
export const BUNDLE_FILES = {
  centres: 'centres.csv',
  locations: 'locations.csv',
  persons: 'persons.csv',
  custody: 'custody.csv',
  classifications: 'classifications.csv',
  legalStatusChanges: 'legal_status_changes.csv',
  nextOfKin: 'next_of_kin.csv',
  cases: 'cases.csv',
  groups: 'groups.csv',
  groupRelations: 'group_relations.csv',
  memberships: 'memberships.csv',
  nonAssociations: 'non_associations.csv',
  movements: 'movements.csv',
  incidents: 'incidents.csv',
  incidentPeople: 'incident_people.csv',
  deaths: 'deaths.csv',
  seizures: 'seizures.csv',
} as const satisfies Record<keyof Bundle, string>;

/**
 * The files of format v1 this version does not read yet: an import folder holding one is refused
 * (IMPORT_NOT_SUPPORTED) unless the user says to go on without it (`--ignore-unknown`).
 */
export const V1_FILES_NOT_READ = [] as const;

/**
 * The header of each file as the export writes it: the v1 columns in the order DESIGN.md gives,
 * then the extension columns (EXTENSION_COLUMNS), which an import file may leave out.
 */
export const BUNDLE_COLUMNS = {
  centres: ['code', 'name', 'city', 'province', 'type', 'sex', 'authority', 'timezone', 'capacity_estimated'],
  locations: ['code', 'centre', 'parent', 'kind', 'name', 'sex', 'regime', 'security', 'design_capacity', 'working_capacity', 'max_capacity', 'status'],
  persons: ['id', 'national_id', 'given_names', 'family_names', 'aliases', 'birth_date', 'sex', 'nationality'],
  custody: [
    'person', 'centre', 'admitted_at', 'legal_status', 'offence', 'max_penalty_years', 'pretrial_since', 'risk', 'location',
    'arrested_at', 'commitment_order', 'issuing_authority', 'injuries_on_arrival', 'sentence_months', 'vulnerabilities',
  ],
  classifications: ['person', 'at', 'risk', 'vulnerabilities', 'reason', 'recorded_by'],
  legalStatusChanges: ['person', 'since', 'legal_status', 'sentence_months', 'note', 'recorded_at', 'recorded_by'],
  nextOfKin: ['person', 'name', 'relationship', 'phone', 'address'],
  cases: ['person', 'case_number', 'court', 'charges', 'offence', 'max_penalty_years', 'lawyer', 'next_hearing'],
  groups: ['code', 'name', 'kind', 'parent', 'aliases'],
  groupRelations: ['group_a', 'group_b', 'relation', 'since'],
  memberships: ['person', 'group', 'role', 'since', 'confidence'],
  nonAssociations: ['person_a', 'person_b', 'reason', 'level', 'comment', 'role_a', 'role_b'],
  movements: ['at', 'person', 'type', 'to', 'reason'],
  incidents: ['id', 'centre', 'location', 'type', 'started_at', 'ended_at', 'deaths', 'injuries', 'description'],
  incidentPeople: ['incident', 'person', 'role'],
  deaths: ['person', 'at', 'location', 'cause', 'incident', 'description'],
  seizures: ['id', 'at', 'centre', 'location', 'item', 'quantity', 'person', 'incident'],
} as const satisfies Record<keyof Bundle, readonly string[]>;

/** The columns of BUNDLE_COLUMNS a file may leave out: the extensions of the v1 files (an empty cell means the same). */
export const EXTENSION_COLUMNS: { [K in keyof Bundle]?: readonly (typeof BUNDLE_COLUMNS)[K][number][] } = {
  centres: ['capacity_estimated'],
  locations: ['status'],
  custody: ['arrested_at', 'commitment_order', 'issuing_authority', 'injuries_on_arrival', 'sentence_months', 'vulnerabilities'],
  nonAssociations: ['role_a', 'role_b'],
};

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
  return {
    centres: [],
    locations: [],
    persons: [],
    custody: [],
    classifications: [],
    legalStatusChanges: [],
    nextOfKin: [],
    cases: [],
    groups: [],
    groupRelations: [],
    memberships: [],
    nonAssociations: [],
    movements: [],
    incidents: [],
    incidentPeople: [],
    deaths: [],
    seizures: [],
  };
}

/** The columns every file of its kind must have: BUNDLE_COLUMNS without the extension columns (a v1 header). */
export function requiredColumns<K extends keyof Bundle>(key: K): readonly string[] {
  const extensions: readonly string[] = EXTENSION_COLUMNS[key] ?? [];
  return BUNDLE_COLUMNS[key].filter((column) => !extensions.includes(column));
}
