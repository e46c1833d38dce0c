import './errors.ts';
/** The early warning: signals on a centre's facts as of any time, alerts with their lifecycle. */
export { evaluateWarning, type CentreEvaluation } from './evaluate.ts';
export { loadWarningHistory, type WarningHistory } from './history.ts';
export { factsAt } from './facts-at.ts';
export { runBacktest, type BacktestOptions } from './run-backtest.ts';
export { LEAD_DAYS, type BacktestScore, type Score as BacktestFigures } from './backtest.ts';
export type { CentreFacts, Finding, Sentence } from './signals/facts.ts';
export { reconcileAlerts, type ReconcileOutcome } from './reconcile-alerts.ts';
export { startWarningReevaluation, whenWarningIdle, centresTouched, REEVALUATION_INTERVAL_MS, type WarningReevaluation } from './re-evaluation.ts';
export { onCriticalAlert } from './alert-notifications.ts';
export { WARNING_PERMISSIONS } from './policy.ts';
