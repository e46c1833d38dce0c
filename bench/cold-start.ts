/**
 * Cold start: milliseconds from spawning `custodia serve` on an EMPTY embedded database to the
 * first HTTP 200 from GET /api/v1/health, N times with a fresh folder each; then a warm restart
 * (the folder already created and migrated) the same way; then where the time goes.
 *
 * The database really is empty: CUSTODIA_DEMO=false (by default `serve` loads a demonstration
 * estate into an empty embedded database; `--demo` also times one such first start).
 *
 *   node --import tsx bench/cold-start.ts [--runs 5] [--demo]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  ADMIN_PASSWORD,
  emitResult,
  ensureWebBuilt,
  freePort,
  freshDir,
  heading,
  HOST,
  machineLine,
  ms,
  pollUntil200,
  removeDir,
  ROOT,
  summarise,
  track,
  describeCpu,
  waitForQuiet,
  watchCpu,
  type Child,
} from './lib/common.ts';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 5;
/** Also time one first start with the default configuration, which loads the demonstration estate. */
const WITH_DEMO = process.argv.includes('--demo');

const CLI = path.join(ROOT, 'bin', 'custodia.mjs');
const FALLBACK = path.join(ROOT, 'bench', 'lib', 'server-child.mjs');

const childEnv = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  CUSTODIA_ADMIN_PASSWORD: ADMIN_PASSWORD,
  LOG_LEVEL: 'silent',
  // An EMPTY database: no demonstration estate (by default `serve` loads 35 000 synthetic people
  // into an empty embedded database; `--demo` times that once).
  CUSTODIA_DEMO: 'false',
};

// Interrupted or failed: stop the server being timed and remove the folders.
const live = new Set<Child>();
const dirs: string[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.all([...live].map((c) => c.stop(2_000))).finally(() => process.exit(130));
  });
}
process.once('exit', () => {
  for (const child of live) child.proc.kill('SIGKILL');
  for (const dir of dirs) removeDir(dir);
});

interface Timed {
  ms: number;
  child: Child;
}

/** Spawns `node <entry> serve-like flags`, returns ms from spawn to the first 200 (child still running). */
async function timeToFirst200(entry: string, dir: string, env: Record<string, string> = childEnv, deadlineMs = 45_000): Promise<Timed> {
  const port = await freePort();
  const args = entry === CLI ? [entry, 'serve'] : [entry];
  args.push('--port', String(port), '--host', HOST, '--db', dir);
  const started = performance.now();
  const child = track(spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] }));
  live.add(child);
  void new Promise((resolve) => child.proc.once('exit', resolve)).then(() => live.delete(child));
  try {
    const answered = await pollUntil200(`http://${HOST}:${port}/api/v1/health`, {
      intervalMs: 5,
      deadlineMs,
      gaveUp: () => (child.exited() ? `exited with ${child.proc.exitCode}: ${child.stderrTail()}` : null),
    });
    return { ms: answered - started, child };
  } catch (error) {
    await child.stop();
    throw error;
  }
}

async function stopCleanly(child: Child): Promise<void> {
  await child.stop();
  if (child.proc.exitCode !== 0) {
    console.log(`  (warning: server exited with ${child.proc.exitCode ?? child.proc.signalCode}: ${child.stderrTail().split('\n').pop()})`);
  }
}

/** The floor of this method: a plain node HTTP server, spawned and polled the same way. */
async function baseline(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = track(
    spawn(
      process.execPath,
      ['-e', `require('http').createServer((q,s)=>s.end('ok')).listen(${port},'${HOST}')`],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    ),
  );
  const answered = await pollUntil200(`http://${HOST}:${port}/`, { intervalMs: 5, deadlineMs: 10_000 });
  await child.stop();
  return answered - started;
}

async function phases(dir: string): Promise<Record<string, number>> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'bench', 'lib', 'startup-phases.mjs'), dir, String(port)], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  await new Promise((resolve) => child.once('exit', resolve));
  const line = out.split('\n').find((l) => l.startsWith('PHASES '));
  return line ? (JSON.parse(line.slice('PHASES '.length)) as Record<string, number>) : {};
}

heading('Cold start: spawn `custodia serve` → first 200 from GET /api/v1/health');
console.log(machineLine());
const web = ensureWebBuilt();
console.log(`Web app: ${web.note}`);
const quiet = await waitForQuiet();
console.log(`Before measuring: ${describeCpu(quiet)}`);

const cold: number[] = [];
let entry = CLI;
let entryNote = 'node bin/custodia.mjs serve --port P --host 127.0.0.1 --db <dir>';

if (web.state === 'absent' || web.state === 'build-failed') {
  // startServer() builds the web app when web/dist is missing; see whether `serve` copes.
  const dir = freshDir('cold');
  dirs.push(dir);
  try {
    const first = await timeToFirst200(CLI, dir);
    cold.push(first.ms);
    await stopCleanly(first.child);
    console.log('`custodia serve` starts without the web app: timing it as it is.');
  } catch (error) {
    const why = (error as Error).message.split('\n').filter((l) => l.trim()).slice(0, 3).join(' | ');
    console.log(`!! \`custodia serve\` does not start without the web app: ${why}`);
    entry = FALLBACK;
    entryNote =
      'node bench/lib/server-child.mjs --port P --host 127.0.0.1 --db <dir> ' +
      '(startServer minus its web build, since `custodia serve` fails while web/ has no vite.config.ts)';
    removeDir(dir);
    dirs.pop();
  }
}
console.log(`Command: ${entryNote}`);
console.log(`Polling every 5 ms; ${RUNS} runs each.\n`);

const floor: number[] = [];
for (let i = 0; i < 3; i++) floor.push(await baseline());
const floorSummary = summarise(floor);
console.log(`Floor (plain node http server, same spawn+poll): median ${ms(floorSummary.p50)}`);

/**
 * One timed start. If `custodia serve` fails because web/dist vanished meanwhile (the web app is
 * being rebuilt by someone else) and its own build failed, the remaining runs use the fallback.
 */
async function timedRun(dir: string): Promise<Timed> {
  try {
    return await timeToFirst200(entry, dir);
  } catch (error) {
    if (entry !== CLI || ensureWebBuilt().state === 'present') throw error;
    console.log(`  !! \`custodia serve\` failed while web/dist was missing; the remaining runs use bench/lib/server-child.mjs`);
    entry = FALLBACK;
    entryNote += ' — switched to bench/lib/server-child.mjs (startServer minus web build) midway';
    return timeToFirst200(entry, dir);
  }
}

const coldCpu = watchCpu();
while (cold.length < RUNS) {
  const dir = freshDir('cold');
  dirs.push(dir);
  const run = await timedRun(dir);
  cold.push(run.ms);
  console.log(`  cold run ${cold.length}: ${ms(run.ms, 0)}`);
  await stopCleanly(run.child);
}

// Warm restart: the last folder, created and migrated, server stopped cleanly.
const coldUse = coldCpu();
console.log(`  ${describeCpu(coldUse)}`);
const warmDir = dirs[dirs.length - 1] as string;
const warm: number[] = [];
const warmCpu = watchCpu();
for (let i = 0; i < RUNS; i++) {
  const run = await timedRun(warmDir);
  warm.push(run.ms);
  console.log(`  warm run ${i + 1}: ${ms(run.ms, 0)}`);
  await stopCleanly(run.child);
}

const warmUse = warmCpu();
console.log(`  ${describeCpu(warmUse)}`);

console.log('\nWhere the time goes (one run each, in-process steps of startServer, ms):');
const phaseDir = freshDir('phases');
dirs.push(phaseDir);
const coldPhases = await phases(phaseDir);
const warmPhases = await phases(phaseDir);
for (const name of Object.keys(coldPhases)) {
  console.log(`  ${name.padEnd(44)} cold ${String(coldPhases[name]).padStart(6)}   warm ${String(warmPhases[name] ?? '').padStart(6)}`);
}

// The first start as `npm start` does it: default configuration, demonstration estate loaded.
let demo: { ms: number; cpu: ReturnType<ReturnType<typeof watchCpu>> } | null = null;
if (WITH_DEMO) {
  const defaults: Record<string, string> = { ...childEnv };
  delete defaults.CUSTODIA_DEMO;
  const dir = freshDir('demo');
  dirs.push(dir);
  const cpu = watchCpu();
  const run = await timeToFirst200(entry, dir, defaults, 170_000);
  demo = { ms: run.ms, cpu: cpu() };
  await stopCleanly(run.child);
  console.log(`\nFirst start with the default configuration (demonstration estate loaded): ${ms(run.ms, 0)}`);
  console.log(`  ${describeCpu(demo.cpu)}`);
}

for (const dir of dirs) removeDir(dir);

const c = summarise(cold);
const w = summarise(warm);
console.log('\nResult (ms from spawn to first 200):');
console.log(`  cold start, empty database : min ${ms(c.min, 0)}  median ${ms(c.p50, 0)}  max ${ms(c.max, 0)}   (n=${c.n})`);
console.log(`  warm restart, migrated     : min ${ms(w.min, 0)}  median ${ms(w.p50, 0)}  max ${ms(w.max, 0)}   (n=${w.n})`);
console.log(`  floor (plain node server)  : median ${ms(floorSummary.p50, 0)}`);
if (demo) console.log(`  first start with demo estate: ${ms(demo.ms, 0)} (n=1)`);
console.log(`  command: ${entryNote}`);

emitResult('cold-start', {
  entry: entry === CLI ? 'custodia serve' : 'server-child (no web build)',
  entryNote,
  web: web.state,
  cold: { min: c.min, median: c.p50, max: c.max, n: c.n },
  warm: { min: w.min, median: w.p50, max: w.max, n: w.n },
  floor: floorSummary.p50,
  cpu: { cold: coldUse, warm: warmUse },
  phases: { cold: coldPhases, warm: warmPhases },
  demo,
});
