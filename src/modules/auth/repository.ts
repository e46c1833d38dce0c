import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { isLanguage } from '../../kernel/language.ts';
import { isRole, type Principal } from '../../kernel/access.ts';
import { sessions, userCaseloads, users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return row;
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

export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
