import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { runAudited } from '../audit/index.ts';
import { verifyAgainstDummy, verifyPassword } from './passwords.ts';
import type { Principal } from '../../kernel/access.ts';
import {
  caseloadOf,
  clearLoginFailures,
  deleteExpiredSessions,
  findUserByUsername,
  insertSession,
  reserveLoginAttempt,
  toPrincipal,
} from './repository.ts';
import { systemClock, type Clock } from '../../kernel/clock.ts';

export interface LoginSettings {
  maxFailures: number;
  lockMinutes: number;
  sessionMaxHours: number;
}

export interface LoginInput {
  username: string;
  password: string;
  ip?: string | undefined;
  userAgent?: string | undefined;
  requestId?: string | undefined;
}

export interface LoginResult {
  /** The session token for the cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  principal: Principal;
  /** After a reset by an administrator: the one-time password must be changed before anything else. */
  mustChangePassword: boolean;
}

// Expired sessions deleted at each successful login, at most (the periodic purge takes the rest).
const PURGE_AT_LOGIN = 100;

/** Deletes every session that has expired; for the server to call periodically. Returns how many. */
export async function purgeExpiredSessions(db: Database, clock: Clock = systemClock): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteExpiredSessions(db, clock.now());
    total += deleted;
    if (deleted === 0) return total;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Checks a username and password and opens a session. Every attempt is audited. An attempt is
 * taken from the account's allowance before the password is checked (see reserveLoginAttempt),
 * so parallel guesses cannot check more than `maxFailures` passwords; the attempt that uses up
 * the allowance locks the account for `lockMinutes`, and only a right password gives it back.
 *
 * An anonymous caller cannot tell an unknown user, a wrong password, a locked or a disabled
 * account apart: each answers AUTH_INVALID_CREDENTIALS after the same work (a locked account's
 * password is not checked at all, so the lock is no oracle for guessing it). Only whoever gives
 * the right password of a disabled account learns that it is disabled.
 */
export async function logIn(db: Database, settings: LoginSettings, input: LoginInput, clock: Clock = systemClock): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const attempt = { ip: input.ip ?? null, userAgent: input.userAgent ?? null };
  const refuse = async (actor: { id: string | null; username: string }, subjectId: string, detail: Record<string, unknown>) => {
    await runAudited(db, { actor, requestId: input.requestId }, async (w) => {
      w.audit({ action: 'auth.login_failed', subjectType: 'user', subjectId, new: { ...attempt, ...detail } });
    });
    return new AppError('AUTH_INVALID_CREDENTIALS');
  };

  const user = await findUserByUsername(db, username);
  if (!user) {
    await verifyAgainstDummy(input.password);
    throw await refuse({ id: null, username }, username, { reason: 'unknown_user' });
  }

  const actor = { actor: { id: user.id, username: user.username }, requestId: input.requestId };
  const now = clock.now();
  const lockUntil = new Date(now.getTime() + settings.lockMinutes * 60_000);
  const failures = await reserveLoginAttempt(db, user.id, { now, maxFailures: settings.maxFailures, lockUntil });
  if (failures === null) {
    await verifyAgainstDummy(input.password);
    throw await refuse(actor.actor, user.id, { reason: 'locked' });
  }

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await runAudited(db, actor, async (w) => {
      w.audit({ action: 'auth.login_failed', subjectType: 'user', subjectId: user.id, new: { ...attempt, reason: 'wrong_password', failures } });
      if (failures >= settings.maxFailures) {
        w.audit({ action: 'auth.account_locked', subjectType: 'user', subjectId: user.id, new: { lockedUntil: lockUntil, failures } });
      }
    });
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }

  // The right password: the attempts are given back, whatever else is refused below.
  if (!user.active) {
    await runAudited(db, actor, async (w) => {
      await clearLoginFailures(w.tx, user.id);
      w.audit({ action: 'auth.login_failed', subjectType: 'user', subjectId: user.id, new: { ...attempt, reason: 'disabled' } });
    });
    throw new AppError('AUTH_ACCOUNT_DISABLED');
  }

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + settings.sessionMaxHours * 3_600_000);
  await runAudited(db, actor, async (w) => {
    await clearLoginFailures(w.tx, user.id);
    await insertSession(w.tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: attempt.ip,
      userAgent: attempt.userAgent,
    });
    w.audit({ action: 'auth.login', subjectType: 'user', subjectId: user.id, new: { ...attempt, expiresAt } });
  });
  // Session bookkeeping, not a change of record: not audited. Bounded, so a login stays quick.
  await deleteExpiredSessions(db, now, PURGE_AT_LOGIN);
  const caseload = await caseloadOf(db, [user.id]);
  return { token, csrfToken, expiresAt, principal: toPrincipal(user, caseload.get(user.id) ?? []), mustChangePassword: user.mustChangePassword };
}
