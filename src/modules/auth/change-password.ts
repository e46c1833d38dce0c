import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords.ts';
import type { Principal } from '../../kernel/access.ts';
import { findUserByUsername } from './repository.ts';
import { sessions, users } from './schema.ts';

/**
 * Changes the user's own password after checking the current one. Every other session of the
 * user is closed: whoever might have the old password loses access.
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
  checkPasswordRules(input.newPassword, user.username);
  const passwordHash = await hashPassword(input.newPassword);
  await runAudited(db, context, async (w) => {
    await w.tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, user.id));
    const others = input.keepSession
      ? and(eq(sessions.userId, user.id), ne(sessions.tokenHash, input.keepSession))
      : eq(sessions.userId, user.id);
    await w.tx.delete(sessions).where(others);
    w.audit({ action: 'auth.password_changed', subjectType: 'user', subjectId: user.id });
  });
}
