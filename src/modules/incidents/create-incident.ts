import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { findCentres } from '../estate/index.ts';
import { checkEmergency, checkLocations, checkStart } from './checks.ts';
import { insertHistory, insertIncident, lockIncidentSeries, type IncidentRecord } from './repository.ts';
import type { IncidentSeverity, IncidentType } from './schemas.ts';

export interface NewIncidentInput {
  centre: string;
  location?: string | null;
  type: IncidentType;
  severity?: IncidentSeverity;
  startedAt: Date;
  description: string;
  emergency?: string | null;
  /** Submit at once (status `submitted`) rather than keep a draft. */
  submit?: boolean;
}

/** `LIT-INC-2026-000123`: the `n`th report of a centre's year. */
export function formatIncidentId(centre: string, year: number, n: number): string {
  return `${centre}-INC-${year}-${String(n).padStart(6, '0')}`;
}

/** The calendar year of `at` in a time zone. */
function yearIn(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at));
}

/**
 * Opens an incident report (the first report): checks the location and the emergency are of the
 * centre and the start is not in the future, issues `<CENTRE>-INC-<YYYY>-<NNNNNN>` (the year of the
 * report in the centre's time zone, numbers per centre and year) and writes it as a draft, or
 * submitted at once. The caller has authorised (role and caseload); searches and seizures open
 * their finds' reports with it.
 */
export async function createIncident(db: Database, context: AuditContext, input: NewIncidentInput): Promise<IncidentRecord> {
  return runAudited(db, context, (w) => openIncidentIn(w, context, input));
}

/** The same, inside the caller's audited transaction (a seizure and the incident it opens, together). */
export async function openIncidentIn(w: AuditedTransaction, context: AuditContext, input: NewIncidentInput): Promise<IncidentRecord> {
  const [centre] = await findCentres(w.tx, [input.centre]);
  if (!centre) throw new AppError('CENTRE_NOT_FOUND', { code: input.centre }, 'centre');
  const location = input.location ?? null;
  const emergency = input.emergency ?? null;
  await checkLocations(w.tx, centre.code, [location]);
  await checkEmergency(w.tx, centre.code, emergency);
  const now = nowIn(context);
  checkStart(input.startedAt, now);
  const year = yearIn(now, centre.timezone);
  const last = await lockIncidentSeries(w.tx, formatIncidentId(centre.code, year, 0).slice(0, -6));
  const status = input.submit ? 'submitted' : 'draft';
  const record: IncidentRecord = {
    id: formatIncidentId(centre.code, year, last + 1),
    centre: centre.code,
    location,
    type: input.type,
    severity: input.severity ?? 'medium',
    status,
    startedAt: input.startedAt,
    endedAt: null,
    description: input.description,
    otherDeaths: 0,
    otherInjuries: 0,
    items: [],
    damage: [],
    forces: [],
    emergency,
    duplicateOf: null,
    reportedBy: context.actor.username,
    reportedAt: now,
    version: 1,
  };
  await insertIncident(w.tx, record);
  const by = context.actor.username;
  await insertHistory(w.tx, record.id, { action: 'reported', toStatus: 'draft', at: now, by });
  if (input.submit) await insertHistory(w.tx, record.id, { action: 'submit', fromStatus: 'draft', toStatus: 'submitted', at: now, by });
  w.audit({
    action: 'incident.reported',
    subjectType: 'incident',
    subjectId: record.id,
    centre: record.centre,
    new: { type: record.type, severity: record.severity, status, location, startedAt: record.startedAt, emergency, description: record.description },
  });
  return record;
}
