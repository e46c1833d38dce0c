import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliDatabase, createCliDatabase, runCustodia, type CliResult } from '../../cli/testing.ts';
import { statsReportSchema } from './schemas.ts';
import { INVENTED_PEOPLE, INVENTED_PERIOD, openDataProblems, writeInventedEstate } from './testing.ts';

/** `custodia stats` as a user runs it: a process of its own against the invented estate, imported by `custodia import`. */
describe('custodia stats', { timeout: 180_000 }, () => {
  let dir: string;
  let database: CliDatabase;
  const estate = writeInventedEstate();
  const period = ['--from', INVENTED_PERIOD.from, '--to', INVENTED_PERIOD.to];
  const cli = (args: string[], env: Record<string, string> = {}): Promise<CliResult> => runCustodia(args, { db: database.target, env });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'custodia-cli-stats-'));
    database = await createCliDatabase();
    const imported = await cli(['import', estate.dir]);
    expect(imported.code, imported.stderr).toBe(0);
  }, 180_000);
  afterAll(async () => {
    await database?.close();
    estate.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the contract shape with --json', async () => {
    const run = await cli(['stats', ...period, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    const report = statsReportSchema.parse(json);
    expect(report).toMatchObject({ from: '2025-03-01', to: '2025-03-10' });
    // DESIGN.md's fields, every one of them, for each centre and the totals.
    const contract = ['average_population', 'on_roll_end', 'design_capacity', 'occupancy_end', 'pretrial_share_end', 'admissions', 'releases', 'escapes', 'recaptures', 'deaths', 'mortality_per_10000', 'homicide_per_10000', 'self_inflicted_per_10000', 'incidents', 'seizures'];
    for (const line of [...report.centres, report.totals]) {
      expect(Object.keys(line)).toEqual(expect.arrayContaining(contract));
      expect(Object.keys(line.deaths).sort()).toEqual(['accident', 'homicide', 'natural', 'pending', 'self_inflicted', 'total', 'undetermined']);
    }
    expect(report.centres.map((c) => [c.code, c.name])).toEqual([['GAL', 'CPL Galápagos'], ['LIT', 'Penitenciaría del Litoral']]);
    expect(report.totals).toMatchObject({ average_population: 5.1, on_roll_end: 3, pretrial_share_end: 0.3333, deaths: { total: 3 }, mortality_per_10000: 5882.35 });
    // Numbers are JSON numbers, not strings.
    expect(run.stdout).toMatch(/"average_population": 5\.1\b/);
  });

  it('prints a row per centre and the totals with --csv, nested fields flattened; a table in Spanish by default', async () => {
    const csv = await cli(['stats', ...period, '--csv', '--centre', 'LIT']);
    expect(csv.code, csv.stderr).toBe(0);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    expect(header?.split(',')).toEqual(expect.arrayContaining(['code', 'name', 'deaths_homicide', 'incidents_riot', 'seizures_firearm', 'mortality_per_10000']));
    expect(rows.map((r) => r.split(',')[0])).toEqual(['LIT', 'TOTAL']);
    const table = await cli(['stats', ...period], { CUSTODIA_LANG: 'es' });
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Estadísticas oficiales 2025-03-01 – 2025-03-10');
    expect(table.stdout).toMatch(/^TOTAL +5\.1 +3 +9 +33% +33\.3%/m);
    expect(table.stdout).toContain('Fallecimientos por causa: homicidio 1, autoinfligida 1, natural 1');
  });

  it('refuses bad options naming them: 2 for a usage error, 1 for bad input', async () => {
    const cases: [string[], number, RegExp][] = [
      [['stats', '--year', '0000'], 1, /--year/],
      [['stats', '--year', '25'], 1, /--year/],
      [['stats', '--from', '2025-03-10', '--to', '2025-03-01'], 1, /--from/],
      [['stats', '--from', '2025-02-30', '--to', '2025-03-01'], 1, /--from/],
      [['stats', '--centre', 'NOPE', ...period], 1, /NOPE/],
      [['stats', '--year', '2025', ...period], 2, /--year/],
      [['stats', '--from', '2025-03-01'], 2, /--to/],
      [['stats', ...period, '--json', '--csv'], 2, /--csv/],
    ];
    for (const [args, code, message] of cases) {
      const run = await cli(args);
      expect([args.join(' '), run.code]).toEqual([args.join(' '), code]);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
  });

  it('writes open data with no personal field or value and no count of 1 to 4 shown, in every file', async () => {
    const out = path.join(dir, 'datos');
    const run = await cli(['stats', ...period, '--open-data', out]);
    expect(run.code, run.stderr).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual(
      ['centres_annual.csv', 'centres_annual.json', 'centres_monthly.csv', 'centres_monthly.json', 'dictionary.csv', 'dictionary.json', 'dictionary.md', 'national_annual.csv', 'national_annual.json', 'national_monthly.csv', 'national_monthly.json'].sort(),
    );
    const files = Object.fromEntries(names.map((n) => [n, readFileSync(path.join(out, n), 'utf8')]));
    const people = INVENTED_PEOPLE.map((p, i) => ({ id: p.id, nationalId: `09123456${String(i).padStart(2, '0')}`, given: p.given, family: p.family }));
    expect(await openDataProblems(files, people)).toEqual([]);
    // The figures that are published, and the small ones that are not.
    const lit = (files['centres_annual.csv'] ?? '').split('\n').find((l) => l.startsWith('2025,2025-03-01,2025-03-10,LIT,'));
    expect(lit).toContain(',3.4,2,5,40,1,0.5,');
    expect(files['national_annual.json']).toContain('"deaths_total": "<5"');
    expect(files['centres_annual.json']).toContain('"seizures_blade": 7');
    expect(files['dictionary.md']).toContain('`pretrial_share_end`');
  });
});
