/**
 * A one-year backtest of the early warning on the demonstration estate (35,000 people, a year of
 * history, seed 2021 as `custodia demo`), loaded as `custodia demo` loads it: every centre, day
 * by day, the facts at the end of each day and every signal, scored against the serious
 * incidents beside the naive baseline (`runBacktest`, the code of `custodia alerts backtest`).
 * Prints the time (target under 2 minutes), where it goes, and the figures for bench/README.md.
 *
 *   node --import tsx bench/warning-backtest.ts [--engine pglite|postgres] [--people 35000] [--seed 2021]
 */
import { LEAD_DAYS, loadWarningHistory, runBacktest, type BacktestFigures } from '../src/modules/warning/index.ts';
import { describeCpu, emitResult, heading, watchCpu } from './lib/common.ts';
import { numberArg, openDemoBench } from './lib/demo-estate.ts';

const NOW = new Date();
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// The last 365 full days before today: the demonstration's year of history.
const TO = day(NOW.getTime() - 86_400_000);
const FROM = day(NOW.getTime() - 365 * 86_400_000);

const bench = await openDemoBench('warning-backtest', { seed: numberArg('--seed', 2021), now: NOW });
const { db, engine, people: PEOPLE, seed: SEED } = bench;
try {
  let started: number;

  heading(`One-year backtest, ${FROM} to ${TO}, every centre`);
  started = performance.now();
  await loadWarningHistory(db, { from: new Date(`${FROM}T00:00:00Z`), to: new Date(`${TO}T23:59:59Z`) });
  const readMs = performance.now() - started;
  const cpu = watchCpu();
  const cpuBefore = process.cpuUsage();
  started = performance.now();
  const score = await runBacktest(db, { from: FROM, to: TO });
  const totalMs = performance.now() - started;
  const cpuUse = cpu();
  const spent = process.cpuUsage(cpuBefore);
  // The embedded engine runs in this process, so its CPU time is the whole cost on an idle machine.
  const cpuMs = (spent.user + spent.system) / 1000;
  console.log(`runBacktest: ${(totalMs / 1000).toFixed(1)} s for ${score.centres} centres × ${score.days + 7} days (reading the history alone: ${(readMs / 1000).toFixed(1)} s; ${describeCpu(cpuUse)})`);
  console.log(`CPU time of this process during the backtest: ${(cpuMs / 1000).toFixed(1)} s`);
  console.log(`target: under 120 s — ${totalMs < 120_000 ? 'met' : 'NOT met'}`);

  heading('Figures');
  console.log(`serious incidents: ${score.incidents} ${JSON.stringify(score.incidents_by_type)}`);
  const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)} %`);
  const line = (label: string, s: BacktestFigures) =>
    console.log(
      `${label.padEnd(26)} recall ${LEAD_DAYS.map((lead) => `${lead} d ${pct(s.recall[lead])} (${s.hits[lead]})`).join(', ')}; alarms ${s.alarms}, false ${s.false_alarms}, ${s.false_alarms_per_centre_month.toFixed(2)} false per centre-month`,
    );
  line('early warning', score.warning);
  line('naive baseline', score.baseline);
  for (const [type, s] of Object.entries(score.warning.by_type)) line(`  ${type}`, s);
  emitResult('warning-backtest', { engine, people: PEOPLE, seed: SEED, from: FROM, to: TO, ms: totalMs, cpuMs, readMs, cpu: cpuUse, score });
} finally {
  await bench.close();
}
