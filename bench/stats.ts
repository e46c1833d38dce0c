/**
 * Official statistics at national size: `custodia stats --year 2025` on the 35,000-person
 * demonstration estate with its year of history (generated for 15 January 2026, so 2025 is the
 * year it holds), on the embedded engine and on PostgreSQL:
 * - the command end to end, as a user runs it (a process of its own: start, open the database,
 *   compute, print the JSON), 3 runs, and `custodia roll` the same way for comparison (the
 *   start and the opening of the database are the same for both);
 * - the computation alone in this process on an open database (`computeStatistics`, the
 *   monthly series and the open-data set), 5 runs after one warm-up.
 *
 *   node --import tsx bench/stats.ts [--engine pglite|postgres|both] [--people 35000]
 *
 * Targets: the command under 2 s on PostgreSQL, under 5 s embedded.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { openDatabase } from '../src/db/engine.ts';
import { SYSTEM_ACTOR } from '../src/modules/audit/index.ts';
import { generateDemoEstate } from '../src/modules/demo/index.ts';
import { importBundle } from '../src/modules/interchange/index.ts';
import { buildOpenData, computeStatistics, loadStatistics, seriesOf } from '../src/modules/stats/index.ts';
import { benchDatabase, describeCpu, emitResult, heading, machineLine, ms, ROOT, summarise, waitForQuiet, watchCpu, type Engine } from './lib/common.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const engineArg = option('engine', 'both');
if (!['pglite', 'postgres', 'both'].includes(engineArg)) throw new Error('--engine must be pglite, postgres or both');
const engines: Engine[] = engineArg === 'both' ? ['pglite', 'postgres'] : [engineArg as Engine];
const people = Number(option('people', '35000'));
const NOW = new Date('2026-01-15T12:00:00Z');
const YEAR = '2025';
const TARGET_MS: Record<Engine, number> = { postgres: 2_000, pglite: 5_000 };
const CLI_RUNS = 3;
const RUNS = 5;
const BIN = path.join(ROOT, 'bin', 'custodia.mjs');

/** Runs `custodia args…` against `target`; returns the wall time in ms and what it printed. */
function cli(target: string, command: string[]): { ms: number; stdout: string } {
  const started = performance.now();
  const stdout = execFileSync(process.execPath, [BIN, ...command, '--db', target], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CUSTODIA_LANG: 'en', LOG_LEVEL: 'silent' },
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  return { ms: performance.now() - started, stdout };
}

const busyNote = (other: number | undefined) => (other !== undefined && other > 0.25 ? `  !! other processes busy (${other.toFixed(2)} cores): figures are depressed` : '');

heading(`Official statistics: custodia stats --year ${YEAR}, ${people.toLocaleString('en')} people`);
console.log(machineLine());
const { bundle, estimatedCapacity } = generateDemoEstate({ seed: 2026, people, now: NOW });
console.log(`demonstration estate: ${bundle.persons.length} people, ${bundle.movements.length} movements, ${bundle.deaths.length} deaths, ${bundle.incidents.length} incidents, ${bundle.seizures.length} finds`);
const results: Record<string, unknown> = {};

for (const engine of engines) {
  const scratch = await benchDatabase(engine, 'stats');
  try {
    heading(`${engine}: ${scratch.label}`);
    let started = performance.now();
    const handle = await openDatabase(scratch.target);
    await handle.migrate();
    const outcome = await importBundle(handle.db, { actor: SYSTEM_ACTOR }, bundle, { counts: {}, issues: [] }, { dryRun: false, language: 'en', estimatedCapacity });
    if (!outcome.ok) throw new Error(outcome.errors[0]?.message);
    console.log(`imported in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    console.log(`Before measuring: ${describeCpu(await waitForQuiet())}`);

    // In process, on the open database: the computation alone.
    const period = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
    started = performance.now();
    const first = await computeStatistics(handle.db, period);
    const coldMs = performance.now() - started;
    const compute: number[] = [];
    const cpu = watchCpu();
    for (let i = 0; i < RUNS; i += 1) {
      started = performance.now();
      await computeStatistics(handle.db, period);
      compute.push(performance.now() - started);
    }
    const computeUse = cpu();
    started = performance.now();
    const statistics = await loadStatistics(handle.db, period, null);
    seriesOf(statistics);
    const set = buildOpenData(statistics);
    const allMs = performance.now() - started;
    await handle.close();
    const c = summarise(compute);
    console.log(
      `national figures: average population ${first.totals.average_population}, on roll at the end ${first.totals.on_roll_end}, pretrial ${(first.totals.pretrial_share_end * 100).toFixed(1)} %, ${first.totals.deaths.total} deaths, ${first.totals.escapes} escapes, ${first.totals.admissions} admissions`,
    );
    console.log(`computeStatistics (in process, open database): first ${ms(coldMs, 0)}, then median ${ms(c.p50, 0)}, max ${ms(c.max, 0)} (n=${RUNS})${busyNote(computeUse?.other)}`);
    console.log(`report + monthly series + open data (${set.tables.centres_monthly.rows.length} centre-months): ${ms(allMs, 0)}`);

    // End to end, as a user runs it.
    const stats: number[] = [];
    const roll: number[] = [];
    const cliUse = watchCpu();
    for (let i = 0; i < CLI_RUNS; i += 1) {
      const run = cli(scratch.target, ['stats', '--year', YEAR, '--json']);
      if (JSON.parse(run.stdout).totals.on_roll_end !== first.totals.on_roll_end) throw new Error('custodia stats printed other figures');
      stats.push(run.ms);
      roll.push(cli(scratch.target, ['roll', '--json']).ms);
    }
    const endUse = cliUse();
    const s = summarise(stats);
    const r = summarise(roll);
    const verdict = s.p50 < TARGET_MS[engine] ? 'met' : 'NOT met';
    console.log(`custodia stats --year ${YEAR} --json (end to end): median ${ms(s.p50, 0)}, min ${ms(s.min, 0)}, max ${ms(s.max, 0)} (n=${CLI_RUNS}); target < ${TARGET_MS[engine] / 1000} s: ${verdict}${busyNote(endUse?.other)}`);
    console.log(`custodia roll --json (same start and database opening): median ${ms(r.p50, 0)}`);
    results[engine] = { cli: { median: s.p50, min: s.min, max: s.max }, roll: { median: r.p50 }, compute: { first: coldMs, median: c.p50 }, openData: allMs, targetMs: TARGET_MS[engine], met: s.p50 < TARGET_MS[engine], otherCores: endUse?.other ?? null };
  } finally {
    await scratch.cleanup();
  }
}
emitResult('stats', { people, year: YEAR, engines: results });
