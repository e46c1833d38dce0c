import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { runAudited } from '../audit/index.ts';
import { verifyAgainstDummy, verifyPassword } from './passwords.ts';
import type { Principal } from '../../kernel/access.ts';
import { caseloadOf, findUserByUsername, toPrincipal } from './repository.ts';
import { sessions, users } from './schema.ts';

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
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Checks a username and password and opens a session. Every attempt is audited; after
 * `maxFailures` consecutive failures the account is locked for `lockMinutes`.
 */
export async function logIn(db: Database, settings: LoginSettings, input: LoginInput): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const user = await findUserByUsername(db, username);
  const attempt = { ip: input.ip ?? null, userAgent: input.userAgent ?? null };
  const anonymous = { actor: { id: null, username }, requestId: input.requestId };

  if (!user) {
    await verifyAgainstDummy(input.password);
    await runAudited(db, anonymous, async (w) => {
      w.audit({ action: 'auth.login_failed', subjectType: 'user', subjectId: username, new: { ...attempt, reason: 'unknown_user' } });
    });
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }

  const actor = { actor: { id: user.id, username: user.username }, requestId: input.requestId };
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    await runAudited(db, actor, async (w) => {
      w.audit({ action: 'auth.login_failed', subjectType: 'user', subjectId: user.id, new: { ...attempt, reason: 'locked' } });
    });
    throw new AppError('AUTH_ACCOUNT_LOCKED', { until: formatTime(user.lockedUntil) });
  }

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const lockedUntil = await runAudited(db, actor, async (w) => {
      const [updated] = await w.tx
        .update(users)
        .set({ failedLogins: sql`${users.failedLogins} + 1` })
        .where(eq(users.id, user.id))
        .returning({ failedLogins: users.failedLogins });
      const failures = updated?.failedLogins ?? 1;
      w.audit({ action: 'auth.login_failed', subjectType: 'user', subjectId: user.id, new: { ...attempt, reason: 'wrong_password', failures } });
      if (failures < settings.maxFailures) return null;
      const until = new Date(now.getTime() + settings.lockMinutes * 60_000);
      await w.tx.update(users).set({ failedLogins: 0, lockedUntil: until }).where(eq(users.id, user.id));
      w.audit({ action: 'auth.account_locked', subjectType: 'user', subjectId: user.id, new: { lockedUntil: until, failures } });
      return until;
    });
    if (lockedUntil) throw new AppError('AUTH_ACCOUNT_LOCKED', { until: formatTime(lockedUntil) });
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }

  if (!user.active) {
    await runAudited(db, actor, async (w) => {
      w.audit({ action: 'auth.login_failed', subjectType: 'user', subjectId: user.id, new: { ...attempt, reason: 'disabled' } });
    });
    throw new AppError('AUTH_ACCOUNT_DISABLED');
  }

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + settings.sessionMaxHours * 3_600_000);
  await runAudited(db, actor, async (w) => {
    await w.tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await w.tx.insert(sessions).values({
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
  const caseload = await caseloadOf(db, [user.id]);
  return { token, csrfToken, expiresAt, principal: toPrincipal(user, caseload.get(user.id) ?? []) };
}

function formatTime(date: Date): string {
  return `${date.toISOString().slice(11, 16)} UTC`;
}
