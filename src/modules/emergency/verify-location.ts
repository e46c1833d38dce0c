import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { locationsUnder } from './locations-under.ts';
import { refuseIfClosed } from './mark-person.ts';
import { loadEmergency, lockUnverifiedAt, markVerified } from './repository.ts';

/**
 * Marks verified, in one write, everyone still unverified who was expected in a cell, wing or
 * pavilion (and anything under it): the officer has seen them all. `people` are the names the
 * officer was shown; if the unverified people there are no longer exactly those (another
 * officer marked one meanwhile, or the list was stale), nothing is written and the answer says
 * so (409), so that nobody is verified whose name was not on the screen. The emergency's row is
 * locked first, as single marks lock it, so the two never interleave.
 */
export async function verifyLocation(
  db: Database,
  context: AuditContext,
  input: { emergency: string; location: string; people: readonly string[]; note?: string | null },
) {
  return runAudited(db, context, async (w) => {
    const emergency = await loadEmergency(w.tx, input.emergency, { forUpdate: true });
    refuseIfClosed(emergency);
    const codes = await locationsUnder(w.tx, emergency.centre, input.location);
    const unverified = await lockUnverifiedAt(w.tx, emergency.id, codes);
    const shown = new Set(input.people);
    const now = new Set(unverified);
    const notShown = unverified.filter((p) => !shown.has(p));
    const noLongerUnverified = [...shown].filter((p) => !now.has(p));
    if (notShown.length > 0 || noLongerUnverified.length > 0) {
      throw new AppError(
        'EMERGENCY_LOCATION_CHANGED',
        { location: input.location, unverified: unverified.length, notShown: notShown.length, noLongerUnverified: noLongerUnverified.length },
        'people',
      );
    }
    const markedAt = nowIn(context);
    const note = input.note ?? null;
    const people = [...unverified].sort();
    await markVerified(w.tx, emergency.id, people, { note, markedAt, markedBy: context.actor.username });
    w.audit({
      action: 'emergency.location_verified',
      subjectType: 'emergency',
      subjectId: emergency.id,
      centre: emergency.centre,
      old: { status: 'unverified' },
      new: { location: input.location, status: 'verified', note, count: people.length, people },
    });
    return { emergency: emergency.id, location: input.location, verified: people, markedAt, markedBy: context.actor.username };
  });
}
