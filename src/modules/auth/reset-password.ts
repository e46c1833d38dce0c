import { eq } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { getUser, type UserSummary } from './manage-users.ts';
import { generatePassword, hashPassword } from './passwords.ts';
import { deleteSessionsOf, findUserByUsername } from './repository.ts';
import { users } from './schema.ts';

/**
 * An administrator's reset of someone else's password: a generated one-time password replaces
 * it (returned once, to be handed over; never stored in clear, logged or audited), every session
 * of the user ends, a lockout is lifted, and the user must choose a new password at the next
 * login before doing anything else. One's own password is changed with `changePassword`.
 */
export async function resetPassword(
  db: Database,
  context: AuditContext,
  username: string,
): Promise<{ user: UserSummary; oneTimePassword: string }> {
  const user = await findUserByUsername(db, username);
  if (!user) throw new AppError('USER_NOT_FOUND', { username }, 'username');
  if (context.actor.id === user.id) throw new AppError('USER_SELF_RESET', {}, 'username');
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await runAudited(db, context, async (w) => {
    await w.tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: nowIn(context), mustChangePassword: true, failedLogins: 0, lockedUntil: null })
      .where(eq(users.id, user.id));
    await deleteSessionsOf(w.tx, user.id);
    // What changed, never the password or its hash.
    w.audit({
      action: 'user.password_reset',
      subjectType: 'user',
      subjectId: user.id,
      old: { mustChangePassword: user.mustChangePassword, lockedUntil: user.lockedUntil },
      new: { mustChangePassword: true, sessionsEnded: true },
    });
  });
  return { user: await getUser(db, user.username, { now: () => nowIn(context) }), oneTimePassword };
}
