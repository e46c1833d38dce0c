/**
 * Shared helpers for the benchmarks: ports, statistics, the web build check, starting a Custodia
 * server in a child process, autocannon runs and scratch PostgreSQL databases.
 * Everything here only ever talks to 127.0.0.1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result as AutocannonResult } from 'autocannon';
import pg from 'pg';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const HOST = '127.0.0.1';
export const ADMIN_PASSWORD = 'bench-admin-password-2024';
/** The highest value config.ts accepts (its schema caps it at 10 000). */
export const LOGIN_ATTEMPTS_PER_MINUTE = '10000';
export const RESULT_MARK = 'BENCH_RESULT ';

// ---------------------------------------------------------------------------------------------
// Machine, arguments, output

export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export const FAIRNESS_NOTE =
  `Machine has ${os.cpus().length} cores: the server runs in its own child process and the load ` +
  'generator (autocannon, one thread) in this process, so each gets roughly one core; nothing is pinned.';

export type Engine = 'pglite' | 'postgres';

export function engineFromArgs(argv = process.argv.slice(2)): Engine {
  const i = argv.indexOf('--engine');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--engine='))?.slice('--engine='.length);
  if (value === undefined || value === 'pglite') return 'pglite';
  if (value === 'postgres' || value === 'postgresql') return 'postgres';
  throw new Error(`--engine must be pglite or postgres, not ${value}`);
}

/** The machine-readable result line run-all.ts collects. */
export function emitResult(name: string, result: Record<string, unknown>): void {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify({ name, ...result })}\n`);
}

export function heading(title: string): void {
  console.log(`\n=== ${title} ===`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Statistics

export interface Summary {
  n: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0] ?? Number.NaN,
    mean: sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export function ms(value: number, digits = 1): string {
  return Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a';
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// ---------------------------------------------------------------------------------------------
// Files and ports

export function freshDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `custodia-bench-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The web app

export type WebState = 'present' | 'built' | 'absent' | 'build-failed';

/** The newest modification time among the web app's sources (as startServer checks), or 0. */
function newestWebSource(webDir: string): number {
  const walk = (entry: string): number => {
    if (!existsSync(entry)) return 0;
    const stat = statSync(entry);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...readdirSync(entry).map((name) => walk(path.join(entry, name))));
  };
  return Math.max(...['src', 'public', 'index.html', 'vite.config.ts'].map((name) => walk(path.join(webDir, name))));
}

/**
 * Makes sure web/dist is built and up to date before anything is timed: startServer() builds it
 * when it is missing or older than its sources, which would distort the measurement. Builds it
 * with vite if it can; when the web app is not there (no web/vite.config.ts), says so and carries
 * on without it.
 */
export function ensureWebBuilt(log: (line: string) => void = console.log): { state: WebState; note: string } {
  const webDir = path.join(ROOT, 'web');
  const index = path.join(webDir, 'dist', 'index.html');
  const config = path.join(webDir, 'vite.config.ts');
  if (!existsSync(config)) {
    return existsSync(index)
      ? { state: 'present', note: 'web/dist/index.html present (no web/vite.config.ts to rebuild it)' }
      : { state: 'absent', note: 'web app not buildable (web/vite.config.ts missing): servers run without the web app' };
  }
  const sources = newestWebSource(webDir);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return { state: 'present', note: 'web/dist up to date' };
  log(`web/dist ${existsSync(index) ? 'older than its sources' : 'missing'}: building it first (npx vite build --config web/vite.config.ts)…`);
  const started = performance.now();
  const built = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const took = Math.round(performance.now() - started);
  if (built.status === 0 && existsSync(index)) return { state: 'built', note: `web/dist built first (${took} ms)` };
  const why = `${built.stderr ?? ''}${built.stdout ?? ''}`.trim().split('\n').slice(-3).join(' | ');
  return { state: 'build-failed', note: `vite build failed (${why}): servers may start without the web app` };
}

// ---------------------------------------------------------------------------------------------
// HTTP

export interface SimpleResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request to 127.0.0.1; `agent` keeps the connection alive between calls. */
export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; agent?: http.Agent; timeoutMs?: number } = {},
): Promise<SimpleResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: {
          ...(options.body !== undefined
            ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(options.body)) }
            : {}),
          ...options.headers,
        },
        agent: options.agent ?? false,
        timeout: options.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Polls `url` every `intervalMs` until it answers 200; resolves with performance.now() of that answer. */
export async function pollUntil200(
  url: string,
  { intervalMs = 5, deadlineMs = 30_000, gaveUp }: { intervalMs?: number; deadlineMs?: number; gaveUp?: () => string | null } = {},
): Promise<number> {
  const deadline = performance.now() + deadlineMs;
  for (;;) {
    try {
      const res = await request(url, { timeoutMs: 2_000 });
      if (res.status === 200) return performance.now();
    } catch {
      // not listening yet
    }
    const reason = gaveUp?.();
    if (reason) throw new Error(reason);
    if (performance.now() > deadline) throw new Error(`no 200 from ${url} within ${deadlineMs} ms`);
    await sleep(intervalMs);
  }
}

/** Logs in; returns the session cookie (name=value) and the CSRF token. */
export async function logIn(baseUrl: string, username: string, password: string): Promise<{ cookie: string; csrfToken: string }> {
  const res = await request(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${username}: HTTP ${res.status} ${res.body}`);
  const setCookie = res.headers['set-cookie']?.find((c) => c.startsWith('custodia_session='));
  if (!setCookie) throw new Error('login answered 200 without a session cookie');
  return { cookie: setCookie.split(';')[0] as string, csrfToken: (JSON.parse(res.body) as { csrfToken: string }).csrfToken };
}

// ---------------------------------------------------------------------------------------------
// Child processes

export interface Child {
  proc: ChildProcess;
  /** The last lines the child wrote to stderr, for error messages. */
  stderrTail(): string;
  exited(): boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has gone. */
  stop(graceMs?: number): Promise<void>;
}

export function track(proc: ChildProcess): Child {
  let tail = '';
  let exitedFlag = false;
  const gone = new Promise<void>((resolve) => proc.once('exit', () => { exitedFlag = true; resolve(); }));
  proc.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4_000);
  });
  return {
    proc,
    stderrTail: () => tail.trim(),
    exited: () => exitedFlag || proc.exitCode !== null || proc.signalCode !== null,
    async stop(graceMs = 10_000) {
      if (exitedFlag || proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      await gone;
      clearTimeout(timer);
    },
  };
}

export interface RunningServer {
  url: string;
  /** startServer, or the same steps without the web build when the web app is absent. */
  mode: string;
  engine: string;
  child: Child;
  stop(): Promise<void>;
}

/**
 * Starts Custodia in a child process (bench/lib/server-child.mjs, which loads the TypeScript
 * sources through tsx as bin/custodia.mjs does) and waits until it listens.
 */
export async function startServerChild(db: string, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    CUSTODIA_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'silent',
    HOST,
    PORT: String(port),
    LOGIN_ATTEMPTS_PER_MINUTE_PER_IP: LOGIN_ATTEMPTS_PER_MINUTE,
    // No demonstration estate (35 000 synthetic people by default on an empty embedded database).
    CUSTODIA_DEMO: 'false',
    ...(db.startsWith('postgres') ? { DATABASE_URL: db } : { CUSTODIA_DATA_DIR: db }),
    ...extraEnv,
  };
  const proc = spawn(process.execPath, [path.join(ROOT, 'bench', 'lib', 'server-child.mjs')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child = track(proc);
  const ready = await new Promise<{ url: string; mode: string; engine: string }>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start within 60 s: ${child.stderrTail()}`)), 60_000);
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith('READY '));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line.slice('READY '.length)) as { url: string; mode: string; engine: string });
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${child.stderrTail()}`));
    });
  });
  return { ...ready, child, stop: () => child.stop() };
}

/** A bare Fastify hello-world in its own child process, for comparison. */
export async function startHelloChild(): Promise<{ url: string; child: Child }> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'lib', 'hello-child.ts'), String(port)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child = track(proc);
  const url = `http://${HOST}:${port}/`;
  await pollUntil200(url, { intervalMs: 20, deadlineMs: 30_000, gaveUp: () => (child.exited() ? `hello-world exited: ${child.stderrTail()}` : null) });
  return { url, child };
}

// ---------------------------------------------------------------------------------------------
// Load generation

export interface LoadOptions {
  url: string;
  connections: number;
  durationS: number;
  warmupS?: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadFigures {
  rps: number;
  latencyMean: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  max: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Who used the CPU during the measured run. */
  cpu: CpuUse | null;
}

/** An optional warm-up run (discarded), then the measured autocannon run. */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  const base = {
    url: options.url,
    connections: options.connections,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(options.body !== undefined ? { body: options.body } : {}),
    timeout: 30,
  };
  if (options.warmupS) await autocannon({ ...base, duration: options.warmupS });
  const cpu = watchCpu();
  const r: AutocannonResult = await autocannon({ ...base, duration: options.durationS });
  const used = cpu();
  return {
    rps: r.requests.average,
    latencyMean: r.latency.average,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    max: r.latency.max,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    cpu: used,
  };
}

export function describeLoad(label: string, f: LoadFigures): string {
  const problems = f.non2xx + f.errors + f.timeouts > 0 ? `  !! non-2xx ${f.non2xx}, errors ${f.errors}, timeouts ${f.timeouts}` : '';
  return (
    `${label.padEnd(34)} ${f.rps.toFixed(0).padStart(7)} req/s   latency p50 ${f.p50} ms, p90 ${f.p90} ms, ` +
    `p99 ${f.p99} ms, max ${f.max} ms   (${f.total} requests)${problems}\n` +
    `${''.padEnd(36)}${describeCpu(f.cpu)}`
  );
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL scratch databases

/** Where the benchmark's PostgreSQL is: BENCH_PG_URL, else 127.0.0.1:5432/test as postgres, else as root. */
async function adminUrl(): Promise<string> {
  const candidates = process.env.BENCH_PG_URL
    ? [process.env.BENCH_PG_URL]
    : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];
  let last: unknown;
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return url;
    } catch (error) {
      last = error;
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`cannot connect to PostgreSQL (${candidates.join(', ')}): ${(last as Error)?.message}`);
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates custodia_bench_<pid> (dropping a leftover of the same name first). */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const admin = await adminUrl();
  const name = `custodia_bench_${process.pid}`;
  benchDatabaseName = name;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`drop database if exists ${name} with (force)`);
  await run(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await run(`drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * The database to benchmark: a fresh embedded folder, or a scratch PostgreSQL database. The
 * returned cleanup removes it; it also runs on SIGINT/SIGTERM.
 */
export async function benchDatabase(engine: Engine, prefix: string): Promise<{ target: string; label: string; cleanup(): Promise<void> }> {
  let cleanup: () => Promise<void>;
  let target: string;
  let label: string;
  if (engine === 'postgres') {
    const scratch = await createScratchDatabase();
    target = scratch.url;
    label = `PostgreSQL scratch database ${new URL(scratch.url).pathname.slice(1)}`;
    cleanup = () => scratch.drop();
  } else {
    target = freshDir(prefix);
    label = `PGlite (embedded), fresh folder ${target}`;
    cleanup = async () => removeDir(target);
  }
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    target,
    label,
    async cleanup() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await cleanup();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// CPU accounting (Linux /proc): who used the cores during a measurement

interface ProcTicks {
  /** utime + stime + cutime + cstime: the process and its children it has reaped. */
  ticks: number;
  ppid: number;
  comm: string;
  /** For a PostgreSQL backend, the database it serves (from its process title). */
  database?: string;
}

/** The scratch database of this benchmark: other databases' backends count as other load. */
let benchDatabaseName: string | null = null;

interface CpuSnapshot {
  busy: number;
  all: number;
  procs: Map<number, ProcTicks>;
}

function snapshot(): CpuSnapshot | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest is already counted in user)
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = f;
    const procs = new Map<number, ProcTicks>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        const comm = stat.slice(stat.indexOf('(') + 1, close);
        const rest = stat.slice(close + 2).split(' ');
        const ticks = Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]);
        const proc: ProcTicks = { ticks, ppid: Number(rest[1]), comm };
        if (comm === 'postgres') {
          // A backend's title: "postgres: 15/main: <user> <database> <client> <state>".
          const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
          const backend = /^postgres: [^:]+: (\S+) (\S+) (\S+\(\d+\)|\[local\])/.exec(title);
          if (backend?.[2]) proc.database = backend[2];
        }
        procs.set(Number(entry), proc);
      } catch {
        // the process ended meanwhile
      }
    }
    return { busy: user + nice + system + irq + softirq + steal, all: user + nice + system + idle + iowait + irq + softirq + steal, procs };
  } catch {
    return null;
  }
}

/** This process and every process below it in a snapshot. */
function descendants(snap: CpuSnapshot): Set<number> {
  const ours = new Set<number>([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of snap.procs) {
      if (!ours.has(pid) && ours.has(p.ppid)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  return ours;
}

export interface CpuUse {
  /** In cores (1.0 = one core fully busy) over the window. */
  total: number;
  /** This benchmark process and its children (the servers under test). */
  ours: number;
  /** The PostgreSQL server: its background processes and the backends of our scratch database. */
  postgres: number;
  /** Everything else: other work on the machine, which distorts the figures. */
  other: number;
}

/**
 * Starts watching; the returned function gives the CPU used since, by whom. Null off Linux.
 * Children that end within the window are counted through this process's cutime/cstime (Node
 * reaps them), so servers started and stopped meanwhile count as ours, not as other load.
 */
export function watchCpu(): () => CpuUse | null {
  const start = snapshot();
  return () => {
    const end = snapshot();
    if (!start || !end) return null;
    const perCore = (end.all - start.all) / os.cpus().length;
    if (perCore <= 0) return null;
    const oursAtStart = descendants(start);
    const oursAtEnd = descendants(end);
    let mine = 0;
    for (const pid of oursAtEnd) mine += (end.procs.get(pid)?.ticks ?? 0) - (start.procs.get(pid)?.ticks ?? 0);
    // Reaped meanwhile: their whole life is now in an ancestor's cutime; take off what was before.
    for (const pid of oursAtStart) if (!end.procs.has(pid)) mine -= start.procs.get(pid)?.ticks ?? 0;
    let postgres = 0;
    for (const [pid, p] of end.procs) {
      if (oursAtEnd.has(pid) || p.comm !== 'postgres') continue;
      if (p.database !== undefined && p.database !== benchDatabaseName) continue; // someone else's: other
      postgres += Math.max(0, p.ticks - (start.procs.get(pid)?.ticks ?? 0));
    }
    const total = (end.busy - start.busy) / perCore;
    const use = { total, ours: Math.max(0, mine) / perCore, postgres: postgres / perCore, other: 0 };
    use.other = Math.max(0, total - use.ours - use.postgres);
    return use;
  };
}

export function describeCpu(use: CpuUse | null): string {
  if (!use) return 'CPU use: not available';
  const warn = use.other > 0.25 ? `  !! other processes busy (${use.other.toFixed(2)} cores): figures are depressed` : '';
  return (
    `CPU (cores of ${os.cpus().length}): total ${use.total.toFixed(2)} = bench+server ${use.ours.toFixed(2)}` +
    `${use.postgres > 0.005 ? ` + postgres ${use.postgres.toFixed(2)}` : ''} + other ${use.other.toFixed(2)}${warn}`
  );
}

/**
 * Waits (up to `maxMs`, default 10 s or BENCH_QUIET_MAX_S) for other processes to use less than
 * `threshold` cores for two seconds running, so a measurement does not start while, say, a test suite is
 * running. Says what it found.
 */
export async function waitForQuiet(
  maxMs = Number(process.env.BENCH_QUIET_MAX_S ?? 10) * 1000,
  threshold = 0.25,
): Promise<CpuUse | null> {
  await takeBenchLock(maxMs);
  const until = performance.now() + maxMs;
  let last: CpuUse | null = null;
  let quietSeconds = 0;
  for (;;) {
    const done = watchCpu();
    await sleep(1_000);
    last = done();
    if (!last) return null;
    quietSeconds = last.other + last.postgres < threshold ? quietSeconds + 1 : 0;
    // Two quiet seconds in a row: a test run between two files is not quiet.
    if (quietSeconds >= 2) return last;
    if (performance.now() > until) {
      console.log(`!! machine still busy after ${Math.round(maxMs / 1000)} s (other processes ${(last.other + last.postgres).toFixed(2)} cores): measuring anyway`);
      return last;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// One benchmark at a time on this machine

const LOCK_FILE = path.join(os.tmpdir(), 'custodia-bench.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Two benchmarks running at once would each halve the other's figures: takes a lock file in the
 * temporary folder (released when this process exits), waiting up to `maxMs` for its holder.
 */
export async function takeBenchLock(maxMs: number): Promise<void> {
  const until = performance.now() + maxMs;
  let said = false;
  for (;;) {
    try {
      writeFileSync(LOCK_FILE, String(process.pid), { flag: 'wx' });
      process.once('exit', () => {
        try {
          if (readFileSync(LOCK_FILE, 'utf8') === String(process.pid)) unlinkSync(LOCK_FILE);
        } catch {
          // already gone
        }
      });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = Number.NaN;
    try {
      holder = Number(readFileSync(LOCK_FILE, 'utf8'));
    } catch {
      continue; // released meanwhile
    }
    if (!Number.isInteger(holder) || !alive(holder)) {
      rmSync(LOCK_FILE, { force: true }); // left by a benchmark that was killed
      continue;
    }
    if (performance.now() > until) {
      console.log(`!! another benchmark (pid ${holder}) is still running after ${Math.round(maxMs / 1000)} s: measuring anyway`);
      return;
    }
    if (!said) console.log(`Waiting for another benchmark (pid ${holder}, lock ${LOCK_FILE}) to finish…`);
    said = true;
    await sleep(1_000);
  }
}
