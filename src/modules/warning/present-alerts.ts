import type { Queryable } from '../../db/engine.ts';
import { hasAnyRole, type Principal } from '../../kernel/access.ts';
import type { Language } from '../../kernel/language.ts';
import type { AlertSeverity, AlertStatus, AlertType } from '../../kernel/vocabulary.ts';
import { findCentres, findLocations } from '../estate/index.ts';
import { listGroups } from '../groups/index.ts';
import { findPersons } from '../register/index.ts';
import { WARNING_PERMISSIONS } from './policy.ts';
import type { AlertEventJson, AlertJson, StoredSentence } from './repository.ts';
import type { AlertEventView, AlertResolution, AlertView } from './schemas.ts';
import type { Finding } from './signals/facts.ts';

/** An alert to show: a stored one, or a finding evaluated for a past time (no id, no lifecycle). */
export type AlertSource = Omit<AlertJson, 'id' | 'status' | 'raisedAt' | 'lastEvaluatedAt' | 'version' | 'subject' | 'suppressed'> & {
  id: string | null;
  status: AlertStatus | null;
  raisedAt: string | null;
  lastEvaluatedAt: string | null;
  version: number | null;
};

/** The words of an automatic resolution. */
export const AUTOMATIC_RESOLUTION: StoredSentence = {
  es: 'Resuelta automáticamente: la señal dejó de cumplirse en la reevaluación.',
  en: 'Resolved automatically: the signal no longer held when the facts were evaluated again.',
};

/** A finding as an alert that was never stored. */
export function findingAsSource(finding: Finding): AlertSource {
  return {
    id: null,
    type: finding.type,
    centre: finding.centre,
    location: finding.location,
    severity: finding.severity,
    peakSeverity: finding.severity,
    score: finding.score,
    since: new Date(finding.since).toISOString(),
    reasons: finding.reasons,
    persons: finding.persons,
    groups: finding.groups,
    restricted: finding.restricted,
    timeline: finding.timeline,
    status: null,
    raisedAt: null,
    lastEvaluatedAt: null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    acknowledgedByName: null,
    acknowledgedNote: null,
    resolvedAt: null,
    resolvedBy: null,
    resolvedByName: null,
    resolvedReason: null,
    resolution: null,
    version: null,
  };
}

/** Whether the user may read an alert's restricted details (reasons, people, groups, timeline). */
export function mayReadRestricted(principal: Pick<Principal, 'roles'>): boolean {
  return hasAnyRole(principal, WARNING_PERMISSIONS['alert.read_restricted']);
}

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

/** The names an alert needs: centres, locations, people, groups. */
export interface AlertNames {
  centres: Map<string, string>;
  locations: Map<string, string>;
  people: Map<string, string>;
  groups: Map<string, string>;
}

/** Reads the names of the centres, locations, people and groups of these alerts (people and groups only where shown). */
export async function readAlertNames(db: Queryable, principal: Pick<Principal, 'roles'>, alerts: readonly AlertSource[]): Promise<AlertNames> {
  const detailed = alerts.filter((a) => !isWithheld(principal, a));
  const personIds = [...new Set(detailed.flatMap((a) => a.persons))];
  const groupCodes = new Set(detailed.flatMap((a) => a.groups));
  const [centres, locations, people, groups] = await Promise.all([
    findCentres(db, [...new Set(alerts.map((a) => a.centre))]),
    findLocations(db, [...new Set(alerts.flatMap((a) => (a.location ? [a.location] : [])))]),
    personIds.length > 0 ? findPersons(db, personIds) : Promise.resolve([]),
    groupCodes.size > 0 ? listGroups(db) : Promise.resolve([]),
  ]);
  return {
    centres: new Map(centres.map((c) => [c.code, c.name])),
    locations: new Map(locations.map((l) => [l.code, l.name])),
    people: new Map(people.map((p) => [p.id, `${p.familyNames}, ${p.givenNames}`])),
    groups: new Map(groups.filter((g) => groupCodes.has(g.code)).map((g) => [g.code, g.name])),
  };
}

function isWithheld(principal: Pick<Principal, 'roles'>, alert: Pick<AlertSource, 'restricted'>): boolean {
  return alert.restricted && !mayReadRestricted(principal);
}

/** An alert in the user's language, its restricted details withheld from those who may not read them. */
export function presentAlert(alert: AlertSource, principal: Pick<Principal, 'roles'>, language: Language, names: AlertNames): AlertView {
  const withheld = isWithheld(principal, alert);
  const automatic = alert.resolution === 'automatic';
  const named: Record<string, string> = {};
  if (!withheld) {
    for (const id of alert.persons) named[id] = names.people.get(id) ?? id;
    for (const code of alert.groups) named[code] = names.groups.get(code) ?? code;
  }
  return {
    id: alert.id,
    type: alert.type,
    centre: alert.centre,
    centreName: names.centres.get(alert.centre) ?? alert.centre,
    location: alert.location,
    locationName: alert.location === null ? null : (names.locations.get(alert.location) ?? alert.location),
    severity: alert.severity,
    peakSeverity: alert.peakSeverity,
    score: alert.score,
    since: new Date(alert.since).toISOString(),
    status: alert.status,
    raisedAt: iso(alert.raisedAt),
    lastEvaluatedAt: iso(alert.lastEvaluatedAt),
    acknowledgedAt: iso(alert.acknowledgedAt),
    acknowledgedBy: alert.acknowledgedByName,
    acknowledgedNote: alert.acknowledgedNote,
    resolvedAt: iso(alert.resolvedAt),
    resolvedBy: automatic ? null : alert.resolvedByName,
    resolvedReason: automatic ? AUTOMATIC_RESOLUTION[language] : alert.resolvedReason,
    resolution: alert.resolution as AlertResolution | null,
    version: alert.version,
    restricted: alert.restricted,
    withheld,
    reasons: withheld ? [] : alert.reasons.map((r) => r[language]),
    persons: withheld ? [] : [...alert.persons],
    groups: withheld ? [] : [...alert.groups],
    names: named,
  };
}

/** The alert's timeline in the user's language (empty when withheld). */
export function presentTimeline(alert: AlertSource, principal: Pick<Principal, 'roles'>, language: Language): { at: string; text: string }[] {
  if (isWithheld(principal, alert)) return [];
  return alert.timeline.map((entry) => ({ at: new Date(entry.at).toISOString(), text: entry.text[language] }));
}

/** An alert's history in the user's language. */
export function presentEvents(events: readonly AlertEventJson[], language: Language): AlertEventView[] {
  return events.map((e) => ({
    at: new Date(e.at).toISOString(),
    kind: e.kind,
    severity: e.severity,
    score: e.score,
    by: e.byName,
    note: e.kind === 'resolved' && e.by === null ? AUTOMATIC_RESOLUTION[language] : e.note,
  }));
}

/** Alerts sorted most severe first, then highest score, then newest. */
export function bySeverity<T extends { severity: AlertSeverity; score: number; type: AlertType }>(a: T, b: T): number {
  const rank = (s: AlertSeverity) => ['low', 'medium', 'high', 'critical'].indexOf(s);
  return rank(b.severity) - rank(a.severity) || b.score - a.score || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
}
