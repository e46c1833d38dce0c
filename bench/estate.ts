/**
 * The estate and register at national size, on the embedded engine or PostgreSQL:
 * - generating the demonstration estate in memory (35,000 people; the figure
 *   src/modules/demo/demo-full-size.test.ts used to assert, budget 10 s);
 * - import of a 40,000-person estate (`custodia import`, a child process, wall time);
 * - `custodia demo` (35,000 people) on an empty database;
 * - person search latency over 40,000 people (p50/p95/p99 of 300 queries: names, misspelt
 *   names, aliases, ID numbers);
 * - the national roll now and as of a past time (p50/p95 of 50 computations).
 *
 *   node --import tsx bench/estate.ts [--engine pglite|postgres] [--people 40000]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/db/engine.ts';
import { generateDemoEstate } from '../src/modules/demo/index.ts';
import { writeBundle } from '../src/modules/interchange/index.ts';
import { searchPersons } from '../src/modules/register/index.ts';
import { computeRoll, computeRollAt } from '../src/modules/roll/index.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const engine = option('engine', 'pglite');
const people = Number(option('people', '40000'));
const PG_SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'custodia.mjs');
const work = mkdtempSync(path.join(os.tmpdir(), 'custodia-bench-estate-'));
const scratch: string[] = [];

async function freshTarget(name: string): Promise<string> {
  if (engine === 'pglite') return path.join(work, name);
  const database = `custodia_bench_${name}_${process.pid}`;
  const client = new pg.Client({ connectionString: PG_SERVER });
  await client.connect();
  await client.query(`create database ${database}`);
  await client.end();
  scratch.push(database);
  const url = new URL(PG_SERVER);
  url.pathname = `/${database}`;
  return url.toString();
}

function cli(argv: string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, [BIN, ...argv], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, CUSTODIA_ADMIN_PASSWORD: 'bench-admin-password', LOG_LEVEL: 'silent' },
  });
  return performance.now() - started;
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) as number };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

try {
  console.log(`engine: ${engine}; ${os.cpus().length} cores; ${people} people`);

  // 0. The demonstration estate generated in memory, as the full-size test builds it.
  const generationStarted = performance.now();
  const demo = generateDemoEstate({ seed: 2026, now: new Date('2026-01-15T12:00:00Z') });
  const generationMs = performance.now() - generationStarted;
  console.log(`generate the demonstration estate (${demo.bundle.persons.length} people, ${demo.bundle.movements.length} movements) in memory: ${(generationMs / 1000).toFixed(2)} s (budget 10 s)`);

  // 1. Import of a national estate.
  const { bundle } = generateDemoEstate({ seed: 7, people, now: new Date() });
  const dir = path.join(work, 'estate');
  writeBundle(dir, bundle);
  const importTarget = await freshTarget('import');
  cli(['migrate', '--db', importTarget]);
  const importMs = cli(['import', dir, '--db', importTarget]);
  console.log(`import ${bundle.persons.length} people, ${bundle.locations.length} locations, ${bundle.movements.length} movements: ${(importMs / 1000).toFixed(1)} s (process wall time, incl. ~1 s start-up)`);

  // 2. The demonstration estate on an empty database.
  const demoTarget = await freshTarget('demo');
  const demoMs = cli(['demo', '--db', demoTarget]);
  console.log(`custodia demo (35,000 people, empty database, incl. migration): ${(demoMs / 1000).toFixed(1)} s`);

  // 3 and 4: in-process, on the imported estate.
  const handle = await openDatabase(importTarget);
  const national = { caseload: { all: true, centres: [] } };
  const typo = (word: string, seed: number) => {
    if (word.length < 5) return word;
    const i = 1 + (seed % (word.length - 2));
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  };
  const queries: string[] = [];
  for (let i = 0; i < 300; i += 1) {
    const p = bundle.persons[(i * 7919) % bundle.persons.length]!;
    const given = p.givenNames.split(' ')[0]!;
    const family = p.familyNames.split(' ')[0]!;
    const kind = i % 5;
    queries.push(
      kind === 0 ? `${given} ${family}` : kind === 1 ? `${family} ${given}` : kind === 2 ? `${given.toLowerCase()} ${typo(family.toLowerCase(), i)}` : kind === 3 ? (p.aliases[0] ?? family) : (p.nationalId ?? p.id),
    );
  }
  for (const q of queries.slice(0, 20)) await searchPersons(handle.db, national, q); // warm-up
  const searchTimes: number[] = [];
  let found = 0;
  for (const q of queries) {
    const started = performance.now();
    const result = await searchPersons(handle.db, national, q);
    searchTimes.push(performance.now() - started);
    if (result.length > 0) found += 1;
  }
  const s = percentiles(searchTimes);
  console.log(`person search over ${people} people (${queries.length} queries, ${found} with results): p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}, max ${ms(s.max)}`);

  const rollNow: number[] = [];
  const rollPast: number[] = [];
  const past = new Date(Date.now() - 90 * 86_400_000);
  for (let i = 0; i < 55; i += 1) {
    let started = performance.now();
    await computeRoll(handle.db, national);
    if (i >= 5) rollNow.push(performance.now() - started);
    started = performance.now();
    await computeRollAt(handle.db, national, past);
    if (i >= 5) rollPast.push(performance.now() - started);
  }
  const n = percentiles(rollNow);
  const p = percentiles(rollPast);
  console.log(`national roll now: p50 ${ms(n.p50)}, p95 ${ms(n.p95)}; as of 90 days ago: p50 ${ms(p.p50)}, p95 ${ms(p.p95)}`);
  await handle.close();
} finally {
  rmSync(work, { recursive: true, force: true });
  if (scratch.length > 0) {
    const client = new pg.Client({ connectionString: PG_SERVER });
    await client.connect();
    for (const database of scratch) await client.query(`drop database if exists ${database} with (force)`);
    await client.end();
  }
}
