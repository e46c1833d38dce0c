import type { Database } from '../../db/engine.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Language } from '../../kernel/language.ts';
import { listCentres } from '../estate/index.ts';
import { evaluateWarning } from './evaluate.ts';
import { bySeverity, findingAsSource, presentAlert, readAlertNames } from './present-alerts.ts';
import type { AsOfView } from './schemas.ts';

/**
 * The signals evaluated on the facts as they stood at `at` (an inquiry's "what did the system
 * know on 10 November?"), for one centre or every centre of the caseload; not persisted, in the
 * alerts' shape with no id and no status. A time in the future is refused, naming `at`.
 */
export async function warningAsOf(db: Database, principal: Principal, input: { at: Date; centre?: string | undefined }, language: Language, clock: Clock): Promise<AsOfView> {
  if (input.at.getTime() > clock.now().getTime()) throw new AppError('WARNING_AT_IN_FUTURE', { at: input.at.toISOString() }, 'at');
  if (input.centre !== undefined && !isInCaseload(principal, input.centre)) throw new AppError('WARNING_CENTRE_NOT_FOUND', { code: input.centre }, 'centre');
  const centres = input.centre !== undefined ? [input.centre] : caseloadScope(principal) === null ? undefined : (await listCentres(db, principal)).map((c) => c.code);
  const evaluations = await evaluateWarning(db, { at: input.at, ...(centres ? { centres } : {}) });
  const sources = evaluations
    .flatMap((e) => e.findings)
    .filter((f) => isInCaseload(principal, f.centre))
    .sort(bySeverity)
    .map(findingAsSource);
  const names = await readAlertNames(db, principal, sources);
  return { at: input.at.toISOString(), alerts: sources.map((s) => presentAlert(s, principal, language, names)) };
}
