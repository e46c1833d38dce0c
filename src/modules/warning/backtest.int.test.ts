import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../db/testing/index.ts';
import { type CliDatabase, cliCopyOf, runCustodia } from '../../cli/testing.ts';
import type { BacktestScore } from './backtest.ts';
import { runBacktest } from './run-backtest.ts';
import { admit, buildPavilionCentre, find, gang, incident, member, move, relate } from './testing.ts';

/*
 * A small invented estate, March 2025 (31 days), worked out by hand.
 *
 * BTV: four pavilions. Group R holds pavilion 2 with its leader; its rivals S hold pavilions 1,
 * 3 and 4 (the Litoral's shape). R's leader is released on 10 March at noon (Guayaquil): a
 * critical leadership vacuum stands from the end of that day. A riot breaks out in pavilion 2
 * on 13 March at 20:00. On 20 March explosives are found in pavilion 4 (a critical alert), and
 * nothing follows there.
 * BTQ: two pavilions of allied groups; one's leader is released on 5 March with no rival in
 * the centre (a low vacuum, not counted); nothing happens.
 *
 * Warning: the riot (13th) was seen 1 and 3 days before (the vacuum stood on the 12th and the
 *   10th), not 7 (the 6th).
 *   Alarms raised in March: the vacuum (true: the riot followed within 7 days) and the find
 *   (false): 2 alarms, 1 false, over 2 centres × 31 days = 2.037 centre-months.
 * Baseline: nothing serious before the riot, so nothing foreseen; from the riot on it stands
 *   at pavilion 2: 1 alarm, false (nothing followed).
 */
describe('the backtest on a small invented estate', { timeout: 180_000 }, () => {
  const t = useTestDatabase();
  let score: BacktestScore;
  const copies: CliDatabase[] = [];
  afterAll(async () => {
    for (const copy of copies) await copy.close();
  });
  /** The database as the command line reaches it: the PostgreSQL URL, or a copy of the embedded one in a folder. */
  const cliTarget = async (): Promise<string> => {
    const copy = await cliCopyOf(t);
    copies.push(copy);
    return copy.target;
  };

  beforeAll(async () => {
    const db = t.db;
    await gang(db, 'R', 'Los Rojos');
    await gang(db, 'S', 'Los Soles');
    await gang(db, 'T', 'Los Toros');
    await gang(db, 'U', 'Las Uvas');
    await relate(db, 'R', 'S', 'rival', '2020-01-01');
    await relate(db, 'T', 'U', 'allied', '2020-01-01');
    await buildPavilionCentre(db, 'BTV', 4, '2024-12-01T12:00:00Z');
    await buildPavilionCentre(db, 'BTQ', 2, '2024-12-01T12:00:00Z');
    const holders: [string, number, string][] = [
      ['BTV', 1, 'S'],
      ['BTV', 2, 'R'],
      ['BTV', 3, 'S'],
      ['BTV', 4, 'S'],
      ['BTQ', 1, 'T'],
      ['BTQ', 2, 'U'],
    ];
    for (const [centre, pavilion, group] of holders) {
      for (let i = 0; i < 4; i++) {
        const id = `${centre}-P${pavilion}-${i}`;
        await admit(db, { id, givenNames: `Persona ${i}`, familyNames: `Pabellón ${pavilion}` }, `${centre}-P${pavilion}-A-${i + 1}`, '2025-01-05T15:00:00Z', { legalStatus: 'sentenced' });
        await member(db, id, group, i === 0 ? 'leader' : 'member', '2025-01-06', centre);
      }
    }
    await move(db, 'BTV-P2-0', 'release', '2025-03-10T17:00:00Z');
    await move(db, 'BTQ-P1-0', 'release', '2025-03-05T17:00:00Z');
    await incident(db, 'BTV', 'BTV-P2', 'riot', '2025-03-14T01:00:00Z');
    await find(db, 'BTV', 'BTV-P4-A-1', 'explosive', 2, '2025-03-20T15:00:00Z');
    score = await runBacktest(db, { from: '2025-03-01', to: '2025-03-31' });
  }, 180_000);

  it('sees the riot coming 1 and 3 days before, from the leader’s release, not 7', () => {
    expect(score.days).toBe(31);
    expect(score.centres).toBe(2);
    expect(score.incidents).toBe(1);
    expect(score.incidents_by_type).toEqual({ riot: 1 });
    expect(score.warning.recall).toEqual({ 1: 1, 3: 1, 7: 0 });
    expect(score.warning.by_type.leadership_vacuum).toMatchObject({ recall: { 1: 1, 3: 1, 7: 0 }, alarms: 1, false_alarms: 0 });
  });

  it('counts the find followed by nothing as the one false alarm, and nothing at the quiet centre', () => {
    expect(score.warning.alarms).toBe(2);
    expect(score.warning.false_alarms).toBe(1);
    expect(score.warning.by_type.weapons_seized).toMatchObject({ alarms: 1, false_alarms: 1 });
    expect(score.warning.false_alarms_per_centre_month).toBe(Math.round((1 / ((2 * 31) / (365.25 / 12))) * 1000) / 1000);
    const quiet = score.warning.by_type;
    expect(Object.keys(quiet).sort()).toEqual(['leadership_vacuum', 'weapons_seized']);
  });

  it('scores the naive baseline in the same run: blind before the riot, one false alarm after it', () => {
    expect(score.baseline.recall).toEqual({ 1: 0, 3: 0, 7: 0 });
    expect(score.baseline.alarms).toBe(1);
    expect(score.baseline.false_alarms).toBe(1);
  });

  it('answers the same through `custodia alerts backtest --json`, for one centre, and in words', async () => {
    const db = await cliTarget();
    const json = await runCustodia(['alerts', 'backtest', '--from', '2025-03-01', '--to', '2025-03-31', '--centre', 'BTQ', '--json'], { db });
    expect(json.code).toBe(0);
    const quiet = JSON.parse(json.stdout) as BacktestScore;
    expect(quiet).toMatchObject({ from: '2025-03-01', to: '2025-03-31', days: 31, centres: 1, incidents: 0, lead_days: [1, 3, 7] });
    expect(quiet.warning).toMatchObject({ recall: { 1: null, 3: null, 7: null }, alarms: 0, false_alarms: 0 });
    const words = await runCustodia(['alerts', 'backtest', '--from', '2025-03-01', '--to', '2025-03-31'], { db });
    expect(words.code).toBe(0);
    expect(words.stdout).toContain('Serious incidents: 1 (riots 1)');
    expect(words.stdout).toMatch(/seen 1 day before\s+100 % \(1\)\s+0 % \(0\)/);
    expect(words.stdout).toContain('Leadership vacuum');
    const bad = await runCustodia(['alerts', 'backtest', '--from', '2025-03-31', '--to', '2025-03-01'], { db });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--to');
  });
});
