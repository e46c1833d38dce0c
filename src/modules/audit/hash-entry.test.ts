import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashEntry, type ChainedEntry } from './hash-entry.ts';

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
