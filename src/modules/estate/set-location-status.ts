import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { LocationStatus } from '../../kernel/vocabulary.ts';
import { runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { lockLocationForChange } from './lock-location.ts';
import { insertLocationChanges, selectSubtree, updateStatuses } from './repository.ts';
import type { Location, OccupancyOf } from './types.ts';

/**
 * Closes, reopens or marks damaged a location of the caller's caseload and everything under it
 * (any other location is not found). A location where people are housed cannot be closed:
 * counted under the centre's placement lock, so that no move slips in between.
 * Returns the location and everything under it, as they are now.
 */
export async function setLocationStatus(
  db: Database,
  context: AuditContext,
  input: { code: string; status: LocationStatus; reason: string },
  deps: { principal: Pick<Principal, 'caseload'>; occupancyOf: OccupancyOf },
): Promise<Location[]> {
  return runAudited(db, context, async (w) => {
    const root = await lockLocationForChange(w.tx, deps.principal, input.code);
    const subtree = await selectSubtree(w.tx, root);
    if (input.status === 'closed') {
      const occupancy = await deps.occupancyOf(w.tx, subtree.map((l) => l.code));
      const count = [...occupancy.values()].reduce((a, b) => a + b, 0);
      if (count > 0) throw new AppError('LOCATION_OCCUPIED', { code: input.code, count }, 'status');
    }
    const changed = subtree.filter((l) => l.status !== input.status);
    const audit = { action: 'location.status_changed', subjectType: 'location', subjectId: input.code, centre: root.centre } as const;
    if (changed.length === 0) {
      w.audit({ ...audit, new: { status: input.status, reason: input.reason, unchanged: true } });
      return subtree;
    }
    await updateStatuses(w.tx, changed.map((l) => l.code), input.status);
    await insertLocationChanges(
      w.tx,
      changed.map((l) => ({ location: l.code, kind: 'status', oldValue: l.status, newValue: input.status, reason: input.reason, recordedBy: context.actor.username })),
    );
    w.audit({ ...audit, old: { status: root.status }, new: { status: input.status, reason: input.reason, locations: changed.length } });
    return subtree.map((l) => ({ ...l, status: input.status }));
  });
}

/**
 * Sets the status of locations as an import gives it (after its movements are replayed, so that
 * history in a cell since closed still imports), each change kept in the location's history with
 * `reason`. The caller audits, and has checked that no one is housed where it closes.
 */
export async function insertLocationStatuses(
  w: AuditedTransaction,
  rows: readonly { code: string; status: LocationStatus }[],
  reason: string,
  recordedBy: string,
): Promise<void> {
  const changed = rows.filter((r) => r.status !== 'active');
  for (let i = 0; i < changed.length; i += 5000) {
    const chunk = changed.slice(i, i + 5000);
    for (const status of new Set(chunk.map((r) => r.status))) {
      await updateStatuses(w.tx, chunk.filter((r) => r.status === status).map((r) => r.code), status);
    }
    await insertLocationChanges(w.tx, chunk.map((r) => ({ location: r.code, kind: 'status', oldValue: 'active', newValue: r.status, reason, recordedBy })));
  }
}
