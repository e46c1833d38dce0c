import type { Queryable } from '../../db/engine.ts';
import type { Language } from '../../kernel/language.ts';
import type { LocationKind } from '../../kernel/vocabulary.ts';
import { BED_KINDS, checkPlacementInTree, findCentres, findLocations } from '../estate/index.ts';
import { findPersons, openEpisodesOf } from '../register/index.ts';
import { loadStates, MOVEMENT_WORDS, planMovements, TARGET_RULE, type KnownState, type ResolvedMovement } from '../roll/index.ts';
import { BUNDLE_FILES, type Bundle, type ImportIssue } from './bundle.ts';
import { checkGroupFiles } from './check-groups.ts';
import { checkIncidentFiles } from './check-incidents.ts';
import { checkNonAssociationFile } from './check-non-associations.ts';
import { CustodyTimeline } from './custody-timeline.ts';
import { detail, issue } from './import-issues.ts';
import { replayRows } from './replay-rows.ts';

interface KnownLocation {
  centre: string;
  kind: LocationKind;
  status: string;
}

/**
 * The checks that need more than one row: references between files and to the database, one
 * open custody per person, custody details that refer to a custody of custody.csv, closed
 * locations left empty by the movements, groups, memberships and non-associations (check-groups.ts,
 * check-non-associations.ts), and every movement replayed in time order through the roll's own
 * planner. Reports every problem; writes nothing.
 */
export async function checkBundle(db: Queryable, bundle: Bundle, language: Language): Promise<ImportIssue[]> {
  const issues: ImportIssue[] = [];
  const F = BUNDLE_FILES;

  // What the database already holds, for the codes the bundle mentions.
  const places = [
    ...bundle.movements.flatMap((m) => (m.to ? [m.to] : [])),
    ...bundle.incidents.map((i) => i.centre),
    ...bundle.incidents.flatMap((i) => i.location ?? []),
    ...bundle.deaths.map((d) => d.location),
    ...bundle.seizures.flatMap((s) => [s.centre, ...(s.location ? [s.location] : [])]),
  ];
  const centreCodes = new Set([...bundle.centres.map((c) => c.code), ...bundle.locations.map((l) => l.centre), ...bundle.custody.map((c) => c.centre), ...places]);
  const locationCodes = new Set([
    ...bundle.locations.flatMap((l) => [l.code, ...(l.parent ? [l.parent] : [])]),
    ...bundle.custody.flatMap((c) => (c.location ? [c.location] : [])),
    ...places,
  ]);
  const personIds = new Set([
    ...bundle.persons.map((p) => p.id),
    ...bundle.custody.map((c) => c.person),
    ...bundle.movements.map((m) => m.person),
    ...bundle.deaths.map((d) => d.person),
    ...bundle.incidentPeople.map((p) => p.person),
  ]);
  const namedIds = new Set([
    ...personIds,
    ...bundle.memberships.map((m) => m.person),
    ...bundle.nonAssociations.flatMap((n) => [n.personA, n.personB]),
    ...bundle.seizures.flatMap((s) => s.person ?? []),
  ]);
  const [dbCentres, dbLocations, dbPersons, dbEpisodes, dbStates] = await Promise.all([
    findCentres(db, [...centreCodes]),
    findLocations(db, [...locationCodes]),
    findPersons(db, [...namedIds]),
    openEpisodesOf(db, [...personIds]),
    loadStates(db, [...personIds]),
  ]);
  const centres = new Set(dbCentres.map((c) => c.code));
  const locations = new Map<string, KnownLocation>(dbLocations.map((l) => [l.code, { centre: l.centre, kind: l.kind, status: l.status }]));
  const persons = new Set(dbPersons.map((p) => p.id));

  for (const c of bundle.centres) {
    if (centres.has(c.code)) issues.push(issue(F.centres, c.line, 'code', 'IMPORT_EXISTS', { value: c.code }, language));
  }
  bundle.centres.forEach((c) => centres.add(c.code));

  for (const l of bundle.locations) {
    if (locations.has(l.code)) issues.push(issue(F.locations, l.line, 'code', 'IMPORT_EXISTS', { value: l.code }, language));
  }
  const bundleLocations = new Map(bundle.locations.map((l) => [l.code, l]));
  for (const l of bundle.locations) {
    if (!centres.has(l.centre)) {
      issues.push(issue(F.locations, l.line, 'centre', 'IMPORT_UNKNOWN_CENTRE', { value: l.centre }, language));
      continue;
    }
    let parent: { centre: string; kind: LocationKind } | null = null;
    if (l.parent) {
      parent = bundleLocations.get(l.parent) ?? locations.get(l.parent) ?? null;
      if (!parent) {
        issues.push(issue(F.locations, l.line, 'parent', 'IMPORT_UNKNOWN_PARENT', { value: l.parent }, language));
        continue;
      }
    }
    const rule = checkPlacementInTree(l, parent);
    if (rule) issues.push(issue(F.locations, l.line, l.parent ? 'parent' : 'kind', 'IMPORT_TREE_RULE', { value: l.code, rule }, language));
    if (BED_KINDS.includes(l.kind) && (l.designCapacity === null || l.workingCapacity === null || l.maxCapacity === null)) {
      issues.push(issue(F.locations, l.line, 'design_capacity', 'IMPORT_CAPACITY_MISSING', { value: l.code, kind: l.kind }, language));
    }
  }
  bundle.locations.forEach((l) => locations.set(l.code, { centre: l.centre, kind: l.kind, status: 'active' }));

  for (const p of bundle.persons) {
    if (persons.has(p.id)) issues.push(issue(F.persons, p.line, 'id', 'IMPORT_EXISTS', { value: p.id }, language));
  }
  bundle.persons.forEach((p) => persons.add(p.id));
  // One at a time: spread into push, a file of many bad rows would overflow the call stack.
  for (const found of [await checkGroupFiles(db, bundle, persons, language), await checkNonAssociationFile(db, bundle, persons, language)]) {
    for (const item of found) issues.push(item);
  }

  /** A cell or unit that may receive people, or the issue that says why not. */
  const checkPlace = (file: string, line: number, column: string, code: string, centre: string | null): boolean => {
    const place = locations.get(code);
    if (!place) {
      issues.push(issue(file, line, column, 'IMPORT_UNKNOWN_LOCATION', { value: code }, language));
      return false;
    }
    if (!BED_KINDS.includes(place.kind)) {
      issues.push(issue(file, line, column, 'IMPORT_LOCATION_NOT_CELL', { value: code, kind: place.kind }, language));
      return false;
    }
    if (place.status !== 'active') {
      issues.push(issue(file, line, column, 'IMPORT_LOCATION_INACTIVE', { value: code, status: place.status }, language));
      return false;
    }
    if (centre !== null && place.centre !== centre) {
      issues.push(issue(file, line, column, 'IMPORT_LOCATION_WRONG_CENTRE', { value: code, centre }, language));
      return false;
    }
    return true;
  };

  // Custody: the state everyone starts from before movements.csv.
  const initial = new Map<string, KnownState>(dbStates);
  const custodyLine = new Map<string, number>();
  for (const c of bundle.custody) {
    let ok = true;
    if (!persons.has(c.person)) {
      issues.push(issue(F.custody, c.line, 'person', 'IMPORT_UNKNOWN_PERSON', { value: c.person }, language));
      ok = false;
    } else if (custodyLine.has(c.person) || dbEpisodes.has(c.person)) {
      issues.push(issue(F.custody, c.line, 'person', 'IMPORT_ALREADY_IN_CUSTODY', { value: c.person }, language));
      ok = false;
    }
    if (!centres.has(c.centre)) {
      issues.push(issue(F.custody, c.line, 'centre', 'IMPORT_UNKNOWN_CENTRE', { value: c.centre }, language));
      ok = false;
    } else if (c.location && !checkPlace(F.custody, c.line, 'location', c.location, c.centre)) {
      ok = false;
    }
    custodyLine.set(c.person, c.line);
    if (ok) {
      initial.set(c.person, {
        state: { person: c.person, episode: `custody:${c.person}`, centre: c.centre, location: c.location, state: 'in', outReason: null, since: new Date(c.admittedAt) },
        stayId: null,
      });
    }
  }

  // The custody details (extension files) refer to the episode custody.csv opens; next of kin to a person of persons.csv.
  const bundlePersons = new Set(bundle.persons.map((p) => p.id));
  for (const [file, rows] of [
    [F.classifications, bundle.classifications],
    [F.legalStatusChanges, bundle.legalStatusChanges],
    [F.cases, bundle.cases],
  ] as const) {
    for (const row of rows) {
      if (!custodyLine.has(row.person)) issues.push(issue(file, row.line, 'person', 'IMPORT_NO_CUSTODY_IN_BUNDLE', { value: row.person }, language));
    }
  }
  for (const row of bundle.nextOfKin) {
    if (!bundlePersons.has(row.person)) issues.push(issue(F.nextOfKin, row.line, 'person', 'IMPORT_PERSON_NOT_IN_BUNDLE', { value: row.person }, language));
  }

  // Movements (with the deaths of deaths.csv): resolve each destination, then replay them all in time order.
  const replay = replayRows(bundle, language);
  for (const item of replay.issues) issues.push(item);
  const resolved: ResolvedMovement[] = [];
  const lines: number[] = [];
  const files: string[] = [];
  for (const [index, m] of replay.rows.entries()) {
    if (!persons.has(m.person)) {
      issues.push(issue(m.file, m.line, 'person', 'IMPORT_UNKNOWN_PERSON', { value: m.person }, language));
      continue;
    }
    const rule = TARGET_RULE[m.type];
    if (!m.to && rule === 'required') {
      issues.push(issue(F.movements, m.line, 'to', 'IMPORT_REQUIRED', { column: 'to', why: detail('required_for_movement', { type: m.type }) }, language));
      continue;
    }
    if (m.to && rule === 'forbidden') {
      issues.push(issue(F.movements, m.line, 'to', 'IMPORT_TARGET_FORBIDDEN', { type: m.type }, language));
      continue;
    }
    let toCentre: string | null = null;
    let toLocation: string | null = null;
    if (m.to) {
      if (centres.has(m.to)) toCentre = m.to;
      else if (!checkPlace(F.movements, m.line, 'to', m.to, null)) continue;
      else {
        toLocation = m.to;
        toCentre = (locations.get(m.to) as KnownLocation).centre;
      }
    }
    resolved.push({ person: m.person, type: m.type, at: new Date(m.at), toCentre, toLocation, reason: m.reason, episode: `movement:${index}` });
    lines.push(m.line);
    files.push(m.file);
  }
  const plan = planMovements(initial, resolved);
  const deathsNotReplayed = new Set<number>();
  for (const error of plan.errors) {
    const m = resolved[error.index] as ResolvedMovement;
    const line = lines[error.index] as number;
    if (files[error.index] === F.deaths) {
      deathsNotReplayed.add(line);
      issues.push(deathNotReplayed(bundle, m, line, dbEpisodes.get(m.person)?.admittedAt ?? null, language));
      continue;
    }
    const custody = custodyLine.has(m.person) ? bundle.custody.find((c) => c.person === m.person) : undefined;
    if (custody && m.at < new Date(custody.admittedAt)) {
      issues.push(issue(F.movements, line, 'at', 'IMPORT_MOVEMENT_ORDER', { value: m.at.toISOString(), admittedAt: custody.admittedAt }, language));
    } else if (error.state === 'not_in_custody') {
      issues.push(issue(F.movements, line, 'type', 'IMPORT_NOT_IN_CUSTODY', { value: m.person }, language));
    } else if (m.type === 'admission') {
      issues.push(issue(F.movements, line, 'person', 'IMPORT_ALREADY_IN_CUSTODY', { value: m.person }, language));
    } else {
      issues.push(issue(F.movements, line, 'type', 'IMPORT_MOVEMENT_INVALID', { movement: MOVEMENT_WORDS[m.type][language], person: m.person, why: error.why[language] }, language));
    }
  }

  // Closed locations (status applied after the movements): no one may still be housed there.
  const closed = bundle.locations.filter((l) => l.status === 'closed');
  if (closed.length > 0) {
    const housed = new Map<string, number>();
    const finalStates = new Map<string, { location: string | null } | null>([...[...initial].map(([person, known]) => [person, known.state] as const), ...plan.finalStates]);
    for (const state of finalStates.values()) {
      if (state?.location) housed.set(state.location, (housed.get(state.location) ?? 0) + 1);
    }
    for (const l of closed) {
      const count = housed.get(l.code) ?? 0;
      if (count > 0) issues.push(issue(F.locations, l.line, 'status', 'IMPORT_LOCATION_OCCUPIED', { value: l.code, status: l.status as string, count }, language));
    }
  }

  const timeline = new CustodyTimeline(initial, plan);
  for (const item of await checkIncidentFiles(db, bundle, { centres, locations, persons, timeline, deathsNotReplayed }, language)) issues.push(item);
  return issues;
}

/**
 * Why the death of a deaths.csv row cannot end the person's custody: it is dated before their
 * first admission (custody.csv, movements.csv or the database), or they were not in custody then.
 */
function deathNotReplayed(bundle: Bundle, m: ResolvedMovement, line: number, dbAdmission: Date | null, language: Language): ImportIssue {
  const admissions = [
    ...bundle.custody.filter((c) => c.person === m.person).map((c) => new Date(c.admittedAt)),
    ...bundle.movements.filter((r) => r.person === m.person && r.type === 'admission').map((r) => new Date(r.at)),
    ...(dbAdmission ? [dbAdmission] : []),
  ];
  const first = admissions.reduce<Date | null>((min, at) => (min === null || at < min ? at : min), null);
  if (first && m.at < first) {
    return issue(BUNDLE_FILES.deaths, line, 'at', 'IMPORT_DEATH_BEFORE_ADMISSION', { value: m.at.toISOString(), admittedAt: first.toISOString() }, language);
  }
  return issue(BUNDLE_FILES.deaths, line, 'at', 'IMPORT_NOT_IN_CUSTODY', { value: m.person }, language);
}
