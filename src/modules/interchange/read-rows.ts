import { centreCode, country, locationCode, nationalId, registerNumber, timeZone } from '../../kernel/fields.ts';
import {
  AUTHORITIES,
  CENTRE_SEXES,
  CENTRE_TYPES,
  LEGAL_STATUSES,
  LOCATION_KINDS,
  LOCATION_SEXES,
  LOCATION_STATUSES,
  MOVEMENT_TYPES,
  OFFENCES,
  PERSON_SEXES,
  REGIMES,
  RISK_LEVELS,
  SECURITY_LEVELS,
  VULNERABILITIES,
} from '../../kernel/vocabulary.ts';
import type { BUNDLE_COLUMNS, CentreRow, CustodyRow, LocationRow, MovementRow, PersonRow, Bundle } from './bundle.ts';
import { aliases, checked, date, decimal, instant, listOf, oneOf, optional, required, text, wholeNumber, yesNo, type Field, type RowReader } from './csv-fields.ts';
import { detail } from './import-issues.ts';

/** What an empty `timezone` in centres.csv means. */
export const DEFAULT_TIMEZONE = 'America/Guayaquil';

/**
 * The longest text of each column, as the API accepts the same field (estate's centre and
 * location input, register's person input, the roll's movement body, groups' group input,
 * housing's non-association input), the most aliases, and the largest capacity and penalty.
 */
export const LIMITS = {
  centreName: 200,
  place: 100,
  locationName: 100,
  personName: 100,
  personAlias: 60,
  personAliases: 20,
  movementReason: 300,
  groupName: 120,
  groupAliases: 30,
  comment: 2000,
  capacity: 100_000,
  penaltyYears: 100,
  // The admission's details (roll's admission input), classifications, legal status, next of kin and cases (register's inputs).
  commitmentOrder: 100,
  issuingAuthority: 200,
  injuries: 2000,
  sentenceMonths: 1200,
  classificationReason: 1000,
  legalNote: 500,
  username: 100,
  kinName: 200,
  kinRelationship: 60,
  kinPhone: 40,
  kinAddress: 300,
  caseNumber: 60,
  court: 200,
  charges: 1000,
  lawyer: 200,
} as const;

/** An extension cell's value, or undefined where it is empty (the row then reads as a v1 row). */
export const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** How the rows of one file are read. */
export interface FileReader<R> {
  read(row: RowReader): R | null;
  /**
   * What no two rows of the file may share, taken from the raw cells so that a row left out for
   * other problems still counts; reported on the later row.
   */
  unique?: UniqueRule;
}

export interface UniqueRule {
  key(row: RowReader): string | null;
  report(row: RowReader, firstLine: number): void;
  /**
   * The importer checks this repeat among the rows it is given (checkBundle): the reader reports
   * it, keeping the row, only when every earlier row with the key was left out — so a repeat of
   * a row with another problem is reported in the same run, and nothing is reported twice.
   */
  checkedAcrossRows?: boolean;
}

export type FieldsOf<K extends keyof Bundle> = Record<(typeof BUNDLE_COLUMNS)[K][number], Field<unknown>>;

/** A column whose value must not repeat within the file. */
export function uniqueColumn(column: string): UniqueRule {
  return {
    key: (row) => row.raw(column) || null,
    report: (row, firstLine) => row.report(column, 'IMPORT_DUPLICATE_ID', { value: row.raw(column), firstLine }),
  };
}

/** A pair of columns whose values, in either order, must not repeat within the file (checked across rows). */
export function uniquePair(first: string, second: string): UniqueRule {
  return {
    checkedAcrossRows: true,
    key: (row) => {
      const [a, b] = [row.raw(first), row.raw(second)];
      // A row pairing a value with itself is refused on its own (across files), not as a repeat.
      return a === '' || b === '' || a === b ? null : [a, b].sort().join('|');
    },
    report: (row, firstLine) => row.report(second, 'IMPORT_DUPLICATE_PAIR', { a: row.raw(first), b: row.raw(second), firstLine }, { keep: true }),
  };
}

const centre = checked(centreCode);
const place = checked(locationCode);
const person = checked(registerNumber);
const zone = checked(timeZone);
const countryCode = checked(country);

/** An IANA time zone (empty: the default), kept as written, as the API keeps it. */
const timezone: Field<string> = (value, context) => (value === '' ? DEFAULT_TIMEZONE : zone(value, context));

/** ISO 3166-1 alpha-3, in any case. */
const nationality: Field<string> = (value, context) => countryCode(value.toUpperCase(), context);

const CENTRE_FIELDS = {
  code: required(centre),
  name: required(text(LIMITS.centreName)),
  city: required(text(LIMITS.place)),
  province: required(text(LIMITS.place)),
  type: required(oneOf(CENTRE_TYPES)),
  sex: required(oneOf(CENTRE_SEXES)),
  authority: required(oneOf(AUTHORITIES)),
  timezone,
  capacity_estimated: optional(yesNo),
} satisfies FieldsOf<'centres'>;

function readCentre(row: RowReader): CentreRow | null {
  const v = row.read(CENTRE_FIELDS);
  if (!row.isComplete(v)) return null;
  const { code, name, city, province, type, sex, authority, timezone } = v;
  return { line: row.line, code, name, city, province, type, sex, authority, timezone, capacityEstimated: given(v.capacity_estimated) };
}

const capacity = optional(wholeNumber(LIMITS.capacity));

const LOCATION_FIELDS = {
  code: required(place),
  centre: required(centre),
  parent: optional(place),
  kind: required(oneOf(LOCATION_KINDS)),
  name: required(text(LIMITS.locationName)),
  sex: required(oneOf(LOCATION_SEXES)),
  regime: required(oneOf(REGIMES)),
  security: required(oneOf(SECURITY_LEVELS)),
  design_capacity: capacity,
  working_capacity: capacity,
  max_capacity: capacity,
  status: optional(oneOf(LOCATION_STATUSES)),
} satisfies FieldsOf<'locations'>;

function readLocation(row: RowReader): LocationRow | null {
  const v = row.read(LOCATION_FIELDS);
  if (v.code !== undefined && v.centre !== undefined && !v.code.startsWith(`${v.centre}-`)) {
    row.report('code', 'IMPORT_INVALID_CODE', { value: v.code, problem: detail('code_prefix', { centre: v.centre }) });
  }
  const max = v.max_capacity;
  if (max !== null && max !== undefined) {
    if (v.design_capacity != null && v.design_capacity > max) {
      row.report('design_capacity', 'IMPORT_CAPACITY_ORDER', { which: detail('capacity_design'), value: v.design_capacity, max });
    }
    if (v.working_capacity != null && v.working_capacity > max) {
      row.report('working_capacity', 'IMPORT_CAPACITY_ORDER', { which: detail('capacity_working'), value: v.working_capacity, max });
    }
  }
  if (!row.isComplete(v)) return null;
  return {
    line: row.line,
    code: v.code,
    centre: v.centre,
    parent: v.parent,
    kind: v.kind,
    name: v.name,
    sex: v.sex,
    regime: v.regime,
    security: v.security,
    designCapacity: v.design_capacity,
    workingCapacity: v.working_capacity,
    maxCapacity: v.max_capacity,
    status: given(v.status),
  };
}

const PERSON_FIELDS = {
  id: required(person),
  national_id: optional(checked(nationalId)),
  given_names: required(text(LIMITS.personName)),
  family_names: required(text(LIMITS.personName)),
  aliases: aliases(LIMITS.personAlias, LIMITS.personAliases),
  birth_date: optional(date({ notFuture: true })),
  sex: required(oneOf(PERSON_SEXES)),
  nationality: required(nationality),
} satisfies FieldsOf<'persons'>;

function readPerson(row: RowReader): PersonRow | null {
  const v = row.read(PERSON_FIELDS);
  if (!row.isComplete(v)) return null;
  return {
    line: row.line,
    id: v.id,
    nationalId: v.national_id,
    givenNames: v.given_names,
    familyNames: v.family_names,
    aliases: v.aliases,
    birthDate: v.birth_date,
    sex: v.sex,
    nationality: v.nationality,
  };
}

/** The latest calendar day begun anywhere (UTC+14) at an instant: the register's rule for legal dates. */
const latestDayAt = (at: string) => new Date(new Date(at).getTime() + 14 * 3_600_000).toISOString().slice(0, 10);

const CUSTODY_FIELDS = {
  person: required(person),
  centre: required(centre),
  admitted_at: required(instant({ notFuture: true })),
  legal_status: required(oneOf(LEGAL_STATUSES)),
  offence: required(oneOf(OFFENCES, 'IMPORT_UNKNOWN_OFFENCE')),
  max_penalty_years: optional(decimal(LIMITS.penaltyYears)),
  // As the API (an admission, a change of legal status): not after today, nor after the day of admission.
  pretrial_since: optional(date({ notFuture: true })),
  risk: required(oneOf(RISK_LEVELS)),
  location: optional(place),
  arrested_at: optional(instant({ notFuture: true })),
  commitment_order: optional(text(LIMITS.commitmentOrder)),
  issuing_authority: optional(text(LIMITS.issuingAuthority)),
  injuries_on_arrival: optional(text(LIMITS.injuries)),
  sentence_months: optional(wholeNumber(LIMITS.sentenceMonths)),
  vulnerabilities: listOf(VULNERABILITIES),
} satisfies FieldsOf<'custody'>;

function readCustody(row: RowReader): CustodyRow | null {
  const v = row.read(CUSTODY_FIELDS);
  if (v.legal_status === 'pretrial' && v.pretrial_since === null) {
    row.report('pretrial_since', 'IMPORT_REQUIRED', { column: 'pretrial_since', why: detail('required_pretrial') });
  }
  if (v.pretrial_since && v.admitted_at && v.pretrial_since > latestDayAt(v.admitted_at)) {
    row.report('pretrial_since', 'IMPORT_PRETRIAL_AFTER_ADMISSION', { value: v.pretrial_since, admittedAt: v.admitted_at });
  }
  // As the API's admission: not arrested after being admitted.
  if (v.arrested_at && v.admitted_at && v.arrested_at > v.admitted_at) {
    row.report('arrested_at', 'IMPORT_ARRESTED_AFTER_ADMISSION', { value: v.arrested_at, admittedAt: v.admitted_at });
  }
  if (!row.isComplete(v)) return null;
  return {
    line: row.line,
    person: v.person,
    centre: v.centre,
    admittedAt: v.admitted_at,
    legalStatus: v.legal_status,
    offence: v.offence,
    maxPenaltyYears: v.max_penalty_years,
    pretrialSince: v.pretrial_since,
    risk: v.risk,
    location: v.location,
    arrestedAt: given(v.arrested_at),
    commitmentOrder: given(v.commitment_order),
    issuingAuthority: given(v.issuing_authority),
    injuriesOnArrival: given(v.injuries_on_arrival),
    sentenceMonths: given(v.sentence_months),
    vulnerabilities: v.vulnerabilities.length > 0 ? v.vulnerabilities : undefined,
  };
}

const MOVEMENT_FIELDS = {
  at: required(instant({ notFuture: true })),
  person: required(person),
  type: required(oneOf(MOVEMENT_TYPES)),
  to: optional(place),
  reason: optional(text(LIMITS.movementReason)),
} satisfies FieldsOf<'movements'>;

function readMovement(row: RowReader): MovementRow | null {
  const v = row.read(MOVEMENT_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, at: v.at, person: v.person, type: v.type, to: v.to, reason: v.reason };
}

export const CENTRE_READER: FileReader<CentreRow> = { read: readCentre, unique: uniqueColumn('code') };
export const LOCATION_READER: FileReader<LocationRow> = { read: readLocation, unique: uniqueColumn('code') };
export const PERSON_READER: FileReader<PersonRow> = { read: readPerson, unique: uniqueColumn('id') };
export const CUSTODY_READER: FileReader<CustodyRow> = {
  read: readCustody,
  // One open custody per person: a second row is refused even when the first has other problems.
  unique: {
    checkedAcrossRows: true,
    key: (row) => row.raw('person') || null,
    report: (row) => row.report('person', 'IMPORT_ALREADY_IN_CUSTODY', { value: row.raw('person') }, { keep: true }),
  },
};
export const MOVEMENT_READER: FileReader<MovementRow> = { read: readMovement };
