import type { Queryable } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { displayNamesOf } from '../auth/index.ts';
import { findPersons } from '../register/index.ts';
import { countCasualties } from './casualties.ts';
import { loadIncident, selectAddenda, selectHistory, selectPeople, selectStaff, type IncidentRecord } from './repository.ts';
import type { HistoryEntry, IncidentAllowed, IncidentDetail, IncidentStatus } from './schemas.ts';
import { actorsFor, availableTransitions, mayEdit } from './transitions.ts';

type Viewer = Pick<Principal, 'caseload' | 'roles' | 'username'>;

/** An incident as the user may see it: outside the caseload it does not exist. */
export async function findIncident(db: Queryable, principal: Pick<Principal, 'caseload'>, id: string, options: { forUpdate?: boolean } = {}): Promise<IncidentRecord> {
  const incident = await loadIncident(db, id, options);
  if (!isInCaseload(principal, incident.centre)) throw new AppError('INCIDENT_NOT_FOUND', { id }, 'id');
  return incident;
}

/** What this user may do with a report in its status now. */
export function allowedFor(principal: Viewer, incident: Pick<IncidentRecord, 'reportedBy' | 'status'>): IncidentAllowed {
  const actors = actorsFor(principal, incident);
  return {
    transitions: availableTransitions(actors, incident.status),
    correct: mayEdit(actors, incident.status, 'correct'),
    grow: mayEdit(actors, incident.status, 'grow'),
    remove: mayEdit(actors, incident.status, 'remove'),
    addendum: mayEdit(actors, incident.status, 'addendum'),
  };
}

/** The first line of a description, at most 200 characters. */
export function summaryOf(description: string): string {
  const first = description.split('\n', 1)[0]?.trim() ?? '';
  return first.length > 200 ? `${first.slice(0, 199)}…` : first;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The whole report, as `GET /incidents/:id` answers it: people with their names, staff, addenda,
 * items, damage, forces, casualties (counted), its history, and what this user may do now. The
 * caller has checked the role; the caseload is checked here.
 */
export async function getIncident(db: Queryable, principal: Viewer, id: string): Promise<IncidentDetail> {
  const incident = await findIncident(db, principal, id);
  const [people, staff, addenda, history] = await Promise.all([selectPeople(db, id), selectStaff(db, id), selectAddenda(db, id), selectHistory(db, id)]);
  const [persons, users] = await Promise.all([
    findPersons(db, [...new Set(people.map((p) => p.person))]),
    displayNamesOf(db, [incident.reportedBy, ...addenda.map((a) => a.by), ...history.map((h) => h.by)]),
  ]);
  const names = new Map(persons.map((p) => [p.id, p]));
  const userName = (username: string) => users.get(username) ?? username;
  return {
    id: incident.id,
    centre: incident.centre,
    location: incident.location,
    type: incident.type,
    severity: incident.severity,
    status: incident.status,
    startedAt: incident.startedAt.toISOString(),
    endedAt: iso(incident.endedAt),
    reportedBy: incident.reportedBy,
    reportedByName: userName(incident.reportedBy),
    reportedAt: incident.reportedAt.toISOString(),
    emergency: incident.emergency,
    casualties: countCasualties(people, staff, incident),
    summary: summaryOf(incident.description),
    description: incident.description,
    otherDeaths: incident.otherDeaths,
    otherInjuries: incident.otherInjuries,
    duplicateOf: incident.duplicateOf,
    version: incident.version,
    items: incident.items,
    damage: incident.damage,
    forces: incident.forces,
    people: people.map((p) => ({
      ...p,
      givenNames: names.get(p.person)?.givenNames ?? '',
      familyNames: names.get(p.person)?.familyNames ?? '',
      addedAt: p.addedAt.toISOString(),
    })),
    staff: staff.map((s) => ({ ...s, addedAt: s.addedAt.toISOString() })),
    addenda: addenda.map((a) => ({ id: a.id, text: a.text, at: a.at.toISOString(), by: a.by, byName: userName(a.by) })),
    history: history.map(
      (h): HistoryEntry => ({
        id: h.id,
        action: h.action,
        fromStatus: h.fromStatus as IncidentStatus | null,
        toStatus: h.toStatus as IncidentStatus | null,
        comment: h.comment,
        changes: h.changes as HistoryEntry['changes'],
        at: h.at.toISOString(),
        by: h.by,
        byName: userName(h.by),
      }),
    ),
    allowed: allowedFor(principal, incident),
  };
}
