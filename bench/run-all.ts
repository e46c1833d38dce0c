/**
 * Runs the benchmarks one after another, each in its own process, then prints a summary table.
 *
 *   npm run bench                                   # PGlite (embedded)
 *   npm run bench -- --engine postgres              # login, authenticated-get and lists on PostgreSQL
 *   npm run bench -- --engine both                  # both engines
 *   npm run bench -- --only login,authenticated-get
 *   npm run bench -- --only missing                 # the missing and emergency lists at 7,000
 *   npm run bench -- --only warning                 # the early warning on the 35,000-person demonstration estate
 *   npm run bench -- --only warning-backtest        # a one-year backtest of the early warning on the demo estate
 *   npm run bench -- --only stats [--engine both]   # custodia stats --year 2025 on the 35,000-person demonstration estate
 *   npm run bench -- --demo                         # cold-start also times a first start with the demo estate
 *
 * Cold start is always measured on the embedded engine (an empty folder is what it is about).
 * PostgreSQL: 127.0.0.1:5432, trust auth (BENCH_PG_URL to change); each benchmark creates a
 * scratch database custodia_bench_<pid> and drops it afterwards.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { machineLine, RESULT_MARK, ROOT, type CpuUse, type LoadFigures, type Summary } from './lib/common.ts';

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};
const engineArg = arg('--engine') ?? 'pglite';
if (!['pglite', 'postgres', 'both'].includes(engineArg)) throw new Error('--engine must be pglite, postgres or both');
const engines = engineArg === 'both' ? ['pglite', 'postgres'] : [engineArg];
const only = arg('--only')?.split(',');
const LIMIT_MS = 120_000;

interface Job {
  script: string;
  engine: string;
}
const jobs: Job[] = [];
if (!only || only.includes('cold-start')) jobs.push({ script: 'cold-start', engine: 'pglite' });
for (const script of ['login', 'authenticated-get', 'lists', 'missing', 'warning-backtest']) {
  if (only && !only.includes(script)) continue;
  for (const engine of engines) jobs.push({ script, engine });
}
// stats.ts builds the 35,000-person demonstration estate on each engine (minutes): only when asked.
if (only?.includes('stats')) jobs.push({ script: 'stats', engine: engineArg });

type Result = Record<string, unknown> & { name: string };

function run(job: Job): Promise<Result | null> {
  return new Promise((resolve) => {
    const args = ['--import', 'tsx', path.join(ROOT, 'bench', `${job.script}.ts`)];
    if (job.script !== 'cold-start') args.push('--engine', job.engine);
    else if (argv.includes('--demo')) args.push('--demo');
    console.log(`\n$ node --import tsx bench/${job.script}.ts ${args.slice(3).join(' ')}`.trimEnd());
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let result: Result | null = null;
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line.startsWith(RESULT_MARK)) result = JSON.parse(line.slice(RESULT_MARK.length)) as Result;
        else process.stdout.write(`${line}\n`);
      }
    });
    // lists.ts first builds a 2,600-person centre, which takes longer than the others' whole run.
    // warning-backtest first loads the 35,000-person demonstration estate, then replays its year.
    const limitMs = job.script === 'lists' || job.script === 'missing' ? 3 * LIMIT_MS : job.script === 'warning-backtest' || job.script === 'stats' ? 10 * LIMIT_MS : LIMIT_MS;
    const timer = setTimeout(() => {
      console.log(`!! ${job.script} took longer than ${limitMs / 1000} s: stopping it`);
      child.kill('SIGTERM');
    }, limitMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) console.log(`!! ${job.script} (${job.engine}) exited with ${code}`);
      resolve(result);
    });
  });
}

const started = performance.now();
const results: { job: Job; result: Result | null }[] = [];
for (const job of jobs) results.push({ job, result: await run(job) });

// ---------------------------------------------------------------------------------------------
const rows: string[][] = [];
const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const busy = (cpu: CpuUse | null | undefined) => (cpu && cpu.other > 0.25 ? ` (!! other load ${cpu.other.toFixed(2)} cores)` : '');

for (const { job, result } of results) {
  if (!result) {
    rows.push([job.script, job.engine, 'FAILED', '']);
    continue;
  }
  if (result.name === 'cold-start') {
    const r = result as unknown as {
      cold: { min: number; median: number; max: number; n: number };
      warm: { min: number; median: number; max: number; n: number };
      entry: string;
      cpu: { cold: CpuUse | null; warm: CpuUse | null };
      demo: { ms: number; cpu: CpuUse | null } | null;
    };
    rows.push(['cold start → first 200 (empty db)', 'pglite', `median ${f0(r.cold.median)} ms`, `min ${f0(r.cold.min)} / max ${f0(r.cold.max)} ms, n=${r.cold.n}, ${r.entry}${busy(r.cpu.cold)}`]);
    rows.push(['warm restart → first 200', 'pglite', `median ${f0(r.warm.median)} ms`, `min ${f0(r.warm.min)} / max ${f0(r.warm.max)} ms, n=${r.warm.n}${busy(r.cpu.warm)}`]);
    if (r.demo) rows.push(['first start, default demo estate', 'pglite', `${f0(r.demo.ms)} ms`, `n=1${busy(r.demo.cpu)}`]);
  } else if (result.name === 'login') {
    const r = result as unknown as { sequential: Summary & { rate: number; cpu: CpuUse | null }; concurrent: LoadFigures };
    const s = r.sequential;
    rows.push(['login, sequential (200)', job.engine, `p50 ${f1(s.p50)} ms`, `p95 ${f1(s.p95)}, p99 ${f1(s.p99)}, max ${f1(s.max)} ms; ${f1(s.rate)} logins/s${busy(s.cpu)}`]);
    const c = r.concurrent;
    rows.push(['login, 4 connections, 10 s', job.engine, `${f1(c.rps)} logins/s`, `p50 ${c.p50}, p99 ${c.p99}, max ${c.max} ms; non-2xx ${c.non2xx}${busy(c.cpu)}`]);
  } else if (result.name === 'lists') {
    const r = result as unknown as { probes: Record<string, { median: number; p95: number; max: number; otherCores: number | null }> };
    for (const [label, p] of Object.entries(r.probes)) {
      const load = p.otherCores !== null && p.otherCores > 0.25 ? ` (!! other load ${p.otherCores.toFixed(2)} cores)` : '';
      rows.push([`first page: ${label}`, job.engine, `median ${f1(p.median)} ms`, `p95 ${f1(p.p95)}, max ${f1(p.max)} ms, n=20${load}`]);
    }
  } else if (result.name === 'warning-backtest') {
    const r = result as unknown as { ms: number; cpu: CpuUse | null; score: { centres: number; days: number; incidents: number; warning: { recall: Record<string, number | null>; false_alarms_per_centre_month: number }; baseline: { recall: Record<string, number | null>; false_alarms_per_centre_month: number } } };
    const pct = (x: number | null | undefined) => (x === null || x === undefined ? '-' : `${Math.round(x * 100)}%`);
    const figures = (s: typeof r.score.warning) => `recall 1/3/7 d ${pct(s.recall['1'])}/${pct(s.recall['3'])}/${pct(s.recall['7'])}, ${s.false_alarms_per_centre_month.toFixed(2)} false/centre-month`;
    rows.push([`one-year backtest, demo estate (${r.score.centres} centres × ${r.score.days} days)`, job.engine, `${f1(r.ms / 1000)} s`, `${r.score.incidents} serious incidents; warning ${figures(r.score.warning)}; baseline ${figures(r.score.baseline)}${busy(r.cpu)}`]);
  } else if (result.name === 'missing') {
    const r = result as unknown as { probes: Record<string, { median: number; p95: number; otherCores: number | null }> };
    for (const [label, p] of Object.entries(r.probes)) {
      rows.push([label, job.engine, `median ${f1(p.median)} ms`, `p95 ${f1(p.p95)} ms${p.otherCores !== null && p.otherCores > 0.25 ? ` (!! other load ${p.otherCores.toFixed(2)} cores)` : ''}`]);
    }
  } else if (result.name === 'warning') {
    const r = result as unknown as {
      people: number;
      findings: number;
      national: { p50: number; p95: number; read: number; project: number; signals: number; otherCores: number | null };
      oneCentre: { centre: string; people: number; p50: number; p95: number };
    };
    const load = r.national.otherCores !== null && r.national.otherCores > 0.25 ? ` (!! other load ${r.national.otherCores.toFixed(2)} cores)` : '';
    rows.push([`all signals, national estate (${r.people} people)`, job.engine, `median ${f0(r.national.p50)} ms`, `p95 ${f0(r.national.p95)} ms; read ${f0(r.national.read)}, project ${f0(r.national.project)}, signals ${f0(r.national.signals)} ms; ${r.findings} findings${load}`]);
    rows.push([`one centre after one movement (${r.oneCentre.people})`, job.engine, `median ${f1(r.oneCentre.p50)} ms`, `p95 ${f1(r.oneCentre.p95)} ms`]);
  } else if (result.name === 'stats') {
    const r = result as unknown as { year: string; engines: Record<string, { cli: { median: number }; roll: { median: number }; compute: { median: number }; targetMs: number; met: boolean; otherCores: number | null }> };
    for (const [engine, e] of Object.entries(r.engines)) {
      const load = e.otherCores !== null && e.otherCores > 0.25 ? ` (!! other load ${e.otherCores.toFixed(2)} cores)` : '';
      rows.push([`custodia stats --year ${r.year}, 35,000 people`, engine, `median ${f0(e.cli.median)} ms`, `target < ${e.targetMs / 1000} s ${e.met ? 'met' : 'NOT met'}; roll ${f0(e.roll.median)} ms; computation ${f0(e.compute.median)} ms${load}`]);
    }
  } else if (result.name === 'authenticated-get') {
    const r = result as unknown as { bare: LoadFigures; me: LoadFigures; centres: LoadFigures; ratio: number; centresRatio: number };
    const line = (x: LoadFigures) => `p50 ${x.p50}, p99 ${x.p99} ms; non-2xx ${x.non2xx}${busy(x.cpu)}`;
    rows.push(['bare Fastify hello-world, 10 conn', job.engine === 'pglite' ? '-' : '- (pg run)', `${f0(r.bare.rps)} req/s`, line(r.bare)]);
    rows.push(['GET /api/v1/me, 10 conn', job.engine, `${f0(r.me.rps)} req/s`, `${(r.ratio * 100).toFixed(2)}% of bare; ${line(r.me)}`]);
    rows.push(['GET /api/v1/centres (3/36), 10 conn', job.engine, `${f0(r.centres.rps)} req/s`, `${(r.centresRatio * 100).toFixed(2)}% of bare; ${line(r.centres)}`]);
  }
}

const header = ['benchmark', 'engine', 'figure', 'detail'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const fmt = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(`\n=== Summary (${((performance.now() - started) / 1000).toFixed(0)} s) ===`);
console.log(machineLine());
console.log(fmt(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(fmt(r));
if (results.some((r) => !r.result)) process.exitCode = 1;
