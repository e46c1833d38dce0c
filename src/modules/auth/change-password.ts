import { eq } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords.ts';
import type { Principal } from '../../kernel/access.ts';
import { deleteSessionsOf, findUserByUsername } from './repository.ts';
import { users } from './schema.ts';

/**
 * Changes the user's own password after checking the current one. Every other session of the
 * user is closed: whoever might have the old password loses access. A one-time password given by
 * an administrator (resetPassword) is done with once changed.
 */
export async function changePassword(
  db: Database,
  context: AuditContext,
  principal: Principal,
  input: { currentPassword: string; newPassword: string; keepSession?: string },
): Promise<void> {
  const user = await findUserByUsername(db, principal.username);
  if (!user) throw new AppError('AUTH_REQUIRED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('AUTH_WRONG_PASSWORD', {}, 'currentPassword');
  }
  checkPasswordRules(input.newPassword, { username: user.username, displayName: user.displayName }, 'newPassword');
  // The current password was just checked, so comparing with it is comparing with the stored one.
  if (input.newPassword === input.currentPassword) throw new AppError('AUTH_SAME_PASSWORD', {}, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await runAudited(db, context, async (w) => {
    await w.tx.update(users).set({ passwordHash, passwordChangedAt: nowIn(context), mustChangePassword: false }).where(eq(users.id, user.id));
    await deleteSessionsOf(w.tx, user.id, input.keepSession);
    w.audit({
      action: 'auth.password_changed',
      subjectType: 'user',
      subjectId: user.id,
      ...(user.mustChangePassword ? { old: { mustChangePassword: true }, new: { mustChangePassword: false } } : {}),
    });
  });
}
