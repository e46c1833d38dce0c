import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { AppError } from '../../kernel/errors.ts';
import { auditCheckpointSchema, type AuditCheckpoint } from './schemas.ts';

/**
 * The files of checkpointing, outside the database: the signing key (readable by its owner
 * only, never by the database) and the exported checkpoints (JSON lines, for another system).
 */

/** Writes a new Ed25519 private key to `file` (mode 0600, never over an existing file); returns the public key (PEM). */
export function generateCheckpointKey(file: string): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  try {
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('AUDIT_KEY_EXISTS', { file });
    throw error;
  }
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** Reads the signing key; refuses one that others than its owner may read. */
export function readCheckpointKey(file: string): KeyObject {
  if (!existsSync(file)) throw new AppError('AUDIT_KEY_MISSING', { file });
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    throw new AppError('AUDIT_KEY_EXPOSED', { file });
  }
  try {
    const key = createPrivateKey(readFileSync(file));
    if (key.asymmetricKeyType === 'ed25519') return key;
  } catch {
    // reported below
  }
  throw new AppError('AUDIT_KEY_INVALID', { file });
}

/** A public key given as PEM text, a file holding it (or the private key), or base64 SPKI DER. */
export function readPublicKey(given: string): KeyObject {
  let key: KeyObject | undefined;
  try {
    if (given.includes('-----BEGIN')) key = createPublicKey(given);
    else if (existsSync(given)) key = createPublicKey(readFileSync(given));
    else key = createPublicKey({ key: Buffer.from(given, 'base64'), format: 'der', type: 'spki' });
  } catch {
    key = undefined;
  }
  if (key?.asymmetricKeyType !== 'ed25519') throw new AppError('AUDIT_KEY_INVALID', { file: given.slice(0, 80) });
  return key;
}

/**
 * The key a server or command trusts checkpoints to be signed with: the public key it was given
 * (CUSTODIA_AUDIT_PUBLIC_KEY), else the public half of its own signing key (CUSTODIA_AUDIT_KEY),
 * else none (each checkpoint is then checked against the key it names, which a forger chooses).
 */
export function trustedCheckpointKey(settings: { publicKey?: string | undefined; keyFile?: string | undefined }): KeyObject | undefined {
  if (settings.publicKey) return readPublicKey(settings.publicKey);
  if (settings.keyFile) return createPublicKey(readCheckpointKey(settings.keyFile));
  return undefined;
}

/** Appends one checkpoint to the export file (one JSON line each; the file is created if missing). */
export function exportCheckpoint(file: string, checkpoint: AuditCheckpoint): void {
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o644 });
}

/** Reads an export file; a line that is not a checkpoint is refused with its number. */
export function readCheckpointFile(file: string): AuditCheckpoint[] {
  if (!existsSync(file)) throw new AppError('AUDIT_CHECKPOINT_FILE_INVALID', { file, line: 0 });
  const checkpoints: AuditCheckpoint[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (text.trim() === '') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const result = auditCheckpointSchema.safeParse(parsed);
      if (!result.success) throw new AppError('AUDIT_CHECKPOINT_FILE_INVALID', { file, line: i + 1 });
      checkpoints.push(result.data);
    });
  return checkpoints;
}
