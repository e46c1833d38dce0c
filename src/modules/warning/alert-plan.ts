import { canonicalJson } from '../../kernel/canonical-json.ts';
import { ALERT_SEVERITIES, type AlertSeverity } from '../../kernel/vocabulary.ts';
import type { Finding } from './signals/facts.ts';

/** How bad a severity is: low 0 … critical 3. */
export function severityRank(severity: AlertSeverity): number {
  return ALERT_SEVERITIES.indexOf(severity);
}

/** The worse of two severities. */
export function worseSeverity(a: AlertSeverity, b: AlertSeverity): AlertSeverity {
  return severityRank(a) >= severityRank(b) ? a : b;
}

/** What the planner needs of a stored alert. */
export interface KnownAlert {
  id: string;
  type: string;
  subject: string;
  severity: AlertSeverity;
  peakSeverity: AlertSeverity;
  score: number;
  location: string | null;
  since: string;
  restricted: boolean;
  /** The stored finding's content, compared as canonical JSON. */
  content: string;
  /** Open (raised or acknowledged) or resolved by hand while its finding held (suppressed). */
  open: boolean;
}

/** The key of an alert's subject within a centre. */
export const subjectKey = (a: { type: string; subject: string }) => `${a.type}\u0000${a.subject}`;

/** A finding's stored content: what, if it changes, makes the alert change (canonical: jsonb reorders keys). */
export function findingContent(f: Pick<Finding, 'reasons' | 'persons' | 'groups' | 'timeline' | 'location' | 'since' | 'restricted'>): string {
  return canonicalJson([f.location, new Date(f.since).toISOString(), f.restricted, f.reasons, [...f.persons].sort(), [...f.groups].sort(), f.timeline]);
}

export interface AlertPlan {
  raise: Finding[];
  /** Open alerts whose finding still holds but changed; `severityChanged` adds a history entry. */
  update: { alert: KnownAlert; finding: Finding; severityChanged: boolean }[];
  /** Open alerts whose finding is gone: resolved automatically. */
  resolve: KnownAlert[];
  /** Alerts resolved by hand whose finding is gone (or came back worse): no longer suppress a new alert. */
  release: KnownAlert[];
}

/**
 * Compares a centre's findings now with its open alerts (and those resolved by hand while their
 * finding still held): a new subject is raised; a known one is updated when anything about it
 * changed; an open alert whose finding is gone is resolved; a hand-resolved subject is not raised
 * again while its finding keeps holding at no higher severity. Pure: the same inputs in any
 * order give the same plan (findings of one subject: the highest score wins).
 */
export function planAlerts(known: readonly KnownAlert[], findings: readonly Finding[]): AlertPlan {
  const bySubject = new Map<string, Finding>();
  for (const finding of findings) {
    const key = subjectKey(finding);
    const held = bySubject.get(key);
    if (!held || finding.score > held.score || (finding.score === held.score && severityRank(finding.severity) > severityRank(held.severity))) bySubject.set(key, finding);
  }
  const open = new Map(known.filter((a) => a.open).map((a) => [subjectKey(a), a]));
  const suppressed = new Map(known.filter((a) => !a.open).map((a) => [subjectKey(a), a]));
  const plan: AlertPlan = { raise: [], update: [], resolve: [], release: [] };
  for (const [key, finding] of [...bySubject].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const alert = open.get(key);
    if (alert) {
      const severityChanged = alert.severity !== finding.severity;
      if (severityChanged || alert.score !== finding.score || alert.content !== findingContent(finding)) plan.update.push({ alert, finding, severityChanged });
      continue;
    }
    const quiet = suppressed.get(key);
    if (quiet && severityRank(finding.severity) <= severityRank(quiet.severity)) continue;
    if (quiet) plan.release.push(quiet);
    plan.raise.push(finding);
  }
  for (const [key, alert] of open) if (!bySubject.has(key)) plan.resolve.push(alert);
  for (const [key, alert] of suppressed) if (!bySubject.has(key)) plan.release.push(alert);
  const byId = (a: KnownAlert, b: KnownAlert) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  plan.resolve.sort(byId);
  plan.release.sort(byId);
  return plan;
}

/** Whether the plan writes nothing. */
export function isEmptyPlan(plan: AlertPlan): boolean {
  return plan.raise.length === 0 && plan.update.length === 0 && plan.resolve.length === 0 && plan.release.length === 0;
}
