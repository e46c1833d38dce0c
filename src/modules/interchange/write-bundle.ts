import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { BUNDLE_COLUMNS, BUNDLE_FILES, type Bundle } from './bundle.ts';
import { guardFormula, joinAliases } from './csv-text.ts';
import type { BundleFileName } from './read-bundle.ts';

type BundleKey = keyof Bundle;
type Cell = string | number | boolean | null | undefined | readonly string[];
type CellsOf<K extends BundleKey> = { [C in (typeof BUNDLE_COLUMNS)[K][number]]: Cell };

/**
 * The columns of free text, guarded against spreadsheet formulas (csv-text.ts); the importer
 * reads exactly these with its text and alias readers, which take the guard off.
 */
const TEXT_COLUMNS: { [K in BundleKey]: readonly (typeof BUNDLE_COLUMNS)[K][number][] } = {
  centres: ['name', 'city', 'province'],
  locations: ['name'],
  persons: ['given_names', 'family_names', 'aliases'],
  custody: ['commitment_order', 'issuing_authority', 'injuries_on_arrival'],
  classifications: ['reason', 'recorded_by'],
  legalStatusChanges: ['note', 'recorded_by'],
  nextOfKin: ['name', 'relationship', 'phone', 'address'],
  cases: ['case_number', 'court', 'charges', 'lawyer'],
  groups: ['name', 'aliases'],
  groupRelations: [],
  memberships: [],
  nonAssociations: ['comment'],
  movements: ['reason'],
  incidents: ['description'],
  incidentPeople: [],
  deaths: ['description'],
  seizures: [],
};

/** Each typed row as the cells of its file, by column name. */
const CELLS: { [K in BundleKey]: (row: Bundle[K][number]) => CellsOf<K> } = {
  centres: (c) => ({
    code: c.code,
    name: c.name,
    city: c.city,
    province: c.province,
    type: c.type,
    sex: c.sex,
    authority: c.authority,
    timezone: c.timezone,
    capacity_estimated: c.capacityEstimated,
  }),
  locations: (l) => ({
    code: l.code,
    centre: l.centre,
    parent: l.parent,
    kind: l.kind,
    name: l.name,
    sex: l.sex,
    regime: l.regime,
    security: l.security,
    design_capacity: l.designCapacity,
    working_capacity: l.workingCapacity,
    max_capacity: l.maxCapacity,
    status: l.status,
  }),
  persons: (p) => ({
    id: p.id,
    national_id: p.nationalId,
    given_names: p.givenNames,
    family_names: p.familyNames,
    aliases: p.aliases,
    birth_date: p.birthDate,
    sex: p.sex,
    nationality: p.nationality,
  }),
  custody: (c) => ({
    person: c.person,
    centre: c.centre,
    admitted_at: toUtc(c.admittedAt),
    legal_status: c.legalStatus,
    offence: c.offence,
    max_penalty_years: c.maxPenaltyYears,
    pretrial_since: c.pretrialSince,
    risk: c.risk,
    location: c.location,
    arrested_at: c.arrestedAt === undefined ? null : toUtc(c.arrestedAt),
    commitment_order: c.commitmentOrder,
    issuing_authority: c.issuingAuthority,
    injuries_on_arrival: c.injuriesOnArrival,
    sentence_months: c.sentenceMonths,
    vulnerabilities: c.vulnerabilities,
  }),
  classifications: (c) => ({
    person: c.person,
    at: toUtc(c.at),
    risk: c.risk,
    vulnerabilities: c.vulnerabilities,
    reason: c.reason,
    recorded_by: c.recordedBy,
  }),
  legalStatusChanges: (l) => ({
    person: l.person,
    since: l.since,
    legal_status: l.legalStatus,
    sentence_months: l.sentenceMonths,
    note: l.note,
    recorded_at: l.recordedAt === null ? null : toUtc(l.recordedAt),
    recorded_by: l.recordedBy,
  }),
  nextOfKin: (k) => ({
    person: k.person,
    name: k.name,
    relationship: k.relationship,
    phone: k.phone,
    address: k.address,
  }),
  cases: (c) => ({
    person: c.person,
    case_number: c.caseNumber,
    court: c.court,
    charges: c.charges,
    offence: c.offence,
    max_penalty_years: c.maxPenaltyYears,
    lawyer: c.lawyer,
    next_hearing: c.nextHearing,
  }),
  groups: (g) => ({
    code: g.code,
    name: g.name,
    kind: g.kind,
    parent: g.parent,
    aliases: g.aliases,
  }),
  groupRelations: (r) => ({
    group_a: r.groupA,
    group_b: r.groupB,
    relation: r.relation,
    since: r.since,
  }),
  memberships: (m) => ({
    person: m.person,
    group: m.group,
    role: m.role,
    since: m.since,
    confidence: m.confidence,
  }),
  nonAssociations: (n) => ({
    person_a: n.personA,
    person_b: n.personB,
    reason: n.reason,
    level: n.level,
    comment: n.comment,
    role_a: n.roleA,
    role_b: n.roleB,
  }),
  movements: (m) => ({
    at: toUtc(m.at),
    person: m.person,
    type: m.type,
    to: m.to,
    reason: m.reason,
  }),
  incidents: (i) => ({
    id: i.id,
    centre: i.centre,
    location: i.location,
    type: i.type,
    started_at: toUtc(i.startedAt),
    ended_at: i.endedAt === null ? null : toUtc(i.endedAt),
    deaths: i.deaths,
    injuries: i.injuries,
    description: i.description,
  }),
  incidentPeople: (p) => ({ incident: p.incident, person: p.person, role: p.role }),
  deaths: (d) => ({
    person: d.person,
    at: toUtc(d.at),
    location: d.location,
    cause: d.cause,
    incident: d.incident,
    description: d.description,
  }),
  seizures: (s) => ({
    id: s.id,
    at: toUtc(s.at),
    centre: s.centre,
    location: s.location,
    item: s.item,
    quantity: s.quantity,
    person: s.person,
    incident: s.incident,
  }),
};

function toUtc(instant: string): string {
  return new Date(instant).toISOString();
}

function formatCell(value: Cell, isText: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : joinAliases(value);
  // csv-stringify quotes fields with \n but not a lone \r, which a reader would take for a line end.
  const cell = text.replace(/\r\n?/g, '\n');
  return isText ? guardFormula(cell) : cell;
}

function toCsv<K extends BundleKey>(key: K, rows: readonly Bundle[K][number][]): string {
  const columns: readonly (typeof BUNDLE_COLUMNS)[K][number][] = BUNDLE_COLUMNS[key];
  const text: ReadonlySet<string> = new Set(TEXT_COLUMNS[key]);
  const toCells = CELLS[key];
  const records = rows.map((row) => {
    const cells = toCells(row);
    return columns.map((column) => formatCell(cells[column], text.has(column)));
  });
  return stringify([columns, ...records], { record_delimiter: 'unix', eof: true });
}

/**
 * Every file of the bundle as CSV text (DESIGN.md, format v1): the header of BUNDLE_COLUMNS,
 * RFC 4180 quoting, `\n` line endings; times in UTC, aliases and vulnerabilities joined with `;`
 * (csv-text.ts), text that a spreadsheet would run as a formula behind a `'`, nulls and absent
 * extension fields as empty fields.
 */
export function bundleToCsvTexts(bundle: Bundle): Record<BundleFileName, string> {
  return {
    [BUNDLE_FILES.centres]: toCsv('centres', bundle.centres),
    [BUNDLE_FILES.locations]: toCsv('locations', bundle.locations),
    [BUNDLE_FILES.persons]: toCsv('persons', bundle.persons),
    [BUNDLE_FILES.custody]: toCsv('custody', bundle.custody),
    [BUNDLE_FILES.classifications]: toCsv('classifications', bundle.classifications),
    [BUNDLE_FILES.legalStatusChanges]: toCsv('legalStatusChanges', bundle.legalStatusChanges),
    [BUNDLE_FILES.nextOfKin]: toCsv('nextOfKin', bundle.nextOfKin),
    [BUNDLE_FILES.cases]: toCsv('cases', bundle.cases),
    [BUNDLE_FILES.groups]: toCsv('groups', bundle.groups),
    [BUNDLE_FILES.groupRelations]: toCsv('groupRelations', bundle.groupRelations),
    [BUNDLE_FILES.memberships]: toCsv('memberships', bundle.memberships),
    [BUNDLE_FILES.nonAssociations]: toCsv('nonAssociations', bundle.nonAssociations),
    [BUNDLE_FILES.movements]: toCsv('movements', bundle.movements),
    [BUNDLE_FILES.incidents]: toCsv('incidents', bundle.incidents),
    [BUNDLE_FILES.incidentPeople]: toCsv('incidentPeople', bundle.incidentPeople),
    [BUNDLE_FILES.deaths]: toCsv('deaths', bundle.deaths),
    [BUNDLE_FILES.seizures]: toCsv('seizures', bundle.seizures),
  };
}

/**
 * Writes the bundle to `dir` (created if missing) as UTF-8 files without BOM, replacing files of
 * the same names. Returns the rows written per file name.
 */
export function writeBundle(dir: string, bundle: Bundle): Record<string, number> {
  mkdirSync(dir, { recursive: true });
  const texts = bundleToCsvTexts(bundle);
  const counts: Record<string, number> = {};
  for (const key of Object.keys(BUNDLE_FILES) as BundleKey[]) {
    const fileName = BUNDLE_FILES[key];
    writeFileSync(join(dir, fileName), texts[fileName], 'utf8');
    counts[fileName] = bundle[key].length;
  }
  return counts;
}
