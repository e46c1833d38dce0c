import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { EmergencyKind, VerificationStatus } from '../../kernel/vocabulary.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { findMissingCentres } from '../estate/index.ts';
import { applyMovements } from './apply-movements.ts';
import { loadEmergency, presentEmergency, type Emergency } from './emergency-queries.ts';
import { loadStates } from './repository.ts';
import { emergencies, emergencyPeople, stays } from './schema.ts';
import type { ResolvedMovement } from './transitions.ts';

/** What an officer may record of a person found (or not) during an emergency. */
export type Mark = Exclude<VerificationStatus, 'unverified' | 'escaped'>;

function refuseIfClosed(emergency: Emergency): void {
  if (emergency.status !== 'active') throw new AppError('EMERGENCY_CLOSED', { id: emergency.id }, 'emergency');
}

const isActiveIndexViolation = (error: unknown) => /emergencies_one_active_per_centre/.test(String((error as { cause?: unknown }).cause ?? error));

/**
 * Declares an emergency at a centre and freezes the expected roll: everyone whose open stay is
 * inside the centre ('in') goes on the list, unverified, with the cell they should be in. People
 * out at court or hospital, or en route, are not expected inside. One active emergency per centre.
 */
export async function declareEmergency(
  db: Database,
  context: AuditContext,
  input: { centre: string; kind: EmergencyKind; reason: string },
): Promise<Emergency & { expected: number }> {
  if ((await findMissingCentres(db, [input.centre])).length > 0) throw new AppError('CENTRE_NOT_FOUND', { code: input.centre }, 'centre');
  const refuseActive = (since: Date | string) => new AppError('EMERGENCY_ACTIVE', { centre: input.centre, since: since instanceof Date ? since.toISOString() : since }, 'centre');
  try {
    return await runAudited(db, context, async (w) => {
      const [active] = await w.tx.select().from(emergencies).where(and(eq(emergencies.centre, input.centre), eq(emergencies.status, 'active')));
      if (active) throw refuseActive(active.declaredAt);
      const id = randomUUID();
      const declaredAt = new Date();
      const [row] = await w.tx
        .insert(emergencies)
        .values({ id, centre: input.centre, kind: input.kind, reason: input.reason, status: 'active', declaredAt, declaredBy: context.actor.username })
        .returning();
      const inside = await w.tx
        .select({ person: stays.person, location: stays.location })
        .from(stays)
        .where(and(eq(stays.centre, input.centre), eq(stays.state, 'in'), isNull(stays.validTo)));
      await bulkInsert(w.tx, emergencyPeople, inside.map((s) => ({ emergency: id, person: s.person, expectedLocation: s.location, status: 'unverified' })));
      w.audit({
        action: 'emergency.declared',
        subjectType: 'emergency',
        subjectId: id,
        centre: input.centre,
        new: { kind: input.kind, reason: input.reason, declaredAt, expected: inside.length },
      });
      return { ...presentEmergency(row as typeof emergencies.$inferSelect), expected: inside.length };
    });
  } catch (error) {
    // Two declarations at once: the partial unique index lets only one through.
    if (!isActiveIndexViolation(error)) throw error;
    const [winner] = await db.select().from(emergencies).where(and(eq(emergencies.centre, input.centre), eq(emergencies.status, 'active')));
    throw refuseActive(winner?.declaredAt ?? '?');
  }
}

/**
 * Records what was found of a person on the frozen list: verified, injured, hostage or dead. The
 * last mark wins. A death is also a `death` movement under the emergency, so the roll drops at
 * once; a dead or escaped person's mark is final (a recapture is an ordinary movement).
 */
export async function markPerson(
  db: Database,
  context: AuditContext,
  input: { emergency: string; person: string; status: Mark; note?: string | null },
) {
  return runAudited(db, context, async (w) => {
    const emergency = await loadEmergency(w.tx, input.emergency, { forUpdate: true });
    refuseIfClosed(emergency);
    const key = and(eq(emergencyPeople.emergency, emergency.id), eq(emergencyPeople.person, input.person));
    const [row] = await w.tx.select().from(emergencyPeople).where(key).for('update');
    if (!row) throw new AppError('EMERGENCY_PERSON_UNKNOWN', { id: input.person }, 'person');
    if (row.status === 'dead' || row.status === 'escaped') throw new AppError('EMERGENCY_MARK_FINAL', { id: input.person, status: row.status }, 'status');
    const note = input.note ?? null;
    const markedAt = new Date();
    if (input.status === 'dead') {
      const death: ResolvedMovement = {
        person: input.person,
        type: 'death',
        at: markedAt,
        toCentre: null,
        toLocation: null,
        reason: 'emergency',
        note: note ?? `emergency ${emergency.kind}`,
        emergency: emergency.id,
      };
      await applyMovements(w, [death], context.actor.username);
    }
    const [updated] = await w.tx
      .update(emergencyPeople)
      .set({ status: input.status, note, markedAt, markedBy: context.actor.username })
      .where(key)
      .returning();
    w.audit({
      action: 'emergency.person_marked',
      subjectType: 'person',
      subjectId: input.person,
      centre: emergency.centre,
      old: { status: row.status, note: row.note },
      new: { emergency: emergency.id, status: input.status, note, ...(input.status === 'dead' ? { movement: 'death' } : {}) },
    });
    return { emergency: emergency.id, person: input.person, status: input.status, note, markedAt, markedBy: (updated ?? row).markedBy };
  });
}

/**
 * The director's one action once the search is over: everyone still unverified who is inside
 * the centre gets an `escape` movement under the emergency, in one transaction, and is marked
 * escaped. People already unaccounted for (an escape recorded on its own) are marked escaped
 * without a second movement; people whom a movement took elsewhere meanwhile are left as they are.
 */
export async function declareEscapes(db: Database, context: AuditContext, input: { emergency: string; at?: Date | undefined }) {
  const now = new Date();
  const at = input.at ?? now;
  if (at.getTime() > now.getTime() + 5 * 60_000) throw new AppError('VALIDATION_FAILED', { detail: 'at: in the future' }, 'at');
  return runAudited(db, context, async (w) => {
    const emergency = await loadEmergency(w.tx, input.emergency, { forUpdate: true });
    refuseIfClosed(emergency);
    if (at < emergency.declaredAt) throw new AppError('VALIDATION_FAILED', { detail: `at: before the emergency was declared (${emergency.declaredAt.toISOString()})` }, 'at');
    const unverified = await w.tx
      .select({ person: emergencyPeople.person })
      .from(emergencyPeople)
      .where(and(eq(emergencyPeople.emergency, emergency.id), eq(emergencyPeople.status, 'unverified')))
      .for('update');
    const states = await loadStates(w.tx, unverified.map((r) => r.person));
    const escaping: string[] = [];
    const alreadyUnaccounted: string[] = [];
    const skipped: string[] = [];
    for (const { person } of unverified) {
      const state = states.get(person)?.state;
      if (state?.centre === emergency.centre && state.state === 'in') escaping.push(person);
      else if (state?.state === 'unaccounted') alreadyUnaccounted.push(person);
      else skipped.push(person);
    }
    const reason = `emergency ${emergency.kind}`;
    await applyMovements(
      w,
      escaping.map((person) => ({ person, type: 'escape', at, toCentre: null, toLocation: null, reason, emergency: emergency.id })),
      context.actor.username,
    );
    const escaped = [...escaping, ...alreadyUnaccounted];
    for (let i = 0; i < escaped.length; i += 5000) {
      await w.tx
        .update(emergencyPeople)
        .set({ status: 'escaped', markedAt: now, markedBy: context.actor.username })
        .where(and(eq(emergencyPeople.emergency, emergency.id), inArray(emergencyPeople.person, escaped.slice(i, i + 5000))));
    }
    await w.tx.update(emergencies).set({ escapesDeclaredAt: now }).where(eq(emergencies.id, emergency.id));
    w.audit({
      action: 'emergency.escapes_declared',
      subjectType: 'emergency',
      subjectId: emergency.id,
      centre: emergency.centre,
      new: { at, count: escaping.length, people: escaping, alreadyUnaccounted, skipped },
    });
    return { emergency: emergency.id, at, escaped: escaping, alreadyUnaccounted, skipped };
  });
}

/** Ends emergency mode at a centre (director). Its list and counts are kept as they stand. */
export async function closeEmergency(db: Database, context: AuditContext, input: { emergency: string }): Promise<Emergency> {
  return runAudited(db, context, async (w) => {
    const emergency = await loadEmergency(w.tx, input.emergency, { forUpdate: true });
    refuseIfClosed(emergency);
    const [row] = await w.tx
      .update(emergencies)
      .set({ status: 'closed', closedAt: new Date(), closedBy: context.actor.username })
      .where(eq(emergencies.id, emergency.id))
      .returning();
    const closed = presentEmergency(row as typeof emergencies.$inferSelect);
    const unverified = await w.tx
      .select({ person: emergencyPeople.person })
      .from(emergencyPeople)
      .where(and(eq(emergencyPeople.emergency, emergency.id), eq(emergencyPeople.status, 'unverified')));
    w.audit({
      action: 'emergency.closed',
      subjectType: 'emergency',
      subjectId: emergency.id,
      centre: emergency.centre,
      old: { status: 'active' },
      new: { status: 'closed', closedAt: closed.closedAt, unverified: unverified.map((r) => r.person) },
    });
    return closed;
  });
}
