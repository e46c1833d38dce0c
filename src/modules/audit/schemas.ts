import { z } from 'zod';
import { instantText, isoInstant } from '../../kernel/fields.ts';
import { pageSchema, pageWindowFields } from '../../kernel/paging.ts';

/**
 * The audit log's request and response shapes. The API validates with them, the web derives its
 * types from them and checks responses against them. Browser-safe: zod and the kernel only.
 */

/**
 * `GET /audit`: filters, newest first, a page at a time (`limit`, `offset`: the shared paging;
 * `before` also pages backwards by `seq`, for a script reading the whole log). `from` (inclusive) and
 * `to` (exclusive) are instants with their offset: the web sends the start of the days chosen on
 * the clock of the centre filtered (else the national one). `centre`: a centre's code, or `*` for
 * the entries of no centre.
 */
export const auditQueryInputSchema = z.object({
  from: isoInstant().optional(),
  to: isoInstant().optional(),
  centre: z.string().max(40).optional(),
  action: z.string().max(60).optional(),
  subjectType: z.string().max(60).optional(),
  subjectId: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  before: z.coerce.number().int().positive().optional(),
  ...pageWindowFields,
});
export type AuditQueryInput = z.input<typeof auditQueryInputSchema>;

/** One entry of the log as the API sends it. */
export const auditEntrySchema = z.object({
  /** The order in which entries were written, across chains (use it to page with `before`). */
  seq: z.number().int(),
  chain: z.string(),
  chainSeq: z.number().int(),
  at: instantText,
  actorUsername: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  centre: z.string().nullable(),
  oldValues: z.unknown(),
  newValues: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

/** `GET /audit`: `total` entries match the filters; `items` are those from `offset`. */
export const auditEntryListSchema = pageSchema(auditEntrySchema);
export type AuditEntryList = z.infer<typeof auditEntryListSchema>;

/** The head of one chain: how many entries it holds, its last sequence number and hash. */
export const chainHeadSchema = z.object({ chain: z.string(), entries: z.number().int(), lastSeq: z.number().int(), lastHash: z.string() });
export type ChainHeadView = z.infer<typeof chainHeadSchema>;

/**
 * Why the log fails verification. In a chain: `gap` (an entry removed), `link` (an entry that does
 * not name the previous one's hash), `hash` (an entry altered). Against a signed checkpoint taken
 * earlier: `truncated` (entries cut off the end), `chain_missing` (a whole chain deleted),
 * `checkpoint_mismatch` (an entry rewritten, hashes recomputed). `checkpoint_signature`: a
 * checkpoint whose signature does not verify (not used as evidence). The database's guards:
 * `replication_role` (triggers do not fire in this session), `trigger_disabled` (an append-only
 * trigger missing or disabled).
 */
export const CHAIN_BREAK_REASONS = [
  'gap',
  'link',
  'hash',
  'truncated',
  'chain_missing',
  'checkpoint_mismatch',
  'checkpoint_signature',
  'replication_role',
  'trigger_disabled',
] as const;
export type ChainBreakReason = (typeof CHAIN_BREAK_REASONS)[number];

/** One break: the chain and sequence number where it is (null for the log as a whole). */
export const chainBreakSchema = z.object({
  chain: z.string().nullable(),
  seq: z.number().int().nullable(),
  reason: z.enum(CHAIN_BREAK_REASONS),
  /** The checkpoint's time for checkpoint reasons, the trigger's name or the session's role for the guards. */
  detail: z.string().optional(),
});
export type ChainBreak = z.infer<typeof chainBreakSchema>;

/** `GET /audit/verify`: every chain checked to its end and against every checkpoint; every break found. */
export const chainVerdictSchema = z.object({
  ok: z.boolean(),
  /** Entries read, in all chains. */
  entries: z.number().int(),
  chains: z.array(chainHeadSchema),
  breaks: z.array(chainBreakSchema),
  checkpoints: z.object({
    /** Checkpoints whose signature verified and against which the chains were compared. */
    checked: z.number().int(),
    latest: instantText.nullable(),
    /** Fingerprints of the keys that signed them. */
    keys: z.array(z.string()),
    /** The fingerprint of the key they had to be signed with; null: each was checked against its own key. */
    trustedKey: z.string().nullable(),
  }),
});
export type ChainVerdictView = z.infer<typeof chainVerdictSchema>;

/** The head of one chain as a checkpoint signs it. */
export const checkpointHeadSchema = z.object({
  chain: z.string(),
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CheckpointHead = z.infer<typeof checkpointHeadSchema>;

/**
 * A signed checkpoint, as stored and as exported (one JSON line each): Ed25519 signature (base64)
 * over the canonical JSON of `{ version, at, heads, publicKey }`; `publicKey` is SPKI DER, base64.
 */
export const auditCheckpointSchema = z.object({
  version: z.literal(1),
  at: instantText,
  heads: z.array(checkpointHeadSchema),
  publicKey: z.string().min(1),
  signature: z.string().min(1),
});
export type AuditCheckpoint = z.infer<typeof auditCheckpointSchema>;
