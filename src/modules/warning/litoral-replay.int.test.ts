import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/engine.ts';
import { useTestDatabase } from '../../db/testing/index.ts';
import { evaluateWarning } from './evaluate.ts';
import type { Finding } from './signals/facts.ts';
import { admit, buildPavilionCentre, gang, member, move, relate } from './testing.ts';

/**
 * In the spirit of the Litoral, November 2021 (invented people): group A holds pavilion 2 with
 * its leader, its rivals B, C and D hold pavilions 1, 3 and 4; the leader is released on day 0.
 * Beside it, two centres built the same way: one where the groups around are no rivals of the
 * group that lost its leader, one where the group keeps a second leader in the pavilion.
 */
describe('a pavilion that loses its leader among rivals, replayed day by day', { timeout: 180_000 }, () => {
  const t = useTestDatabase();
  /** Day 0: the leaders are released at 10:00 in Guayaquil; each day is evaluated at noon there. */
  const RELEASE = '2021-11-10T15:00:00Z';
  const noonOfDay = (n: number) => new Date(Date.parse('2021-11-10T17:00:00Z') + n * 86_400_000);
  /** Day 4: a new leader of A is placed in pavilion 2 of the Litoral. */
  const NEW_LEADER_DAY = 4;

  let serial = 0;
  /** A centre of four pavilions, the group of pavilion 2 with its leaders, the other three held by `others`. */
  async function centre(db: Database, code: string, groupOfP2: string, leaders: number, others: [string, string, string]): Promise<void> {
    await buildPavilionCentre(db, code, 4);
    const holders: [number, string][] = [
      [1, others[0]],
      [2, groupOfP2],
      [3, others[1]],
      [4, others[2]],
    ];
    for (const [pavilion, group] of holders) {
      const people = pavilion === 2 ? 5 + leaders : 6;
      for (let i = 0; i < people; i++) {
        serial += 1;
        const id = `${code}-${String(serial).padStart(4, '0')}`;
        await admit(db, { id, givenNames: `Persona ${serial}`, familyNames: `Apellido ${group}` }, `${code}-P${pavilion}-A-${(i % 4) + 1}`, '2021-06-01T15:00:00Z', { legalStatus: 'sentenced' });
        const leader = pavilion === 2 ? i < leaders : i === 0;
        await member(db, id, group, leader ? 'leader' : 'member', '2021-06-02', code);
      }
    }
  }

  const vacuum = (findings: readonly Finding[], location: string) => findings.find((f) => f.type === 'leadership_vacuum' && f.location === location);

  beforeAll(async () => {
    const db = t.db;
    for (const g of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K', 'L', 'M', 'N']) await gang(db, `G${g}`, `Grupo ${g}`);
    for (const rival of ['GB', 'GC', 'GD']) await relate(db, 'GA', rival, 'rival', '2021-01-01');
    for (const rival of ['GL', 'GM', 'GN']) await relate(db, 'GK', rival, 'rival', '2021-01-01');
    await centre(db, 'LIT', 'GA', 1, ['GB', 'GC', 'GD']);
    // No one around is a rival of E.
    await centre(db, 'QUI', 'GE', 1, ['GF', 'GG', 'GH']);
    // K keeps a second leader in pavilion 2.
    await centre(db, 'SEC', 'GK', 2, ['GL', 'GM', 'GN']);
    for (const c of ['LIT', 'QUI', 'SEC']) await move(db, `${c}-${firstOfPavilion2(c)}`, 'release', RELEASE);
    await admit(db, { id: 'LIT-NEW', givenNames: 'Nuevo', familyNames: 'Cabecilla' }, 'LIT-P2-A-1', '2021-11-14T14:00:00Z', { legalStatus: 'sentenced' });
    await member(db, 'LIT-NEW', 'GA', 'leader', '2021-11-14', 'LIT');
  }, 180_000);

  /** The register number of the first person of pavilion 2 (its leader) in each centre: 6 people of pavilion 1 come first. */
  function firstOfPavilion2(code: string): string {
    const base = { LIT: 0, QUI: 24, SEC: 48 }[code as 'LIT' | 'QUI' | 'SEC'];
    return String(base + 7).padStart(4, '0');
  }

  it('is critical from the day after the release until a new leader is placed, then gone', async () => {
    for (let day = 1; day <= 6; day++) {
      const [lit] = await evaluateWarning(t.db, { centres: ['LIT'], at: noonOfDay(day) });
      const found = vacuum(lit?.findings ?? [], 'LIT-P2');
      if (day < NEW_LEADER_DAY) {
        expect(found, `day ${day}`).toBeDefined();
        expect(found?.severity, `day ${day}`).toBe('critical');
        expect(found?.persons, `day ${day}`).toContain(`LIT-${firstOfPavilion2('LIT')}`);
        expect(found?.groups, `day ${day}`).toEqual(expect.arrayContaining(['GA', 'GB', 'GC', 'GD']));
      } else {
        expect(found, `day ${day}`).toBeUndefined();
      }
    }
  });

  it('scores lower where the group that lost its leader has no rival in the centre', async () => {
    const [lit, qui] = await evaluateWarning(t.db, { centres: ['LIT', 'QUI'], at: noonOfDay(1) });
    const strong = vacuum(lit?.findings ?? [], 'LIT-P2');
    const weak = vacuum(qui?.findings ?? [], 'QUI-P2');
    expect(strong).toBeDefined();
    expect(weak?.score ?? 0).toBeLessThan(strong?.score ?? 0);
    expect(weak?.severity).not.toBe('critical');
  });

  it('raises nothing where the group keeps a second leader in the pavilion', async () => {
    for (let day = 1; day <= 3; day++) {
      const [sec] = await evaluateWarning(t.db, { centres: ['SEC'], at: noonOfDay(day) });
      expect(sec?.findings.filter((f) => f.type === 'leadership_vacuum'), `day ${day}`).toEqual([]);
    }
  });
});
