import type { Database } from '../../db/engine.ts';
import { hashToken } from './log-in.ts';
import type { Principal } from '../../kernel/access.ts';
import { systemClock, type Clock } from '../../kernel/clock.ts';
import { caseloadOf, findLiveSession, toPrincipal, touchSession } from './repository.ts';

export interface SessionSettings {
  idleMinutes: number;
}

export interface ResolvedSession {
  principal: Principal;
  csrfToken: string;
  tokenHash: string;
  /** The user must change a one-time password before anything else (see resetPassword). */
  mustChangePassword: boolean;
}

// Recording activity on every request would turn every read into a write; once a minute is
// precise enough for an idle timeout measured in minutes.
const TOUCH_EVERY_MS = 60_000;

/**
 * The user behind a session token, or null if the session does not exist, has expired, has been
 * idle too long, or its user has been deactivated. Roles and caseload are read afresh each time,
 * so a change made by an administrator applies at the user's next request.
 */
export async function resolveSession(
  db: Database,
  settings: SessionSettings,
  token: string,
  clock: Clock = systemClock,
): Promise<ResolvedSession | null> {
  const now = clock.now();
  const tokenHash = hashToken(token);
  const idleSince = new Date(now.getTime() - settings.idleMinutes * 60_000);
  const row = await findLiveSession(db, tokenHash, idleSince, now);
  if (!row) return null;
  // Session bookkeeping, not a change of record: not audited (login and logout are).
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(db, tokenHash, now);
  }
  const caseload = await caseloadOf(db, [row.user.id]);
  return { principal: toPrincipal(row.user, caseload.get(row.user.id) ?? []), csrfToken: row.session.csrfToken, tokenHash, mustChangePassword: row.user.mustChangePassword };
}
