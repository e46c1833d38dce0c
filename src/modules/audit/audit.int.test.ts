import { describe, expect, it } from 'vitest';
import { type TestDatabase, useTestDatabase } from '../../db/testing/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { createCentre } from '../estate/index.ts';
import { listAuditEntries, runAudited, SYSTEM_ACTOR, verifyAuditChain } from './index.ts';

const actor = { actor: { id: null, username: 'tester' }, requestId: 'req-12345678' };
const centre = (code: string) => ({
  code, name: `Centro ${code}`, city: 'Machala', province: 'El Oro', type: 'CPL' as const, sex: 'M' as const, authority: 'police' as const, timezone: 'America/Guayaquil',
});
let made = 0;
/** A centre code no other test uses (each centre has an audit chain of its own). */
const newCode = () => `AU${(made += 1)}`;

/** Creates centres under fresh codes, one after the other, and returns their codes. */
async function createCentres(db: TestDatabase, count: number): Promise<string[]> {
  const codes = Array.from({ length: count }, newCode);
  for (const code of codes) await createCentre(db.db, { actor: SYSTEM_ACTOR }, centre(code));
  return codes;
}

/** Writes `times` entries on a centre's chain, each in a transaction of its own. */
async function auditCentre(db: TestDatabase, code: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    await runAudited(db.db, actor, async (w) => w.audit({ action: 'centre.authority_changed', subjectType: 'centre', subjectId: code, centre: code }));
  }
}

const auditCount = async (db: TestDatabase) => ((await db.raw('select count(*)::int as n from audit_log')) as [{ n: number }])[0].n;

describe('audit log', () => {
  const db = useTestDatabase();

  it('writes the audit entry in the same transaction as the change', async () => {
    const code = newCode();
    await createCentre(db.db, actor, centre(code));
    const [entry] = await listAuditEntries(db.db, { subjectType: 'centre', subjectId: code });
    expect(entry).toMatchObject({ action: 'centre.created', actorUsername: 'tester', centre: code, requestId: 'req-12345678' });
    expect(entry?.newValues).toMatchObject({ code, authority: 'police' });
  });

  it('rolls back a write that records no audit entry', async () => {
    const code = newCode();
    const before = await db.raw('select count(*)::int as n from centres');
    await expect(
      runAudited(db.db, actor, async (w) => {
        await w.tx.execute(`insert into centres (code, name, city, province, type, sex, authority) values ('${code}','x','x','x','CPL','M','snai')`);
      }),
    ).rejects.toThrow(AppError);
    expect(await db.raw('select count(*)::int as n from centres')).toEqual(before);
    expect(await db.raw(`select * from centres where code = $1`, [code])).toHaveLength(0);
  });

  it('rolls back the audit entry when the change fails', async () => {
    const [code] = (await createCentres(db, 1)) as [string];
    const before = await auditCount(db);
    await expect(createCentre(db.db, actor, centre(code))).rejects.toThrow(/already exists/);
    expect(await auditCount(db)).toBe(before);
  });

  it('chains each centre\'s entries: gapless sequence, each linked to the previous hash', async () => {
    const [a1, a2, a3, other] = (await createCentres(db, 4)) as [string, string, string, string];
    const user = `u-${other}`;
    await runAudited(db.db, actor, async (w) => {
      w.audit({ action: 'centre.authority_changed', subjectType: 'centre', subjectId: other, centre: other });
      w.audit({ action: 'user.created', subjectType: 'user', subjectId: user });
    });
    // A centre's entries go on its own chain, everything else on the national one, '*'.
    const chainOf = async (subject: string) => (await db.raw('select chain from audit_log where subject_id = $1 order by id', [subject])).map((r) => r.chain);
    expect(await chainOf(a1)).toEqual([a1]);
    expect(await chainOf(a2)).toEqual([a2]);
    expect(await chainOf(a3)).toEqual([a3]);
    expect(await chainOf(other)).toEqual([other, other]);
    expect(await chainOf(user)).toEqual(['*']);
    const rows = await db.raw('select chain, seq, prev_hash, hash from audit_log order by chain, seq');
    const chains = new Map<string, typeof rows>();
    for (const row of rows) chains.set(row.chain as string, [...(chains.get(row.chain as string) ?? []), row]);
    expect([...chains.keys()]).toEqual(expect.arrayContaining(['*', a1, a2, a3, other]));
    for (const chain of chains.values()) {
      chain.forEach((row, i) => {
        expect(Number(row.seq)).toBe(i + 1);
        expect(row.prev_hash).toBe(i === 0 ? '0'.repeat(64) : chain[i - 1]?.hash);
      });
    }
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true, entries: rows.length });
  });

  it('keeps every chain intact under concurrent writers, in one centre and across centres', async () => {
    const [one, two] = (await createCentres(db, 2)) as [string, string];
    await Promise.all(Array.from({ length: 12 }, () => createCentre(db.db, actor, centre(newCode()))));
    await Promise.all(
      Array.from({ length: 12 }, () =>
        runAudited(db.db, actor, async (w) => {
          w.audit({ action: 'centre.authority_changed', subjectType: 'centre', subjectId: one, centre: one });
          w.audit({ action: 'centre.authority_changed', subjectType: 'centre', subjectId: two, centre: two });
        }),
      ),
    );
    const verdict = await verifyAuditChain(db.db);
    expect(verdict).toMatchObject({ ok: true });
    // Created, then 12 changes each.
    expect([one, two].map((code) => verdict.chains.find((c) => c.chain === code)?.entries)).toEqual([13, 13]);
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    const [code] = (await createCentres(db, 1)) as [string];
    const first = `chain = '${code}' and seq = 1`;
    await expect(db.raw(`update audit_log set actor_username = 'someone' where ${first}`)).rejects.toThrow(/append-only/);
    await expect(db.raw(`delete from audit_log where ${first}`)).rejects.toThrow(/append-only/);
    await expect(db.raw('truncate audit_log')).rejects.toThrow(/append-only/);
    expect(await db.raw(`select actor_username from audit_log where ${first}`)).toEqual([{ actor_username: SYSTEM_ACTOR.username }]);
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true });
  });
});

describe('audit log tampered with behind the application', () => {
  // A database of its own: once tampered with, every later check of the log fails.
  const db = useTestDatabase();

  it('finds a tampered entry: altered content, then a removed entry, naming chain and place', async () => {
    const [code] = (await createCentres(db, 1)) as [string];
    await auditCentre(db, code, 3);
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true });
    await db.raw('alter table audit_log disable trigger audit_log_no_update_delete');
    await db.raw(`update audit_log set new_values = '{"code":"FORGED"}' where chain = $1 and seq = 3`, [code]);
    // While the trigger is off, verification says so too.
    expect((await verifyAuditChain(db.db)).breaks).toEqual([
      { chain: null, seq: null, reason: 'trigger_disabled', detail: 'audit_log_no_update_delete' },
      { chain: code, seq: 3, reason: 'hash' },
    ]);
    await db.raw(`delete from audit_log where chain = $1 and seq = 3`, [code]);
    await db.raw('alter table audit_log enable trigger audit_log_no_update_delete');
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: false, breaks: [{ chain: code, seq: 3, reason: 'gap' }] });
  });
});
