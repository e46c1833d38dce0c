import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { checkCapacities } from './check-location.ts';
import { lockLocationForChange } from './lock-location.ts';
import { insertLocationChanges, updateCapacities } from './repository.ts';
import type { Location, OccupancyOf } from './types.ts';

export interface CapacityChange {
  code: string;
  designCapacity: number;
  workingCapacity: number;
  maxCapacity: number;
  reason: string;
}

const shown = (value: number | null) => value ?? '-';

/**
 * Changes the three capacities of a location with beds, in the caller's caseload (any other
 * location is not found). The maximum may not fall below the people housed there now, counted
 * under the centre's placement lock so that no move slips in between. The change and its reason
 * are kept in the location's history.
 */
export async function changeCapacity(
  db: Database,
  context: AuditContext,
  input: CapacityChange,
  deps: { principal: Pick<Principal, 'caseload'>; occupancyOf: OccupancyOf },
): Promise<Location> {
  return runAudited(db, context, async (w) => {
    const location = await lockLocationForChange(w.tx, deps.principal, input.code);
    const problem = checkCapacities(location.kind, input);
    if (problem) throw new AppError('CAPACITY_INVALID', { detail: problem }, 'maxCapacity');
    const occupancy = (await deps.occupancyOf(w.tx, [input.code])).get(input.code) ?? 0;
    if (input.maxCapacity < occupancy) {
      throw new AppError('CAPACITY_BELOW_OCCUPANCY', { code: input.code, max: input.maxCapacity, occupancy }, 'maxCapacity');
    }
    const old = { designCapacity: location.designCapacity, workingCapacity: location.workingCapacity, maxCapacity: location.maxCapacity };
    const next = { designCapacity: input.designCapacity, workingCapacity: input.workingCapacity, maxCapacity: input.maxCapacity };
    const updated = await updateCapacities(w.tx, input.code, next);
    await insertLocationChanges(w.tx, [
      {
        location: input.code,
        kind: 'capacity',
        oldValue: `${shown(old.designCapacity)}/${shown(old.workingCapacity)}/${shown(old.maxCapacity)}`,
        newValue: `${next.designCapacity}/${next.workingCapacity}/${next.maxCapacity}`,
        reason: input.reason,
        recordedBy: context.actor.username,
      },
    ]);
    w.audit({ action: 'location.capacity_changed', subjectType: 'location', subjectId: input.code, centre: location.centre, old, new: { ...next, reason: input.reason } });
    return updated;
  });
}
