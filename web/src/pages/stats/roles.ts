import { EVERY_ROLE } from '../../../../src/kernel/access.ts';
import type { User } from '../../api.ts';

/**
 * Who may read official statistics, as the server allows it (src/modules/stats/policy.ts): every
 * signed-in role, each for the centres of their caseload (the server keeps to it).
 */
export function mayReadStats(user: Pick<User, 'roles'>): boolean {
  return user.roles.some((role) => EVERY_ROLE.includes(role));
}
