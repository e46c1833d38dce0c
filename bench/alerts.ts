/**
 * The alerts' side of the early warning, on the demonstration estate imported as `custodia demo`
 * does (35,000 people by default):
 * - the server's first evaluation at start: every centre evaluated and every finding kept as an
 *   alert (raised, audited as the system), once; then the same again with nothing changed (what
 *   the 10-minute schedule costs on a quiet estate): 5 runs;
 * - after one movement at the largest centre, recorded through the roll's use case: the time from
 *   its commit until the centre's alerts are reconciled by the re-evaluation that listens to
 *   commits (its one-second debounce subtracted): 10 runs after 2 warm-up.
 *
 *   node --import tsx bench/alerts.ts [--engine pglite|postgres] [--people 35000]
 */
import { sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../src/modules/audit/index.ts';
import { recordMovement } from '../src/modules/roll/index.ts';
import { startWarningReevaluation, whenWarningIdle } from '../src/modules/warning/index.ts';
import { describeCpu, emitResult, heading, ms, summarise, watchCpu } from './lib/common.ts';
import { openDemoBench } from './lib/demo-estate.ts';

const DEBOUNCE_MS = 1_000;

const bench = await openDemoBench('alerts');
const { db, engine, people: PEOPLE } = bench;
try {
  let started: number;
  const count = async () =>
    ((await db.execute(sql`select severity, count(*)::int as n from alerts where status <> 'resolved' group by 1 order by 1`)) as { rows: { severity: string; n: number }[] }).rows;

  heading('The first evaluation at start, then the schedule on a quiet estate');
  const reevaluation = startWarningReevaluation(db, { listen: false });
  const cpuFirst = watchCpu();
  started = performance.now();
  await reevaluation.evaluateAll();
  const first = performance.now() - started;
  const firstCpu = cpuFirst();
  const open = await count();
  console.log(`first evaluation, every finding raised: ${ms(first)} (${describeCpu(firstCpu)}); open alerts: ${open.map((r) => `${r.severity} ${r.n}`).join(', ')}`);
  const quiet: number[] = [];
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    await reevaluation.evaluateAll();
    quiet.push(performance.now() - started);
  }
  const q = summarise(quiet);
  console.log(`scheduled evaluation, nothing changed: median ${ms(q.p50)}, max ${ms(q.max)} (n=${q.n})`);
  await reevaluation.stop();

  heading('One movement: from its commit to the centre’s alerts reconciled');
  const listening = startWarningReevaluation(db, { listen: true, debounceMs: DEBOUNCE_MS });
  const largest = (
    (await db.execute(sql`select centre, count(*)::int as n from stays where valid_to is null and state = 'in' group by 1 order by 2 desc limit 1`)) as {
      rows: { centre: string; n: number }[];
    }
  ).rows[0];
  if (!largest) throw new Error('no centre');
  const movers = (
    (await db.execute(sql`select person from stays where valid_to is null and state = 'in' and centre = ${largest.centre} order by person limit 12`)) as { rows: { person: string }[] }
  ).rows.map((r) => r.person);
  const after: number[] = [];
  const cpuAfter = watchCpu();
  for (let i = 0; i < movers.length; i++) {
    await recordMovement(db, { actor: SYSTEM_ACTOR }, { person: movers[i] as string, type: 'court_out', at: new Date(Date.now() - 1000), reason: 'bench' }, { guard: 'no_placement' });
    started = performance.now();
    await whenWarningIdle(db);
    if (i >= 2) after.push(performance.now() - started - DEBOUNCE_MS);
  }
  const afterCpu = cpuAfter();
  await listening.stop();
  const a = summarise(after);
  console.log(`${largest.centre} (${largest.n} people in): re-evaluated and reconciled after a movement: median ${ms(a.p50)}, p95 ${ms(a.p95)}, max ${ms(a.max)} beyond the ${DEBOUNCE_MS} ms debounce (n=${a.n}; ${describeCpu(afterCpu)})`);
  emitResult('alerts', {
    engine,
    people: PEOPLE,
    firstEvaluationMs: first,
    open: Object.fromEntries(open.map((r) => [r.severity, r.n])),
    quietEvaluation: { median: q.p50, max: q.max },
    afterMovement: { centre: largest.centre, median: a.p50, p95: a.p95, max: a.max },
  });
} finally {
  await bench.close();
}
