import type { Database } from '../../db/engine.ts';
import type { AuditContext } from '../audit/index.ts';
import { changeReport, requireEdit, type Editor } from './change-report.ts';
import { checkLocations } from './checks.ts';
import type { IncidentDamage, IncidentForce, IncidentItem } from './repository.ts';

type Result = ReturnType<typeof changeReport>;

/** Which list of a report: weapons and items used, damage to locations, external forces called. */
export type ReportList = { items: IncidentItem[] } | { damage: IncidentDamage[] } | { forces: (Omit<IncidentForce, 'calledAt'> & { calledAt: Date | null })[] };

/**
 * Replaces one of a report's lists (items, damage, forces) while it is open; damaged locations
 * must be of the report's centre. The history keeps the list before and after.
 */
export async function setList(db: Database, context: AuditContext, principal: Editor, id: string, version: number, list: ReportList): Promise<Result> {
  return changeReport(
    db,
    context,
    principal,
    { id, version },
    (actors, incident) => requireEdit(actors, incident, 'grow'),
    async (w, incident) => {
      if ('damage' in list) await checkLocations(w.tx, incident.centre, list.damage.map((d) => d.location), 'damage');
      const [key, value] =
        'items' in list
          ? (['items', list.items] as const)
          : 'damage' in list
            ? (['damage', list.damage] as const)
            : (['forces', list.forces.map((f) => ({ ...f, calledAt: f.calledAt ? f.calledAt.toISOString() : null }))] as const);
      const changes = { [key]: { old: incident[key], new: value } };
      return { changes: { [key]: value }, history: { action: `${key}_changed`, changes }, audit: 'incident.changed', auditNew: { changes } };
    },
  );
}
