import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/engine.ts';
import { admit, buildPavilionCentre, gang, member, move, relate } from '../modules/warning/testing.ts';
import { type CliDatabase, type CliResult, createCliDatabase, runCustodia } from './testing.ts';

/**
 * `custodia alerts` as a user runs it, against a centre whose pavilion 2 lost its leader among
 * three rival pavilions: the alerts as of a time, in JSON (DESIGN.md's shape) and as a table in
 * both languages; a bad time or an unknown centre refused naming the option.
 */
describe('custodia alerts', { timeout: 240_000 }, () => {
  let database: CliDatabase;
  const cli = (args: string[], env: Record<string, string> = {}): Promise<CliResult> => runCustodia(args, { db: database.target, env });
  const AFTER = '2021-11-11T12:00:00-05:00';

  async function build(db: Database): Promise<void> {
    await buildPavilionCentre(db, 'LIT', 4);
    await buildPavilionCentre(db, 'QUI', 1);
    const groups: [string, string][] = [
      ['GA', 'Los Choneros'],
      ['GB', 'Los Lobos'],
      ['GC', 'Los Tiguerones'],
      ['GD', 'Los Chone Killers'],
    ];
    for (const [code, name] of groups) await gang(db, code, name);
    for (const rival of ['GB', 'GC', 'GD']) await relate(db, 'GA', rival, 'rival', '2021-01-01');
    let n = 0;
    for (const [pavilion, group] of [[1, 'GB'], [2, 'GA'], [3, 'GC'], [4, 'GD']] as const) {
      for (let i = 0; i < 6; i++) {
        n += 1;
        const id = `LIT-${String(n).padStart(3, '0')}`;
        await admit(db, { id, givenNames: `Nombre ${n}`, familyNames: `Apellido ${n}` }, `LIT-P${pavilion}-A-${(i % 4) + 1}`, '2021-06-01T15:00:00Z', { legalStatus: 'sentenced' });
        await member(db, id, group, i === 0 ? 'leader' : 'member', '2021-06-02', 'LIT');
      }
    }
    // The leader of pavilion 2 (Apellido 7, Nombre 7) is released on 10 November.
    await move(db, 'LIT-007', 'release', '2021-11-10T15:00:00Z');
  }

  beforeAll(async () => {
    database = await createCliDatabase();
    // Built in-process, as the command opens it; closed before the first command runs.
    const handle = await openDatabase(database.target);
    try {
      await build(handle.db);
    } finally {
      await handle.close();
    }
  }, 240_000);
  afterAll(async () => {
    await database?.close();
  });

  it('prints the alerts as of a time as JSON: the vacuum of pavilion 2, with the leader, his group and its rivals', async () => {
    const result = await cli(['alerts', '--centre', 'LIT', '--at', AFTER, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as { at: string; alerts: Record<string, unknown>[] };
    expect(answer.at).toBe('2021-11-11T17:00:00.000Z');
    const vacuum = answer.alerts.find((a) => a.type === 'leadership_vacuum');
    expect(vacuum).toMatchObject({ centre: 'LIT', location: 'LIT-P2', severity: 'critical' });
    expect(Object.keys(vacuum ?? {}).sort()).toEqual(['centre', 'groups', 'location', 'persons', 'reasons', 'score', 'severity', 'since', 'type']);
    expect(typeof vacuum?.score).toBe('number');
    expect(vacuum?.persons).toContain('LIT-007');
    expect(vacuum?.groups).toEqual(expect.arrayContaining(['GA', 'GB', 'GC', 'GD']));
    // Reasons are sentences in the command line's language, naming the leader and the group.
    const reasons = (vacuum?.reasons ?? []) as string[];
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.join(' ')).toContain('Los Choneros');
    expect(answer.alerts.every((a) => a.centre === 'LIT')).toBe(true);

    // Before the release there is no vacuum; every centre is evaluated without --centre.
    const before = await cli(['alerts', '--at', '2021-11-09T12:00:00-05:00', '--json']);
    expect(before.code, before.stderr).toBe(0);
    expect((JSON.parse(before.stdout) as { alerts: { type: string }[] }).alerts.filter((a) => a.type === 'leadership_vacuum')).toEqual([]);
  });

  it('prints a table in words, in Spanish or English, the reasons under each alert', async () => {
    const spanish = await cli(['alerts', '--centre', 'LIT', '--at', AFTER], { CUSTODIA_LANG: 'es' });
    expect(spanish.code, spanish.stderr).toBe(0);
    expect(spanish.stdout).toMatch(/^Alertas tempranas a 2021-11-11T17:00:00\.000Z: \d+/);
    expect(spanish.stdout).toMatch(/^gravedad +tipo +centro +lugar +puntuación +desde/m);
    expect(spanish.stdout).toMatch(/^CRÍTICA +Vacío de liderazgo +LIT +Pabellón 2 /m);
    expect(spanish.stdout).toMatch(/^ {4}· .*Los Choneros/m);
    expect(spanish.stdout).not.toContain('leadership_vacuum');

    const english = await cli(['alerts', '--centre', 'LIT', '--at', AFTER]);
    expect(english.code, english.stderr).toBe(0);
    expect(english.stdout).toMatch(/^CRITICAL +Leadership vacuum +LIT +Pabellón 2 /m);

    const quiet = await cli(['alerts', '--centre', 'QUI', '--at', AFTER]);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stdout.trim()).toBe('No alerts at QUI as of 2021-11-11T17:00:00.000Z.');
  });

  it('refuses a bad time or an unknown centre with exit code 1, naming the option', async () => {
    const badTime = await cli(['alerts', '--at', 'yesterday']);
    expect(badTime.code).toBe(1);
    expect(badTime.stderr).toContain('--at');
    const yearZero = await cli(['alerts', '--at', '0000-01-01T00:00:00Z']);
    expect(yearZero.code).toBe(1);
    const unknown = await cli(['alerts', '--centre', 'NOPE', '--json'], { CUSTODIA_LANG: 'es' });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--centre');
    expect(unknown.stderr).toContain('NOPE');
    expect(unknown.stdout).toBe('');
  });

  it('still reaches its backtest subcommand', async () => {
    const help = await runCustodia(['alerts', 'backtest', '--help']);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('alerts backtest');
  });
});
