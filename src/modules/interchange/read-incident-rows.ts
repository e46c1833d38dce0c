import { code, registerNumber, TEXT_LIMITS } from '../../kernel/fields.ts';
import { DEATH_CAUSES, INCIDENT_PERSON_ROLES, INCIDENT_TYPES, SEIZURE_ITEMS } from '../../kernel/vocabulary.ts';
import type { DeathRow, IncidentPersonRow, IncidentRow, SeizureRow } from './bundle.ts';
import { checked, instant, oneOf, optional, required, text, wholeNumber, type Field, type RowReader } from './csv-fields.ts';
import { detail } from './import-issues.ts';
import { uniqueColumn, type FieldsOf, type FileReader } from './read-rows.ts';

/** The rows of incidents.csv, incident_people.csv, deaths.csv and seizures.csv. */

const anyCode = checked(code);
const person = checked(registerNumber);
const when = required(instant({ notFuture: true }));
/**
 * As the API takes them: an incident's first report (16,000 characters), a find's quantity; the
 * most casualties of one incident, with room for those counted from people and staff beyond the
 * API's 100,000 "other" ones.
 */
const INCIDENT_DESCRIPTION = TEXT_LIMITS.note * 4;
const MAX_QUANTITY = 1_000_000;
const MAX_CASUALTIES = 1_000_000;

/** A whole number from 1 to `max`. */
function positiveNumber(max: number): Field<number> {
  return (value, context) =>
    /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= max
      ? Number(value)
      : context.report('IMPORT_INVALID_NUMBER', { value, expected: detail('number_positive', { max }) });
}

const INCIDENT_FIELDS = {
  id: required(anyCode),
  centre: required(anyCode),
  location: optional(anyCode),
  type: required(oneOf(INCIDENT_TYPES)),
  started_at: when,
  ended_at: optional(instant({ notFuture: true })),
  deaths: required(wholeNumber(MAX_CASUALTIES)),
  injuries: required(wholeNumber(MAX_CASUALTIES)),
  description: required(text(INCIDENT_DESCRIPTION)),
} satisfies FieldsOf<'incidents'>;

function readIncident(row: RowReader): IncidentRow | null {
  const v = row.read(INCIDENT_FIELDS);
  if (v.started_at && v.ended_at && v.ended_at < v.started_at) {
    row.report('ended_at', 'IMPORT_ENDS_BEFORE_START', { value: v.ended_at, startedAt: v.started_at });
  }
  if (!row.isComplete(v)) return null;
  return {
    line: row.line,
    id: v.id,
    centre: v.centre,
    location: v.location,
    type: v.type,
    startedAt: v.started_at,
    endedAt: v.ended_at,
    deaths: v.deaths,
    injuries: v.injuries,
    description: v.description,
  };
}

const INCIDENT_PERSON_FIELDS = {
  incident: required(anyCode),
  person: required(person),
  role: required(oneOf(INCIDENT_PERSON_ROLES)),
} satisfies FieldsOf<'incidentPeople'>;

function readIncidentPerson(row: RowReader): IncidentPersonRow | null {
  const v = row.read(INCIDENT_PERSON_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, incident: v.incident, person: v.person, role: v.role };
}

const DEATH_FIELDS = {
  person: required(person),
  at: when,
  location: required(anyCode),
  cause: required(oneOf(DEATH_CAUSES)),
  incident: optional(anyCode),
  description: optional(text(TEXT_LIMITS.note)),
} satisfies FieldsOf<'deaths'>;

function readDeath(row: RowReader): DeathRow | null {
  const v = row.read(DEATH_FIELDS);
  if (!row.isComplete(v)) return null;
  return { line: row.line, person: v.person, at: v.at, location: v.location, cause: v.cause, incident: v.incident, description: v.description };
}

const SEIZURE_FIELDS = {
  id: required(anyCode),
  at: when,
  centre: required(anyCode),
  location: optional(anyCode),
  item: required(oneOf(SEIZURE_ITEMS)),
  quantity: required(positiveNumber(MAX_QUANTITY)),
  person: optional(person),
  incident: optional(anyCode),
} satisfies FieldsOf<'seizures'>;

function readSeizure(row: RowReader): SeizureRow | null {
  const v = row.read(SEIZURE_FIELDS);
  if (!row.isComplete(v)) return null;
  return {
    line: row.line,
    id: v.id,
    at: v.at,
    centre: v.centre,
    location: v.location,
    item: v.item,
    quantity: v.quantity,
    person: v.person,
    incident: v.incident,
  };
}

export const INCIDENT_READER: FileReader<IncidentRow> = { read: readIncident, unique: uniqueColumn('id') };
export const INCIDENT_PERSON_READER: FileReader<IncidentPersonRow> = {
  read: readIncidentPerson,
  unique: {
    key: (row) => (row.raw('incident') && row.raw('person') && row.raw('role') ? `${row.raw('incident')}|${row.raw('person')}|${row.raw('role')}` : null),
    report: (row, firstLine) => row.report('role', 'IMPORT_DUPLICATE_ROW', { firstLine }),
  },
};
/** One register entry per person: a person dies once. */
export const DEATH_READER: FileReader<DeathRow> = { read: readDeath, unique: uniqueColumn('person') };
export const SEIZURE_READER: FileReader<SeizureRow> = { read: readSeizure, unique: uniqueColumn('id') };
