import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import type { Clock } from '../../kernel/clock.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { authoriseCentre } from './access.ts';
import { HOUSING_PERMISSIONS } from './policy.ts';
import { powerMap } from './power-map.ts';
import type { PowerMapView } from './schemas.ts';

/**
 * The power map of a centre for a user — it names leaders and counts members: intelligence,
 * whose every reading is audited (`power_map.read`), whoever reads it, through the API or not.
 */
export async function readPowerMap(db: Database, context: AuditContext, principal: Principal, centre: string, clock: Clock): Promise<PowerMapView> {
  authoriseCentre(principal, HOUSING_PERMISSIONS['power_map.read'], centre);
  const map = await powerMap(db, centre, clock.now());
  await runAudited(db, context, async (w) =>
    w.audit({ action: 'power_map.read', subjectType: 'centre', subjectId: centre, centre, new: { pavilions: map.pavilions.length } }),
  );
  return map;
}
