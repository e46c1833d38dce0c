import type { Database } from '../../db/engine.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { createUser } from './manage-users.ts';
import { countUsers } from './repository.ts';

/**
 * On an empty database, creates the administrator `admin` with the given password, or a
 * generated one that is returned so it can be shown once. Does nothing if any user exists.
 */
export async function ensureAdministrator(
  db: Database,
  password: string | undefined,
): Promise<{ created: false } | { created: true; generatedPassword?: string }> {
  if ((await countUsers(db)) > 0) return { created: false };
  const { generatedPassword } = await createUser(
    db,
    { actor: SYSTEM_ACTOR },
    { username: 'admin', displayName: 'Administrador', password, roles: ['admin'], caseload: { all: true, centres: [] } },
  );
  return generatedPassword ? { created: true, generatedPassword } : { created: true };
}
