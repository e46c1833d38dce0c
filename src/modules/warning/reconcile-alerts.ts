import type { Database } from '../../db/engine.ts';
import type { AlertSeverity } from '../../kernel/vocabulary.ts';
import { runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { notifyCriticalAlert } from './alert-notifications.ts';
import { findingContent, isEmptyPlan, planAlerts, worseSeverity, type AlertPlan, type KnownAlert } from './alert-plan.ts';
import type { CentreEvaluation } from './evaluate.ts';
import { insertAlertEvents, insertAlerts, lockCentreAlerts, selectLiveAlerts, updateAlert, type AlertJson, type NewAlertEvent } from './repository.ts';
import type { AlertNotification } from './schemas.ts';
import type { Finding } from './signals/facts.ts';

/** What one reconciliation did, by alert id. */
export interface ReconcileOutcome {
  centre: string;
  raised: string[];
  updated: string[];
  resolved: string[];
}

/** Rolls back a reconciliation that found nothing to write (no audit entry, nothing committed). */
class NothingChanged extends Error {}

function known(alert: AlertJson): KnownAlert {
  return {
    id: alert.id,
    type: alert.type,
    subject: alert.subject,
    severity: alert.severity,
    peakSeverity: alert.peakSeverity,
    score: alert.score,
    location: alert.location,
    since: alert.since,
    restricted: alert.restricted,
    content: findingContent(alert),
    open: alert.status !== 'resolved',
  };
}

/** The finding's fields as stored. */
function stored(finding: Finding) {
  return {
    location: finding.location,
    severity: finding.severity,
    score: finding.score,
    since: new Date(finding.since),
    reasons: finding.reasons,
    persons: [...finding.persons],
    groups: [...finding.groups],
    restricted: finding.restricted,
    timeline: finding.timeline,
  };
}

/**
 * Brings one centre's alerts in line with its findings at `evaluation.at`, in one audited
 * transaction under the centre's alert lock (two reconciliations of a centre run one after the
 * other, the second reading what the first committed; the partial unique index backs it up):
 * a new finding raises an alert, a known one updates it (a history entry when its severity
 * changes), an open alert whose finding is gone is resolved automatically. Nothing is written
 * when nothing changed. A critical alert raised, or an alert becoming critical, is announced
 * after the commit.
 */
export async function reconcileAlerts(db: Database, context: AuditContext, evaluation: CentreEvaluation): Promise<ReconcileOutcome> {
  const outcome: ReconcileOutcome = { centre: evaluation.centre, raised: [], updated: [], resolved: [] };
  const findings = evaluation.findings.filter((f) => f.centre === evaluation.centre);
  try {
    await runAudited(db, context, async (w) => {
      await lockCentreAlerts(w.tx, evaluation.centre);
      const live = await selectLiveAlerts(w.tx, evaluation.centre);
      const plan = planAlerts(live.map(known), findings);
      if (isEmptyPlan(plan)) throw new NothingChanged();
      await applyPlan(w, evaluation, plan, new Map(live.map((a) => [a.id, a])), outcome);
    });
  } catch (error) {
    if (error instanceof NothingChanged) return outcome;
    throw error;
  }
  return outcome;
}

async function applyPlan(w: AuditedTransaction, evaluation: CentreEvaluation, plan: AlertPlan, live: Map<string, AlertJson>, outcome: ReconcileOutcome) {
  const at = new Date(evaluation.at);
  const centre = evaluation.centre;
  const events: NewAlertEvent[] = [];
  const notices: AlertNotification[] = [];
  const current = (id: string) => {
    const alert = live.get(id);
    if (!alert) throw new Error(`alert ${id} not read`);
    return alert;
  };
  // Under the centre's alert lock, which acknowledging and resolving by hand take too: the version read is current.
  // Only what someone acting on the alert must have seen moves its version on (its severity, its resolution):
  // a score or a sentence that follows the facts does not turn their acknowledgement into a conflict.
  const change = async (id: string, values: Parameters<typeof updateAlert>[3], bump: boolean) => {
    if ((await updateAlert(w.tx, id, current(id).version, values, { bump })) === null) throw new Error(`alert ${id} changed under the centre's lock`);
  };

  for (const alert of plan.release) {
    await change(alert.id, { suppressed: false }, false);
    w.audit({ action: 'alert.changed', subjectType: 'alert', subjectId: alert.id, centre, old: { suppressed: true }, new: { suppressed: false } });
  }
  const ids = await insertAlerts(
    w.tx,
    plan.raise.map((finding) => ({
      type: finding.type,
      centre,
      subject: finding.subject,
      ...stored(finding),
      peakSeverity: finding.severity,
      status: 'raised',
      raisedAt: at,
      lastEvaluatedAt: at,
    })),
  );
  plan.raise.forEach((finding, i) => {
    const id = ids[i] as string;
    events.push({ alert: id, at, kind: 'raised', severity: finding.severity, score: finding.score });
    w.audit({ action: 'alert.raised', subjectType: 'alert', subjectId: id, centre, new: { type: finding.type, location: finding.location, severity: finding.severity, score: finding.score } });
    outcome.raised.push(id);
    if (finding.severity === 'critical') notices.push({ id, type: finding.type, centre, severity: finding.severity, location: finding.location, change: 'raised', at: at.toISOString() });
  });
  for (const { alert, finding, severityChanged } of plan.update) {
    const peak: AlertSeverity = worseSeverity(alert.peakSeverity, finding.severity);
    await change(alert.id, { ...stored(finding), peakSeverity: peak, lastEvaluatedAt: at }, severityChanged);
    if (severityChanged) events.push({ alert: alert.id, at, kind: 'severity_changed', severity: finding.severity, score: finding.score });
    w.audit({
      action: 'alert.changed',
      subjectType: 'alert',
      subjectId: alert.id,
      centre,
      old: { severity: alert.severity, score: alert.score },
      new: { severity: finding.severity, score: finding.score },
    });
    outcome.updated.push(alert.id);
    if (severityChanged && finding.severity === 'critical') {
      notices.push({ id: alert.id, type: finding.type, centre, severity: finding.severity, location: finding.location, change: 'escalated', at: at.toISOString() });
    }
  }
  for (const alert of plan.resolve) {
    await change(alert.id, { status: 'resolved', resolvedAt: at, resolution: 'automatic', lastEvaluatedAt: at }, true);
    events.push({ alert: alert.id, at, kind: 'resolved', severity: alert.severity, score: alert.score });
    w.audit({ action: 'alert.resolved', subjectType: 'alert', subjectId: alert.id, centre, old: { status: current(alert.id).status }, new: { status: 'resolved', resolution: 'automatic' } });
    outcome.resolved.push(alert.id);
  }
  await insertAlertEvents(w.tx, events);
  w.afterCommit(() => notices.forEach(notifyCriticalAlert));
}
