import type { AlertType } from '../../../kernel/vocabulary.ts';
import { SEVERITY_ORDER } from './common.ts';
import { countDiscrepancy } from './count-discrepancy.ts';
import type { CentreFacts, Finding, Signal } from './facts.ts';
import { incidentEscalation } from './incident-escalation.ts';
import { leadershipVacuum } from './leadership-vacuum.ts';
import { nonAssociationBreach } from './non-association-breach.ts';
import { overcrowding } from './overcrowding.ts';
import { pretrialOverdue } from './pretrial-overdue.ts';
import { rivalColocation } from './rival-colocation.ts';
import { weaponsSeized } from './weapons-seized.ts';

/** Every signal, by the alert type it raises. */
export const SIGNALS: Readonly<Record<AlertType, Signal>> = {
  leadership_vacuum: leadershipVacuum,
  rival_colocation: rivalColocation,
  overcrowding,
  pretrial_overdue: pretrialOverdue,
  incident_escalation: incidentEscalation,
  weapons_seized: weaponsSeized,
  count_discrepancy: countDiscrepancy,
  non_association_breach: nonAssociationBreach,
};

/** Every finding of every signal on a centre's facts, most severe first (then by score, type, location, subject). */
export function evaluateSignals(facts: CentreFacts): Finding[] {
  const findings = Object.values(SIGNALS).flatMap((signal) => signal(facts));
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(b.severity) - SEVERITY_ORDER.indexOf(a.severity) ||
      b.score - a.score || a.type.localeCompare(b.type) || (a.location ?? '').localeCompare(b.location ?? '') || a.subject.localeCompare(b.subject),
  );
}
