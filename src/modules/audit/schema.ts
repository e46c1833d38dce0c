import { bigint, bigserial, char, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit log: append-only and hash-chained. Entries form one chain per centre (`chain` is
 * the centre's code, `*` for entries of no centre), so that centres write concurrently. In a
 * chain, `seq` is gapless and `hash` covers the canonical entry and the previous entry's hash:
 * a changed, removed or reordered row breaks it. `id` orders all entries as they were written.
 * The database itself refuses UPDATE, DELETE and TRUNCATE (migration 0001).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
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
    uniqueIndex('audit_log_chain_seq_idx').on(t.chain, t.seq),
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_log_actor_idx').on(t.actorId),
    index('audit_log_at_idx').on(t.at),
  ],
);

/**
 * Signed checkpoints: the head (seq and hash) of every chain at a moment, signed with an Ed25519
 * key that the database cannot read. A copy is also exported outside the database. A chain cut
 * short, deleted, or rewritten with recomputed hashes no longer matches a checkpoint taken before.
 * Append-only like the log (migration 0003).
 */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    /** `[{ chain, seq, hash }]`, one per chain, in chain order. */
    heads: jsonb('heads').notNull(),
    /** The signer's Ed25519 public key (SPKI DER, base64). */
    publicKey: text('public_key').notNull(),
    /** Ed25519 signature (base64) over the canonical `{ version, at, heads, publicKey }`. */
    signature: text('signature').notNull(),
  },
  (t) => [index('audit_checkpoints_at_idx').on(t.at)],
);
