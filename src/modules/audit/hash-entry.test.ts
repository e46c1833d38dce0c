import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashEntry, storableText, toJsonValue, type ChainedEntry } from './hash-entry.ts';

const entry: ChainedEntry = {
  chain: 'MAC',
  seq: 1,
  at: new Date('2025-09-22T06:00:00.000Z'),
  actorId: null,
  actorUsername: 'system',
  action: 'centre.created',
  subjectType: 'centre',
  subjectId: 'MAC',
  centre: 'MAC',
  oldValues: null,
  newValues: { code: 'MAC', name: 'Machala' },
  requestId: null,
  prevHash: GENESIS_HASH,
};

describe('audit entry hash', () => {
  it('is a SHA-256 that changes with any field, including the previous hash', () => {
    const base = hashEntry(entry);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEntry({ ...entry, newValues: { name: 'Machala', code: 'MAC' } })).toBe(base);
    expect(hashEntry({ ...entry, newValues: { code: 'MAC', name: 'Machala ' } })).not.toBe(base);
    expect(hashEntry({ ...entry, seq: 2 })).not.toBe(base);
    expect(hashEntry({ ...entry, chain: 'LIT' })).not.toBe(base);
    expect(hashEntry({ ...entry, at: new Date('2025-09-22T06:00:00.001Z') })).not.toBe(base);
    expect(hashEntry({ ...entry, prevHash: 'f'.repeat(64) })).not.toBe(base);
  });
});

describe('storable text', () => {
  it('replaces lone surrogates with U+FFFD, keeps pairs, and drops NUL, as PostgreSQL would store it', () => {
    expect(storableText('a\ud800b')).toBe('a\ufffdb');
    expect(storableText('\udc00x\ud83d')).toBe('\ufffdx\ufffd');
    expect(storableText('ok \ud83d\ude00')).toBe('ok \ud83d\ude00');
    expect(storableText('a\u0000b')).toBe('ab');
    expect(toJsonValue({ 'k\ud800': ['v\u0000', 1, null] })).toEqual({ 'k\ufffd': ['v', 1, null] });
  });
});
