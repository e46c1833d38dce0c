import type { Queryable } from '../../db/engine.ts';
import type { Language } from '../../kernel/language.ts';
import { peopleWithDeathRecords } from '../deaths/index.ts';
import { findIncidentPlaces } from '../incidents/index.ts';
import { takenSeizureIds } from '../intelligence/index.ts';
import { BUNDLE_FILES, type Bundle, type ImportIssue } from './bundle.ts';
import type { CustodyTimeline } from './custody-timeline.ts';
import { issue, type ImportIssueCode, type IssueParams } from './import-issues.ts';

/** Reports an issue of one row. */
type Say = <C extends ImportIssueCode>(column: string, code: C, params: IssueParams<C>) => void;

/** What the checks of the other files have established: the codes known (bundle and database) and the roll over time. */
export interface KnownEstate {
  centres: ReadonlySet<string>;
  locations: ReadonlyMap<string, { centre: string }>;
  persons: ReadonlySet<string>;
  timeline: CustodyTimeline;
  /** The deaths.csv lines whose death movement could not be replayed (already reported). */
  deathsNotReplayed: ReadonlySet<number>;
}

/**
 * The checks of incidents.csv, incident_people.csv, deaths.csv and seizures.csv across files and
 * against the database: ids not taken, centres and locations that exist (a location of the
 * centre named), incidents and people that exist, each person involved in an incident on the
 * roll of its centre when it started, each death in the centre of the place named.
 */
export async function checkIncidentFiles(db: Queryable, bundle: Bundle, known: KnownEstate, language: Language): Promise<ImportIssue[]> {
  const issues: ImportIssue[] = [];
  const F = BUNDLE_FILES;
  const report =
    (file: string, line: number): Say =>
    (column, code, params) =>
      issues.push(issue(file, line, column, code, params, language));

  const referenced = [...bundle.incidentPeople.map((p) => p.incident), ...bundle.deaths.flatMap((d) => d.incident ?? []), ...bundle.seizures.flatMap((s) => s.incident ?? [])];
  const [dbIncidents, dbDeaths, dbSeizures] = await Promise.all([
    findIncidentPlaces(db, [...bundle.incidents.map((i) => i.id), ...referenced]),
    peopleWithDeathRecords(db, bundle.deaths.map((d) => d.person)),
    takenSeizureIds(db, bundle.seizures.map((s) => s.id)),
  ]);

  /** A location of `centre`, or its issue. */
  const checkLocation = (say: Say, code: string, centre: string): void => {
    const place = known.locations.get(code);
    if (!place) say('location', 'IMPORT_UNKNOWN_LOCATION', { value: code });
    else if (place.centre !== centre) say('location', 'IMPORT_LOCATION_WRONG_CENTRE', { value: code, centre });
  };
  const checkCentre = (say: Say, code: string): boolean => {
    if (!known.centres.has(code)) say('centre', 'IMPORT_UNKNOWN_CENTRE', { value: code });
    return known.centres.has(code);
  };

  const incidents = new Map(dbIncidents);
  for (const i of bundle.incidents) {
    const say = report(F.incidents, i.line);
    if (dbIncidents.has(i.id)) say('id', 'IMPORT_EXISTS', { value: i.id });
    if (checkCentre(say, i.centre) && i.location) checkLocation(say, i.location, i.centre);
    incidents.set(i.id, { centre: i.centre, startedAt: new Date(i.startedAt) });
  }

  for (const p of bundle.incidentPeople) {
    const say = report(F.incidentPeople, p.line);
    const incident = incidents.get(p.incident);
    if (!incident) say('incident', 'IMPORT_UNKNOWN_INCIDENT', { value: p.incident });
    if (!known.persons.has(p.person)) say('person', 'IMPORT_UNKNOWN_PERSON', { value: p.person });
    else if (incident) {
      known.timeline.expect(p.person, incident.centre, incident.startedAt, () =>
        say('person', 'IMPORT_NOT_IN_CENTRE', { value: p.person, centre: incident.centre, at: incident.startedAt.toISOString() }),
      );
    }
  }

  for (const d of bundle.deaths) {
    const say = report(F.deaths, d.line);
    if (dbDeaths.has(d.person)) say('person', 'IMPORT_DEATH_EXISTS', { value: d.person });
    if (d.incident && !incidents.has(d.incident)) say('incident', 'IMPORT_UNKNOWN_INCIDENT', { value: d.incident });
    const centre = known.centres.has(d.location) ? d.location : (known.locations.get(d.location)?.centre ?? null);
    if (centre === null) say('location', 'IMPORT_UNKNOWN_PLACE', { value: d.location });
    else if (known.persons.has(d.person) && !known.deathsNotReplayed.has(d.line)) {
      known.timeline.expect(d.person, centre, new Date(d.at), () => say('location', 'IMPORT_NOT_IN_CENTRE', { value: d.person, centre, at: d.at }));
    }
  }

  for (const s of bundle.seizures) {
    const say = report(F.seizures, s.line);
    if (dbSeizures.has(s.id)) say('id', 'IMPORT_EXISTS', { value: s.id });
    if (checkCentre(say, s.centre) && s.location) checkLocation(say, s.location, s.centre);
    if (s.person && !known.persons.has(s.person)) say('person', 'IMPORT_UNKNOWN_PERSON', { value: s.person });
    if (s.incident && !incidents.has(s.incident)) say('incident', 'IMPORT_UNKNOWN_INCIDENT', { value: s.incident });
  }

  await known.timeline.settle(db);
  return issues;
}
