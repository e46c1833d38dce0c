import { createHash } from 'node:crypto';
import { canonicalJson } from '../../kernel/canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit entry that its hash covers: all of them but the hash itself. */
export interface ChainedEntry {
  chain: string;
  seq: number;
  at: Date;
  actorId: string | null;
  actorUsername: string;
  action: string;
  subjectType: string;
  subjectId: string;
  centre: string | null;
  oldValues: unknown;
  newValues: unknown;
  requestId: string | null;
  prevHash: string;
}

/** SHA-256 over the canonical entry, which includes the previous entry's hash. */
export function hashEntry(entry: ChainedEntry): string {
  const canonical = canonicalJson({ ...entry, at: entry.at.toISOString() });
  return createHash('sha256').update(canonical).digest('hex');
}

/** Values as they will come back from jsonb: plain JSON, no undefined, dates as strings. */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
