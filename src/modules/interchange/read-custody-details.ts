import { registerNumber } from '../../kernel/fields.ts';
import { LEGAL_STATUSES, OFFENCES, RISK_LEVELS, VULNERABILITIES } from '../../kernel/vocabulary.ts';
import type { CaseRow, ClassificationRow, LegalStatusChangeRow, NextOfKinRow } from './bundle.ts';
import { checked, date, decimal, instant, listOf, longText, oneOf, optional, required, text, wholeNumber, type RowReader } from './csv-fields.ts';
import { LIMITS, type FieldsOf, type FileReader } from './read-rows.ts';

/**
 * The rows of the extension files classifications.csv, legal_status_changes.csv,
 * next_of_kin.csv and cases.csv: each field by the rule of the register's request schema for it
 * (classification, legal-status change, next of kin, case input).
 */

const person = checked(registerNumber);

/** The latest calendar day begun anywhere (UTC+14) at an instant: the register's rule for legal dates. */
const latestDayAt = (at: Date) => new Date(at.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);

const CLASSIFICATION_FIELDS = {
  person: required(person),
  // When it was recorded (by the database's clock, which the importer's may lag): not checked against now.
  at: required(instant({ notFuture: false })),
  risk: required(oneOf(RISK_LEVELS)),
  vulnerabilities: listOf(VULNERABILITIES),
  reason: required(longText(5, LIMITS.classificationReason)),
  recorded_by: optional(text(LIMITS.username)),
} satisfies FieldsOf<'classifications'>;

function readClassification(row: RowReader): ClassificationRow | null {
  const v = row.read(CLASSIFICATION_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, person: v.person, at: v.at, risk: v.risk, vulnerabilities: v.vulnerabilities, reason: v.reason, recordedBy: v.recorded_by };
}

const LEGAL_STATUS_FIELDS = {
  person: required(person),
  // Not after the day it was recorded (anywhere), checked below with recorded_at.
  since: required(date({ notFuture: false })),
  legal_status: required(oneOf(LEGAL_STATUSES)),
  sentence_months: optional(wholeNumber(LIMITS.sentenceMonths)),
  note: optional(text(LIMITS.legalNote)),
  recorded_at: optional(instant({ notFuture: false })),
  recorded_by: optional(text(LIMITS.username)),
} satisfies FieldsOf<'legalStatusChanges'>;

function readLegalStatusChange(row: RowReader, now: Date): LegalStatusChangeRow | null {
  const v = row.read(LEGAL_STATUS_FIELDS);
  if (v.since && v.recorded_at !== undefined && v.since > latestDayAt(v.recorded_at ? new Date(v.recorded_at) : now)) {
    row.report('since', 'IMPORT_FUTURE_DATE', { value: v.since });
  }
  if (!row.isComplete(v)) return null;
  return {
    line: row.line,
    person: v.person,
    since: v.since,
    legalStatus: v.legal_status,
    sentenceMonths: v.sentence_months,
    note: v.note,
    recordedAt: v.recorded_at,
    recordedBy: v.recorded_by,
  };
}

const NEXT_OF_KIN_FIELDS = {
  person: required(person),
  name: required(text(LIMITS.kinName)),
  relationship: required(text(LIMITS.kinRelationship)),
  phone: optional(text(LIMITS.kinPhone)),
  address: optional(text(LIMITS.kinAddress)),
} satisfies FieldsOf<'nextOfKin'>;

function readNextOfKin(row: RowReader): NextOfKinRow | null {
  const v = row.read(NEXT_OF_KIN_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, person: v.person, name: v.name, relationship: v.relationship, phone: v.phone, address: v.address };
}

const CASE_FIELDS = {
  person: required(person),
  case_number: required(text(LIMITS.caseNumber)),
  court: optional(text(LIMITS.court)),
  charges: required(text(LIMITS.charges)),
  offence: required(oneOf(OFFENCES, 'IMPORT_UNKNOWN_OFFENCE')),
  max_penalty_years: optional(decimal(LIMITS.penaltyYears)),
  lawyer: optional(text(LIMITS.lawyer)),
  // The API takes any date in range for the next hearing (it is usually ahead).
  next_hearing: optional(date({ notFuture: false })),
} satisfies FieldsOf<'cases'>;

function readCase(row: RowReader): CaseRow | null {
  const v = row.read(CASE_FIELDS);
  if (!row.isComplete(v)) return null;
  return {
    line: row.line,
    person: v.person,
    caseNumber: v.case_number,
    court: v.court,
    charges: v.charges,
    offence: v.offence,
    maxPenaltyYears: v.max_penalty_years,
    lawyer: v.lawyer,
    nextHearing: v.next_hearing,
  };
}

export const CLASSIFICATION_READER: FileReader<ClassificationRow> = { read: readClassification };
export const LEGAL_STATUS_CHANGE_READER: FileReader<LegalStatusChangeRow> = { read: (row) => readLegalStatusChange(row, row.now) };
export const NEXT_OF_KIN_READER: FileReader<NextOfKinRow> = { read: readNextOfKin };
export const CASE_READER: FileReader<CaseRow> = { read: readCase };
