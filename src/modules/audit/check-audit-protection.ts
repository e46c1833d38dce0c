import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { IMMUTABILITY_TRIGGERS, readTriggerGuards } from './repository.ts';
import type { ChainBreak } from './schemas.ts';

/**
 * What would let a row of the log or of its checkpoints be changed without the database refusing:
 * this session's `session_replication_role` other than `origin` (triggers do not fire), or an
 * append-only trigger missing or disabled. A superuser can still bypass both; the checkpoints
 * exported outside the database catch what that leaves behind.
 */
export async function findAuditProtectionBreaks(db: Queryable): Promise<ChainBreak[]> {
  const guards = await readTriggerGuards(db);
  const breaks: ChainBreak[] = [];
  if (guards.replicationRole !== 'origin') breaks.push({ chain: null, seq: null, reason: 'replication_role', detail: guards.replicationRole });
  for (const { name } of IMMUTABILITY_TRIGGERS) {
    const found = guards.triggers.find((t) => t.name === name);
    // `O`: fires in origin and local mode; `A`: always. `D` is disabled, `R` fires only in replica mode.
    if (!found || !['O', 'A'].includes(found.enabled)) breaks.push({ chain: null, seq: null, reason: 'trigger_disabled', detail: name });
  }
  return breaks;
}

/** Refuses (AUDIT_UNPROTECTED) when the log is not protected: the server checks this at start. */
export async function assertAuditProtected(db: Queryable): Promise<void> {
  const breaks = await findAuditProtectionBreaks(db);
  if (breaks.length > 0) {
    throw new AppError('AUDIT_UNPROTECTED', { detail: breaks.map((b) => `${b.reason}: ${b.detail ?? ''}`).join(', ') });
  }
}
