import { EVERY_ROLE, type Role } from '../../kernel/access.ts';

/**
 * Who may read official statistics: every signed-in role, each for the centres of their caseload
 * (an officer their centre, headquarters and oversight every centre). The open data is public:
 * aggregates only, small counts suppressed.
 */
export const STATS_PERMISSIONS = {
  'stats.read': EVERY_ROLE,
} as const satisfies Record<string, readonly Role[]>;
