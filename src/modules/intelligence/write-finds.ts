import type { SeizureItem } from '../../kernel/vocabulary.ts';
import type { AuditContext, AuditedTransaction } from '../audit/index.ts';
import { openFindIncident } from './find-incident.ts';
import { WEAPON_ITEMS } from './policy.ts';
import { insertSeizures, type NewSeizure, type SeizureRow } from './repository.ts';
import type { Find } from './schemas.ts';
import { issueSeizureIds, yearIn } from './seizure-ids.ts';
import { blankToNull } from './check-finds.ts';

export interface FindsToWrite {
  centre: { code: string; timezone: string };
  at: Date;
  search: string | null;
  finds: readonly Find[];
  /** Open one incident for the finds that do not open their own (the search's box). */
  openForRest: boolean;
  recordedAt: Date;
  recordedBy: string;
}

const isWeapon = (item: string) => (WEAPON_ITEMS as readonly string[]).includes(item);

/**
 * Writes checked finds in the caller's transaction: ids issued in the centre's series, an
 * incident report opened for each find that asks for one (and one for the rest when the search
 * asks), then the rows and their audit entries. Returns the rows, in the order given.
 */
export async function writeFinds(w: AuditedTransaction, context: AuditContext, input: FindsToWrite): Promise<SeizureRow[]> {
  const ids = await issueSeizureIds(w.tx, input.centre.code, yearIn(input.at, input.centre.timezone), input.finds.length);
  const rows: NewSeizure[] = input.finds.map((find, i) => ({
    id: ids[i] as string,
    at: input.at,
    centre: input.centre.code,
    location: find.location,
    item: find.item,
    quantity: find.quantity,
    whereFound: blankToNull(find.whereFound),
    description: blankToNull(find.description),
    person: find.person,
    incident: null,
    search: input.search,
    recordedAt: input.recordedAt,
    recordedBy: input.recordedBy,
  }));
  const groups: NewSeizure[][] = rows.filter((_, i) => input.finds[i]?.openIncident).map((row) => [row]);
  const rest = rows.filter((_, i) => !input.finds[i]?.openIncident);
  if (input.openForRest && rest.length > 0) groups.push(rest);
  for (const group of groups) {
    const incident = await openFindIncident(w, context, {
      type: group.some((row) => isWeapon(row.item)) ? 'weapon_find' : 'contraband_find',
      centre: input.centre.code,
      location: group[0]?.location ?? null,
      at: input.at,
      finds: group.map((row) => ({ id: row.id, item: row.item as SeizureItem, quantity: row.quantity, whereFound: row.whereFound ?? null, person: row.person ?? null })),
    });
    for (const row of group) row.incident = incident;
  }
  const inserted = await insertSeizures(w.tx, rows);
  for (const row of inserted) {
    w.audit({
      action: 'seizure.recorded',
      subjectType: 'seizure',
      subjectId: row.id,
      centre: row.centre,
      new: { at: row.at, location: row.location, item: row.item, quantity: row.quantity, person: row.person, incident: row.incident, search: row.search },
    });
  }
  return inserted;
}
