/**
 * The roll at national size:
 * - sustained movement recording through the real use case (state check, movement, stays,
 *   audit entry, one transaction each) with 8 concurrent writers for 10 s, against plain
 *   single-row INSERTs into a table like `movements` with the same concurrency, in the same run;
 * - the national roll now and as of a past time with 40,000 people and 1,000,000 historical
 *   movements (and their stays).
 *
 *   node --import tsx bench/roll.ts [--engine pglite|postgres] [--people 40000] [--history 25]
 */
import { rmSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/db/engine.ts';
import { SYSTEM_ACTOR } from '../src/modules/audit/index.ts';
import { generateDemoEstate } from '../src/modules/demo/index.ts';
import { importBundle } from '../src/modules/interchange/index.ts';
import { computeRoll, computeRollAt, recordMovement } from '../src/modules/roll/index.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const engine = option('engine', 'postgres');
const people = Number(option('people', '40000'));
const history = Number(option('history', '25'));
const PG_SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const work = mkdtempSync(path.join(os.tmpdir(), 'custodia-bench-roll-'));
const database = `custodia_bench_roll_${process.pid}`;

async function target(): Promise<string> {
  if (engine === 'pglite') return path.join(work, 'db');
  const client = new pg.Client({ connectionString: PG_SERVER });
  await client.connect();
  await client.query(`create database ${database}`);
  await client.end();
  const url = new URL(PG_SERVER);
  url.pathname = `/${database}`;
  return url.toString();
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
  return `p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms, max ${(sorted.at(-1) as number).toFixed(1)} ms`;
}

/** Runs `work` from `writers` loops for `seconds`; returns operations per second. */
async function sustained(writers: number, seconds: number, work: (writer: number, i: number) => Promise<void>): Promise<{ perSecond: number; total: number }> {
  const end = Date.now() + seconds * 1000;
  let total = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = 0; Date.now() < end; i += 1) {
        await work(writer, i);
        total += 1;
      }
    }),
  );
  return { perSecond: total / seconds, total };
}

let handle: DatabaseHandle | undefined;
try {
  const where = await target();
  handle = await openDatabase(where);
  await handle.migrate();
  const db = handle.db;
  console.log(`engine: ${engine}; ${os.cpus().length} cores; ${people} people`);
  const { bundle, estimatedCapacity } = generateDemoEstate({ seed: 11, people, now: new Date() });
  let started = Date.now();
  const outcome = await importBundle(db, { actor: SYSTEM_ACTOR }, bundle, { counts: {}, issues: [] }, { dryRun: false, language: 'en', estimatedCapacity });
  if (!outcome.ok) throw new Error(outcome.errors[0]?.message);
  console.log(`estate imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Movement recording: court out and back for distinct people, each writer its own people.
  const moved = new Set(bundle.movements.map((m) => m.person));
  const inCells = bundle.custody.filter((c) => c.location !== null && !moved.has(c.person)).map((c) => c.person);
  const writers = engine === 'pglite' ? 1 : 8;
  const perWriter = Math.floor(inCells.length / writers);
  const recorded = await sustained(writers, 10, async (writer, i) => {
    const person = inCells[writer * perWriter + (Math.floor(i / 2) % perWriter)] as string;
    await recordMovement(db, { actor: SYSTEM_ACTOR }, { person, type: i % 2 === 0 ? 'court_out' : 'court_return', reason: 'bench' }, { guard: 'no_placement' });
  });
  await db.execute(sql`create table bench_inserts (id bigserial primary key, person text not null, type text not null, at timestamptz not null, from_centre text, to_centre text, reason text, recorded_by text not null)`);
  const plain = await sustained(writers, 10, async (writer, i) => {
    await db.execute(sql`insert into bench_inserts (person, type, at, from_centre, to_centre, reason, recorded_by) values (${`P${writer}-${i}`}, 'court_out', now(), 'LIT', 'LIT', 'bench', 'bench')`);
  });
  console.log(`movements recorded with audit (${writers} writers, 10 s): ${recorded.perSecond.toFixed(0)}/s; plain single-row INSERTs: ${plain.perSecond.toFixed(0)}/s; ratio ${(recorded.perSecond / plain.perSecond).toFixed(3)}`);

  // A million historical movements: `history` earlier stays and movements per person, before admission.
  started = Date.now();
  await db.execute(sql.raw(`
    insert into stays (person, episode, centre, location, state, out_reason, valid_from, valid_to)
    select s.person, s.episode, s.centre, s.location, case when g % 2 = 0 then 'in' else 'out' end, case when g % 2 = 0 then null else 'court' end,
           s.valid_from - (g + 1) * interval '3 days', s.valid_from - g * interval '3 days'
    from stays s cross join generate_series(1, ${history}) g where s.valid_to is null`));
  await db.execute(sql.raw(`
    insert into movements (person, episode, type, at, from_centre, from_location, to_centre, to_location, reason, recorded_by)
    select s.person, s.episode, case when s.state = 'out' then 'court_out' else 'court_return' end, s.valid_from, s.centre, s.location, s.centre, s.location, 'history', 'bench'
    from stays s where s.valid_to is not null`));
  await db.execute(sql.raw('analyze'));
  const [count] = ((await db.execute(sql`select count(*)::int as n from movements`)) as { rows: { n: number }[] }).rows;
  console.log(`history: ${count?.n} movements in all (built in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const national = { caseload: { all: true, centres: [] } };
  const now: number[] = [];
  const past: number[] = [];
  const then = new Date(Date.now() - 400 * 86_400_000);
  for (let i = 0; i < 25; i += 1) {
    let t = performance.now();
    await computeRoll(db, national);
    if (i >= 5) now.push(performance.now() - t);
    t = performance.now();
    await computeRollAt(db, national, then);
    if (i >= 5) past.push(performance.now() - t);
  }
  console.log(`national roll now: ${percentiles(now)}`);
  console.log(`national roll as of ${then.toISOString().slice(0, 10)}: ${percentiles(past)}`);
} finally {
  await handle?.close();
  rmSync(work, { recursive: true, force: true });
  if (engine !== 'pglite') {
    const client = new pg.Client({ connectionString: PG_SERVER });
    await client.connect();
    await client.query(`drop database if exists ${database} with (force)`);
    await client.end();
  }
}
