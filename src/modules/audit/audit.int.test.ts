import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { createCentre } from '../estate/index.ts';
import { listAuditEntries, runAudited, SYSTEM_ACTOR, verifyAuditChain } from './index.ts';

const actor = { actor: { id: null, username: 'tester' }, requestId: 'req-12345678' };
const centre = (code: string) => ({
  code, name: `Centro ${code}`, city: 'Machala', province: 'El Oro', type: 'CPL' as const, sex: 'M' as const, authority: 'police' as const, timezone: 'America/Guayaquil',
});

describe('audit log', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('writes the audit entry in the same transaction as the change', async () => {
    await createCentre(db.db, actor, centre('MAC'));
    const [entry] = await listAuditEntries(db.db, { subjectType: 'centre', subjectId: 'MAC' });
    expect(entry).toMatchObject({ action: 'centre.created', actorUsername: 'tester', centre: 'MAC', requestId: 'req-12345678' });
    expect(entry?.newValues).toMatchObject({ code: 'MAC', authority: 'police' });
  });

  it('rolls back a write that records no audit entry', async () => {
    const before = await db.raw('select count(*)::int as n from centres');
    await expect(
      runAudited(db.db, actor, async (w) => {
        await w.tx.execute(`insert into centres (code, name, city, province, type, sex, authority) values ('X1','x','x','x','CPL','M','snai')`);
      }),
    ).rejects.toThrow(AppError);
    expect(await db.raw('select count(*)::int as n from centres')).toEqual(before);
    expect(await db.raw(`select * from centres where code = 'X1'`)).toHaveLength(0);
  });

  it('rolls back the audit entry when the change fails', async () => {
    const [{ n: before }] = (await db.raw('select count(*)::int as n from audit_log')) as [{ n: number }];
    await expect(createCentre(db.db, actor, centre('MAC'))).rejects.toThrow(/already exists/);
    const [{ n: after }] = (await db.raw('select count(*)::int as n from audit_log')) as [{ n: number }];
    expect(after).toBe(before);
  });

  it('chains each centre\'s entries: gapless sequence, each linked to the previous hash', async () => {
    for (const code of ['A1', 'A2', 'A3']) await createCentre(db.db, { actor: SYSTEM_ACTOR }, centre(code));
    await runAudited(db.db, actor, async (w) => {
      w.audit({ action: 'centre.authority_changed', subjectType: 'centre', subjectId: 'MAC', centre: 'MAC' });
      w.audit({ action: 'user.created', subjectType: 'user', subjectId: 'u1' });
    });
    const rows = await db.raw('select chain, seq, prev_hash, hash from audit_log order by chain, seq');
    const chains = new Map<string, typeof rows>();
    for (const row of rows) chains.set(row.chain as string, [...(chains.get(row.chain as string) ?? []), row]);
    expect([...chains.keys()].sort()).toEqual(['*', 'A1', 'A2', 'A3', 'MAC']);
    for (const chain of chains.values()) {
      chain.forEach((row, i) => {
        expect(Number(row.seq)).toBe(i + 1);
        expect(row.prev_hash).toBe(i === 0 ? '0'.repeat(64) : chain[i - 1]?.hash);
      });
    }
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true, entries: rows.length });
  });

  it('keeps every chain intact under concurrent writers, in one centre and across centres', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => createCentre(db.db, actor, centre(`C${i}`))));
    await Promise.all(
      Array.from({ length: 12 }, () =>
        runAudited(db.db, actor, async (w) => {
          w.audit({ action: 'centre.authority_changed', subjectType: 'centre', subjectId: 'MAC', centre: 'MAC' });
          w.audit({ action: 'centre.authority_changed', subjectType: 'centre', subjectId: 'A1', centre: 'A1' });
        }),
      ),
    );
    const verdict = await verifyAuditChain(db.db);
    expect(verdict).toMatchObject({ ok: true });
    if (verdict.ok) expect(verdict.chains.find((c) => c.chain === 'MAC')?.entries).toBe(14);
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    await expect(db.raw(`update audit_log set actor_username = 'someone' where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(db.raw('delete from audit_log where seq = 1')).rejects.toThrow(/append-only/);
    await expect(db.raw('truncate audit_log')).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true });
  });

  it('finds a tampered entry: altered content, then a removed entry, naming chain and place', async () => {
    await db.raw('alter table audit_log disable trigger audit_log_no_update_delete');
    await db.raw(`update audit_log set new_values = '{"code":"FORGED"}' where chain = 'MAC' and seq = 3`);
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: false, chain: 'MAC', brokenAt: 3, reason: 'hash' });
    await db.raw(`delete from audit_log where chain = 'MAC' and seq = 3`);
    await db.raw('alter table audit_log enable trigger audit_log_no_update_delete');
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: false, chain: 'MAC', brokenAt: 3, reason: 'gap' });
  });
});
