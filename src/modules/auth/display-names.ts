import { inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { users } from './schema.ts';

/**
 * The display names of these users, by username (as other modules keep who did what). A username
 * that is not a user's (an import's, a removed account's) is not in the map: show the username.
 */
export async function displayNamesOf(db: Queryable, usernames: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(usernames)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ username: users.username, displayName: users.displayName }).from(users).where(inArray(users.username, wanted));
  return new Map(rows.map((row) => [row.username, row.displayName || row.username]));
}
