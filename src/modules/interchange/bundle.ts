import type {
  Authority,
  CentreSex,
  CentreType,
  LegalStatus,
  LocationKind,
  LocationSex,
  MovementType,
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

export interface Bundle {
  centres: CentreRow[];
  locations: LocationRow[];
  persons: PersonRow[];
  custody: CustodyRow[];
  movements: MovementRow[];
}

/** The files of format v1 this version reads and writes, in the order they are applied. */
export const BUNDLE_FILES = {
  centres: 'centres.csv',
  locations: 'locations.csv',
  persons: 'persons.csv',
  custody: 'custody.csv',
  movements: 'movements.csv',
} as const satisfies Record<keyof Bundle, string>;

/** The header of each file, in the order DESIGN.md gives. */
export const BUNDLE_COLUMNS = {
  centres: ['code', 'name', 'city', 'province', 'type', 'sex', 'authority', 'timezone'],
  locations: ['code', 'centre', 'parent', 'kind', 'name', 'sex', 'regime', 'security', 'design_capacity', 'working_capacity', 'max_capacity'],
  persons: ['id', 'national_id', 'given_names', 'family_names', 'aliases', 'birth_date', 'sex', 'nationality'],
  custody: ['person', 'centre', 'admitted_at', 'legal_status', 'offence', 'max_penalty_years', 'pretrial_since', 'risk', 'location'],
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
  return { centres: [], locations: [], persons: [], custody: [], movements: [] };
}
