import type { Queryable } from '../../db/engine.ts';
import { factsAt } from './facts-at.ts';
import { loadWarningHistory } from './history.ts';
import { evaluateSignals } from './signals/all.ts';
import type { Finding } from './signals/facts.ts';

/** One centre's findings at an instant. */
export interface CentreEvaluation {
  centre: string;
  at: string;
  findings: Finding[];
}

/**
 * Every signal on the facts of `centres` (default: every centre) as they stood at `at`, reading
 * the history once for all of them (the history reaches back as far as the facts look). Centres
 * in code order; a code that names no centre is left out.
 */
export async function evaluateWarning(db: Queryable, options: { centres?: readonly string[]; at: Date }): Promise<CentreEvaluation[]> {
  const history = await loadWarningHistory(db, { ...(options.centres ? { centres: options.centres } : {}), from: options.at, to: options.at });
  const at = options.at.toISOString();
  return history.centres.map((centre) => ({ centre, at, findings: evaluateSignals(factsAt(history, centre, options.at)) }));
}
