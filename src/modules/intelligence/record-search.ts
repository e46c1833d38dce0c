import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { findCentres } from '../estate/index.ts';
import { blankToNull, checkCustody, checkLocations, refuseFuture } from './check-finds.ts';
import { locationNames, presentSearch, presentSeizures } from './present.ts';
import { insertSearch, itemsOfSearches } from './repository.ts';
import type { RecordSearch, SearchDetailView } from './schemas.ts';
import { writeFinds } from './write-finds.ts';

/** The centre's code and clock, or CENTRE_NOT_FOUND on `centre`. */
export async function centreOf(db: Database, code: string): Promise<{ code: string; timezone: string }> {
  const [centre] = await findCentres(db, [code]);
  if (!centre) throw new AppError('CENTRE_NOT_FOUND', { code }, 'centre');
  return centre;
}

/**
 * Records a search of a location with its finds, all or nothing in one audited transaction: the
 * times not in the future and in order, the locations of the centre, each person found with
 * something in custody there when the search began, the result agreeing with the finds. A find
 * may open an incident report (weapon or contraband find), linked from the find.
 */
export async function recordSearch(db: Database, context: AuditContext, input: RecordSearch): Promise<SearchDetailView> {
  const now = nowIn(context);
  refuseFuture(input.startedAt, now, 'startedAt');
  if (input.endedAt) {
    refuseFuture(input.endedAt, now, 'endedAt');
    if (input.endedAt < input.startedAt) throw new AppError('SEARCH_ENDS_BEFORE_START', {}, 'endedAt');
  }
  if ((input.result === 'items_found') !== input.finds.length > 0) throw new AppError('SEARCH_RESULT_MISMATCH', {}, input.finds.length > 0 ? 'result' : 'finds');
  const centre = await centreOf(db, input.centre);
  const finds = input.finds.map((find) => ({ ...find, location: find.location ?? input.location }));
  return runAudited(db, context, async (w) => {
    await checkLocations(w.tx, centre.code, [{ value: input.location, field: 'location' }, ...finds.map((f, i) => ({ value: f.location, field: `finds.${i}.location` }))]);
    await checkCustody(w.tx, centre.code, input.startedAt, finds.map((f, i) => ({ value: f.person, field: `finds.${i}.person` })));
    const search = await insertSearch(w.tx, {
      id: randomUUID(),
      centre: centre.code,
      location: input.location,
      kind: input.kind,
      startedAt: input.startedAt,
      endedAt: input.endedAt,
      team: input.team,
      result: input.result,
      note: blankToNull(input.note),
      recordedAt: now,
      recordedBy: context.actor.username,
    });
    const rows = await writeFinds(w, context, {
      centre,
      at: input.startedAt,
      search: search.id,
      finds,
      openForRest: input.openIncident,
      recordedAt: now,
      recordedBy: context.actor.username,
    });
    w.audit({
      action: 'search.recorded',
      subjectType: 'search',
      subjectId: search.id,
      centre: centre.code,
      new: { location: search.location, kind: search.kind, startedAt: search.startedAt, endedAt: search.endedAt, team: search.team, result: search.result, finds: rows.map((r) => r.id) },
    });
    const items = await itemsOfSearches(w.tx, [search.id]);
    return { ...presentSearch(search, items, await locationNames(w.tx, [search.location])), finds: await presentSeizures(w.tx, rows) };
  });
}
