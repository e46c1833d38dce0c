import { eq } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { sessions } from './schema.ts';

/** Ends a session: the token stops working at once. */
export async function logOut(db: Database, context: AuditContext, tokenHash: string): Promise<void> {
  await runAudited(db, context, async (w) => {
    await w.tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    w.audit({ action: 'auth.logout', subjectType: 'user', subjectId: context.actor.id ?? context.actor.username });
  });
}
