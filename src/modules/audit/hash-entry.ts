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

// A UTF-16 half of a pair standing alone: UTF-8 cannot carry it, the driver sends U+FFFD instead.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as PostgreSQL stores it: lone surrogates become U+FFFD (what the driver's UTF-8 encoding
 * sends anyway) and NUL characters, which text and jsonb refuse, are removed. An entry is made of
 * this text before it is hashed, so the hash covers exactly what is stored.
 */
export function storableText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replaceAll('\u0000', '');
}

/** Values as they will come back from jsonb: plain JSON, no undefined, dates as strings, storable text. */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : storableJson(JSON.parse(JSON.stringify(value)) as unknown);
}

function storableJson(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storableJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storableJson(v)]));
  }
  return value;
}
