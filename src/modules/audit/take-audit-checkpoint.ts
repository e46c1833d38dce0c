import type { KeyObject } from 'node:crypto';
import type { Database } from '../../db/engine.ts';
import { keyFingerprint, signCheckpoint } from './checkpoint-signature.ts';
import { insertCheckpoint, readChainTails } from './repository.ts';
import { nowIn, runAudited, type AuditContext } from './run-audited.ts';
import type { AuditCheckpoint } from './schemas.ts';

/**
 * Signs the head (seq, hash) of every chain with the checkpoint key and stores the checkpoint
 * (append-only); the caller exports it outside the database too. Audited (`audit.checkpointed`,
 * on the national chain, after the heads were read).
 */
export async function takeAuditCheckpoint(db: Database, context: AuditContext, privateKey: KeyObject): Promise<AuditCheckpoint> {
  return runAudited(db, context, async (w) => {
    const heads = await readChainTails(w.tx);
    const checkpoint = signCheckpoint(nowIn(context), heads, privateKey);
    await insertCheckpoint(w.tx, { at: new Date(checkpoint.at), heads: checkpoint.heads, publicKey: checkpoint.publicKey, signature: checkpoint.signature });
    w.audit({
      action: 'audit.checkpointed',
      subjectType: 'audit',
      subjectId: checkpoint.at,
      new: { chains: heads.length, key: keyFingerprint(checkpoint.publicKey) },
    });
    return checkpoint;
  });
}
