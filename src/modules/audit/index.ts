import './errors.ts';
/** The audit log: append-only, hash-chained, written inside the transaction of every change. */
export { AUDIT_ACTIONS, isAuditAction, type AuditAction } from './catalogue.ts';
export { chainOf, NATIONAL_CHAIN, nowIn, onAuditedCommit, runAudited, SYSTEM_ACTOR, type AuditContext, type AuditedTransaction, type AuditEvent } from './run-audited.ts';
export { verifyAuditChain, type ChainHead, type ChainVerdict } from './verify-audit-chain.ts';
export { listAuditEntries, type AuditEntry, type AuditFilter } from './list-audit-entries.ts';
