import { bigint, char, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit log: append-only and hash-chained. `seq` is gapless and `hash` covers the canonical
 * entry and the previous entry's hash, so a changed, removed or reordered row breaks the chain.
 * The database itself refuses UPDATE, DELETE and TRUNCATE (migration 0001).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    centre: text('centre'),
    oldValues: jsonb('old_values'),
    newValues: jsonb('new_values'),
    requestId: text('request_id'),
    prevHash: char('prev_hash', { length: 64 }).notNull(),
    hash: char('hash', { length: 64 }).notNull(),
  },
  (t) => [
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_log_actor_idx').on(t.actorId),
    index('audit_log_at_idx').on(t.at),
  ],
);
