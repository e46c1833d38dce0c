import './errors.ts';
/** The audit log: append-only, hash-chained, written inside the transaction of every change, anchored by signed checkpoints. */
export { AUDIT_ACTIONS, isAuditAction, type AuditAction } from './catalogue.ts';
export { chainOf, NATIONAL_CHAIN, nowIn, onAuditedCommit, runAudited, SYSTEM_ACTOR, type AuditContext, type AuditedTransaction, type AuditEvent } from './run-audited.ts';
export { verifyAuditChain, type ChainHead, type ChainVerdict, type VerifyOptions } from './verify-audit-chain.ts';
export { listAuditEntries, type AuditEntry, type AuditFilter } from './list-audit-entries.ts';
export { assertAuditProtected } from './check-audit-protection.ts';
export { selectAuditedSince as readAuditedSince } from './repository.ts';
export { takeAuditCheckpoint } from './take-audit-checkpoint.ts';
export { keyFingerprint } from './checkpoint-signature.ts';
export { exportCheckpoint, generateCheckpointKey, readCheckpointFile, readCheckpointKey, readPublicKey, trustedCheckpointKey } from './checkpoint-files.ts';
export type { AuditCheckpoint, ChainBreak, ChainBreakReason } from './schemas.ts';
