import type { Database, Queryable } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { findLocations } from '../estate/index.ts';
import { findIncident } from '../incidents/index.ts';
import { findCustody } from '../register/index.ts';
import { applyMovements, FUTURE_SLACK_MS, listDeaths } from '../roll/index.ts';
import { DEATH_PERMISSIONS, requireDeathAccess } from './policy.ts';
import { insertCauseChange, insertRecord, lockRecord, setCause, updateDetails, type DeathRecord } from './repository.ts';
import type { RecordDeathInput } from './schemas.ts';

type Caller = Pick<Principal, 'roles' | 'caseload'>;

/** Refuses a place of death that is not a location of the centre that held the person. */
async function checkLocation(db: Queryable, centre: string, code: string | null): Promise<void> {
  if (code === null) return;
  const [location] = await findLocations(db, [code]);
  if (!location) throw new AppError('LOCATION_NOT_FOUND', { code }, 'location');
  if (location.centre !== centre) throw new AppError('DEATH_LOCATION_ELSEWHERE', { code, centre }, 'location');
}

/** Refuses a link to an incident report that does not exist (for this caller) or is another centre's. */
async function checkIncident(db: Queryable, caller: Caller, centre: string, id: string | null): Promise<void> {
  if (!id) return;
  const incident = await findIncident(db, caller, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'INCIDENT_NOT_FOUND') throw new AppError('INCIDENT_NOT_FOUND', { id }, 'incident');
    throw error;
  });
  if (incident.centre !== centre) throw new AppError('DEATH_INCIDENT_ELSEWHERE', { id, centre }, 'incident');
}

/** The centre holding the person now, for a death not yet on the roll; refusals name `person`. */
async function custodyCentre(db: Queryable, caller: Caller, input: RecordDeathInput): Promise<string> {
  const episode = await findCustody(db, input.person, caller);
  if (input.centre !== undefined && input.centre !== episode.centre) {
    throw new AppError('DEATH_PERSON_ELSEWHERE', { id: input.person, centre: input.centre, actual: episode.centre }, 'person');
  }
  return episode.centre;
}

/**
 * Completes a register row written before (by a cause change): its details are replaced, and a
 * cause still pending takes the one given; a cause already established changes only with a reason.
 */
async function completeRecord(w: AuditedTransaction, input: RecordDeathInput, row: DeathRecord, change: { at: Date; by: string }): Promise<void> {
  if (input.cause !== 'pending' && input.cause !== row.cause) {
    if (row.cause !== 'pending') throw new AppError('DEATH_ALREADY_RECORDED', { id: input.person }, 'cause');
    await setCause(w.tx, input.person, input.cause);
    await insertCauseChange(w.tx, { person: input.person, fromCause: row.cause, toCause: input.cause, reason: '', ...change });
  }
  await updateDetails(w.tx, input.person, { location: input.location, circumstances: input.circumstances, foundBy: input.foundBy || null, incident: input.incident || null });
}

/**
 * Records a death in the register. A person still in custody dies on the roll too: the `death`
 * movement (with the roll's own checks: not before their last movement, not in the future) and the
 * register's row are written in one audited transaction. A person whose death is already a
 * movement (the movement form, an emergency's mark, an import) has their entry completed instead:
 * no second movement, and the time is the movement's.
 */
export async function recordDeath(db: Database, caller: Caller, context: AuditContext, input: RecordDeathInput) {
  const [existing] = await listDeaths(db, { centres: null, person: input.person });
  if (existing && !isInCaseload(caller, existing.centre)) throw new AppError('NOT_FOUND');
  const centre = existing ? existing.centre : await custodyCentre(db, caller, input);
  requireDeathAccess(caller, DEATH_PERMISSIONS['death.write'], centre);
  await checkLocation(db, centre, input.location);
  await checkIncident(db, caller, centre, input.incident);
  const now = nowIn(context);
  const at = existing?.at ?? input.at ?? now;
  if (!existing && at.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    throw new AppError('MOVEMENT_IN_FUTURE', { type: 'death', id: input.person, detail: 'dated in the future', minutes: FUTURE_SLACK_MS / 60_000 }, 'at');
  }
  return runAudited(db, context, async (w) => {
    if (!existing) {
      const movement = { person: input.person, type: 'death' as const, at, toCentre: null, toLocation: null, reason: 'death', note: null };
      await applyMovements(w, [movement], context.actor.username, 'no_placement');
    }
    const details = { at, centre, location: input.location, cause: input.cause, circumstances: input.circumstances, foundBy: input.foundBy || null, incident: input.incident || null };
    const previous = existing ? await lockRecord(w.tx, input.person) : null;
    if (previous) {
      await completeRecord(w, input, previous, { at: now, by: context.actor.username });
    } else if (!(await insertRecord(w.tx, { person: input.person, ...details, recordedAt: now, recordedBy: context.actor.username }))) {
      throw new AppError('DEATH_ALREADY_RECORDED', { id: input.person }, 'person');
    }
    w.audit({
      action: 'death.recorded',
      subjectType: 'person',
      subjectId: input.person,
      centre,
      old: previous && { cause: previous.cause, location: previous.location, circumstances: previous.circumstances, foundBy: previous.foundBy, incident: previous.incident },
      new: { ...details, movement: existing ? 'already_recorded' : 'death', emergency: existing?.emergency ?? null },
    });
    return { person: input.person, at, centre, movementRecorded: !existing };
  });
}
