import type { Database } from '../../db/engine.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { checkCustody, checkLocations, refuseFuture } from './check-finds.ts';
import { presentSeizures } from './present.ts';
import { centreOf } from './record-search.ts';
import type { RecordSeizure, SeizureView } from './schemas.ts';
import { writeFinds } from './write-finds.ts';

/**
 * Records a find outside a search (at the gate, on a visit, thrown over the wall): the same
 * checks as a search's find, in one audited transaction; it may open an incident report.
 */
export async function recordSeizure(db: Database, context: AuditContext, input: RecordSeizure): Promise<SeizureView> {
  const now = nowIn(context);
  refuseFuture(input.at, now, 'at');
  const centre = await centreOf(db, input.centre);
  return runAudited(db, context, async (w) => {
    await checkLocations(w.tx, centre.code, [{ value: input.location, field: 'location' }]);
    await checkCustody(w.tx, centre.code, input.at, [{ value: input.person, field: 'person' }]);
    const { centre: _centre, at, ...find } = input;
    const rows = await writeFinds(w, context, { centre, at, search: null, finds: [find], openForRest: false, recordedAt: now, recordedBy: context.actor.username });
    const [view] = await presentSeizures(w.tx, rows);
    return view as SeizureView;
  });
}
