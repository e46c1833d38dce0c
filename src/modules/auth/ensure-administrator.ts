import type { Database } from '../../db/engine.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { createUser } from './manage-users.ts';
import { checkPasswordRules } from './passwords.ts';
import { countUsers } from './repository.ts';

/**
 * On an empty database, creates the administrator `admin` with the given password, or a
 * generated one that is returned so it can be shown once. Does nothing if any user exists. A
 * given password must follow the same rules as any other (password-rules.ts).
 */
export async function ensureAdministrator(
  db: Database,
  password: string | undefined,
): Promise<{ created: false } | { created: true; generatedPassword?: string }> {
  if ((await countUsers(db)) > 0) return { created: false };
  const administrator = { username: 'admin', displayName: 'Administrador' };
  // Refused as the setting it came from, so the operator knows what to change.
  if (password !== undefined) checkPasswordRules(password, administrator, 'CUSTODIA_ADMIN_PASSWORD');
  const { generatedPassword } = await createUser(
    db,
    { actor: SYSTEM_ACTOR },
    { ...administrator, password, roles: ['admin'], caseload: { all: true, centres: [] } },
  );
  return generatedPassword ? { created: true, generatedPassword } : { created: true };
}
