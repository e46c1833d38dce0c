import type { AuditedTransaction } from '../audit/index.ts';
import { lockRegisterSeries, selectTakenIds, setRegisterSeriesNext } from './repository.ts';

/** How many numbers of a series are looked at in one query when skipping taken (imported) ones. */
const LOOKAHEAD = 50;

/** The `n`th register number of `centre`'s series: `MAC-000042` (more digits past 999 999). */
export function formatRegisterNumber(centre: string, n: number): string {
  return `${centre}-${String(n).padStart(6, '0')}`;
}

/**
 * Issues the next register number of the centre's series, in the caller's transaction (the
 * admission that needs it). The series' row stays locked until that transaction ends, so two
 * admissions at once at one centre take numbers one after the other, never the same one. A
 * number already in the register (imported as given) is skipped. The series only moves forward:
 * a number issued is never issued again, even if its person is later renumbered; a transaction
 * that fails gives its number back, since nobody ever held it.
 */
export async function issueRegisterNumber(w: AuditedTransaction, centre: string): Promise<string> {
  let next = await lockRegisterSeries(w.tx, centre);
  for (;;) {
    const candidates = Array.from({ length: LOOKAHEAD }, (_, i) => formatRegisterNumber(centre, next + i));
    const taken = await selectTakenIds(w.tx, candidates);
    const free = candidates.findIndex((id) => !taken.has(id));
    if (free >= 0) {
      await setRegisterSeriesNext(w.tx, centre, next + free + 1);
      return candidates[free] as string;
    }
    next += LOOKAHEAD;
  }
}
