import { and, asc, eq, gt, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { isLanguage } from '../../kernel/language.ts';
import { isRole, type Principal } from '../../kernel/access.ts';
import { sessions, userCaseloads, users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return row;
}

/**
 * Takes one login attempt from the user's allowance before the password is checked, in one
 * UPDATE: concurrent attempts queue on the row, so no more than `maxFailures` of them can ever
 * reach the password check between two successes. The attempt that uses up the allowance locks
 * the account at once (until `lockUntil`); a lock that has run out starts the count afresh.
 * Returns the attempt's number, or null when the account is locked and no password may be checked.
 */
export async function reserveLoginAttempt(
  db: Queryable,
  userId: string,
  limits: { now: Date; maxFailures: number; lockUntil: Date },
): Promise<number | null> {
  const now = sql`${limits.now.toISOString()}::timestamptz`;
  const previous = sql`(case when ${users.lockedUntil} is not null and ${users.lockedUntil} <= ${now} then 0 else ${users.failedLogins} end)`;
  const [row] = await db
    .update(users)
    .set({
      failedLogins: sql`${previous} + 1`,
      lockedUntil: sql`case when ${previous} + 1 >= ${limits.maxFailures}::int then ${limits.lockUntil.toISOString()}::timestamptz else null end`,
    })
    .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, limits.now))))
    .returning({ attempt: users.failedLogins });
  return row?.attempt ?? null;
}

/** Gives the attempts back after a right password: failures count only when consecutive. */
export async function clearLoginFailures(db: Queryable, userId: string): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function insertSession(db: Queryable, session: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(session);
}

/** Ends every session of a user (deactivation, password change), but `keep` if given. */
export async function deleteSessionsOf(db: Queryable, userId: string, keep?: string): Promise<void> {
  await db.delete(sessions).where(keep ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, keep)) : eq(sessions.userId, userId));
}

export async function countUsers(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function caseloadOf(db: Queryable, userIds: string[]): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select()
    .from(userCaseloads)
    .where(inArray(userCaseloads.userId, userIds))
    .orderBy(asc(userCaseloads.centre));
  for (const row of rows) {
    const list = byUser.get(row.userId) ?? [];
    list.push(row.centre);
    byUser.set(row.userId, list);
  }
  return byUser;
}

export function toPrincipal(user: UserRow, centres: string[]): Principal {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles.filter(isRole),
    caseload: { all: user.caseloadAll, centres },
    language: isLanguage(user.language) ? user.language : 'es',
  };
}

export async function listAllUsers(db: Queryable): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.username));
}

export async function replaceCaseload(db: Queryable, userId: string, centres: string[]): Promise<void> {
  await db.delete(userCaseloads).where(eq(userCaseloads.userId, userId));
  if (centres.length > 0) {
    await db.insert(userCaseloads).values(centres.map((centre) => ({ userId, centre })));
  }
}

export async function findLiveSession(db: Queryable, tokenHash: string, idleSince: Date, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, idleSince),
        eq(users.active, true),
      ),
    );
  return row;
}

export async function touchSession(db: Queryable, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

/**
 * Deletes sessions that expired before `now`, at most `limit` of them (oldest first), so a purge
 * done on the way (at login) stays short. Returns how many were deleted.
 */
export async function deleteExpiredSessions(db: Queryable, now: Date, limit = 1000): Promise<number> {
  const expired = db.select({ tokenHash: sessions.tokenHash }).from(sessions).where(lt(sessions.expiresAt, now)).orderBy(asc(sessions.expiresAt)).limit(limit);
  const deleted = await db.delete(sessions).where(inArray(sessions.tokenHash, expired)).returning({ tokenHash: sessions.tokenHash });
  return deleted.length;
}
