import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../kernel/canonical-json.ts';
import type { AuditCheckpoint, CheckpointHead } from './schemas.ts';

/** The public key as checkpoints carry it: SPKI DER, base64. */
export function publicKeyText(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** A short name for a public key, to compare by eye: `ed25519:` and 16 hex digits of its SHA-256. */
export function keyFingerprint(publicKey: string | KeyObject): string {
  const der = Buffer.from(typeof publicKey === 'string' ? publicKey : publicKeyText(publicKey), 'base64');
  return `ed25519:${createHash('sha256').update(der).digest('hex').slice(0, 16)}`;
}

function signedBytes(checkpoint: Omit<AuditCheckpoint, 'signature'>): Buffer {
  const { version, at, heads, publicKey } = checkpoint;
  return Buffer.from(canonicalJson({ version, at, heads: heads.map(({ chain, seq, hash }) => ({ chain, seq, hash })), publicKey }));
}

/** Signs the heads of the chains at `at` with an Ed25519 private key. */
export function signCheckpoint(at: Date, heads: CheckpointHead[], privateKey: KeyObject): AuditCheckpoint {
  const body = { version: 1 as const, at: at.toISOString(), heads, publicKey: publicKeyText(privateKey) };
  return { ...body, signature: sign(null, signedBytes(body), privateKey).toString('base64') };
}

/**
 * Whether the checkpoint's signature verifies: against `trusted` when given (a checkpoint signed
 * by another key fails), else against the key the checkpoint names.
 */
export function hasValidSignature(checkpoint: AuditCheckpoint, trusted?: KeyObject): boolean {
  try {
    if (trusted && publicKeyText(trusted) !== checkpoint.publicKey) return false;
    const key = trusted ?? createPublicKey({ key: Buffer.from(checkpoint.publicKey, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, signedBytes(checkpoint), key, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}
