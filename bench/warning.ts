/**
 * The early warning at national size, on the demonstration estate (35,000 people, a year of
 * history) imported as `custodia demo` does:
 * - every signal for the whole national estate as of one time T (`evaluateWarning` of every
 *   centre): 10 runs after 2 warm-up runs, with where the time goes (reading the history,
 *   projecting the facts of every centre, the signals); target under 1 s on PostgreSQL;
 * - one centre after one movement: a movement recorded at the largest centre through the roll's
 *   use case, then `evaluateWarning` of that centre as of the movement: 20 runs after 2 warm-up;
 *   target under 100 ms.
 *
 *   node --import tsx bench/warning.ts [--engine pglite|postgres] [--people 35000]
 */
import { SYSTEM_ACTOR } from '../src/modules/audit/index.ts';
import { recordMovement } from '../src/modules/roll/index.ts';
import { evaluateWarning, factsAt, loadWarningHistory } from '../src/modules/warning/index.ts';
import { evaluateSignals } from '../src/modules/warning/signals/all.ts';
import { describeCpu, emitResult, heading, ms, summarise, watchCpu } from './lib/common.ts';
import { openDemoBench } from './lib/demo-estate.ts';

const bench = await openDemoBench('warning');
const { db, engine, people: PEOPLE, now: NOW } = bench;
try {
  let started = performance.now();

  heading('All signals, whole national estate, as of one time');
  const T = new Date(NOW.getTime() - 60_000);
  const national: number[] = [];
  const read: number[] = [];
  const project: number[] = [];
  const signals: number[] = [];
  let findings = 0;
  let centres = 0;
  let people = 0;
  const nationalCpuMs: number[] = [];
  const cpuNational = watchCpu();
  for (let i = 0; i < 12; i++) {
    started = performance.now();
    const cpu = process.cpuUsage();
    const evaluations = await evaluateWarning(db, { at: T });
    const used = process.cpuUsage(cpu);
    if (i >= 2) {
      national.push(performance.now() - started);
      nationalCpuMs.push((used.user + used.system) / 1000);
    }
    findings = evaluations.reduce((sum, e) => sum + e.findings.length, 0);
    centres = evaluations.length;
  }
  const nationalCpu = cpuNational();
  for (let i = 0; i < 7; i++) {
    started = performance.now();
    const history = await loadWarningHistory(db, { from: T, to: T });
    const loaded = performance.now();
    const facts = history.centres.map((c) => factsAt(history, c, T));
    const projected = performance.now();
    for (const f of facts) evaluateSignals(f);
    const done = performance.now();
    if (i >= 2) {
      read.push(loaded - started);
      project.push(projected - loaded);
      signals.push(done - projected);
    }
    people = facts.reduce((sum, f) => sum + f.people.length, 0);
  }
  const n = summarise(national);
  console.log(`${centres} centres, ${people} people on the roll, ${findings} findings`);
  console.log(`evaluateWarning (every centre): median ${ms(n.p50)}, p95 ${ms(n.p95)}, max ${ms(n.max)} (n=${n.n}; ${describeCpu(nationalCpu)})`);
  // On a busy machine the wall time says little: the CPU time of this process (not the database server's) per run.
  console.log(`  CPU time of this process per run: median ${ms(summarise(nationalCpuMs).p50)}`);
  const [r, p, s] = [summarise(read), summarise(project), summarise(signals)];
  console.log(`  of which: reading the history median ${ms(r.p50)}; projecting every centre's facts ${ms(p.p50)}; the signals ${ms(s.p50)}`);

  heading('One centre after one movement');
  const history = await loadWarningHistory(db, { from: T, to: T });
  const sizes = history.centres.map((c) => ({ centre: c, facts: factsAt(history, c, T) })).sort((a, b) => b.facts.people.length - a.facts.people.length);
  const largest = sizes[0];
  if (!largest) throw new Error('no centre');
  const movers = largest.facts.people.filter((x) => x.state === 'in').map((x) => x.id);
  const one: number[] = [];
  const oneCpuMs: number[] = [];
  const cpuOne = watchCpu();
  for (let i = 0; i < 22; i++) {
    const person = movers[i] as string;
    const at = new Date(NOW.getTime() + i * 1000);
    await recordMovement(db, { actor: SYSTEM_ACTOR }, { person, type: 'court_out', at, reason: 'bench' }, { guard: 'no_placement' });
    started = performance.now();
    const cpu = process.cpuUsage();
    await evaluateWarning(db, { centres: [largest.centre], at });
    const used = process.cpuUsage(cpu);
    if (i >= 2) {
      one.push(performance.now() - started);
      oneCpuMs.push((used.user + used.system) / 1000);
    }
  }
  const oneCpu = cpuOne();
  const o = summarise(one);
  console.log(`${largest.centre} (${largest.facts.people.length} people): evaluateWarning after a movement: median ${ms(o.p50)}, p95 ${ms(o.p95)}, max ${ms(o.max)} (n=${o.n}; ${describeCpu(oneCpu)})`);
  console.log(`  CPU time of this process per run: median ${ms(summarise(oneCpuMs).p50)}`);
  emitResult('warning', {
    engine,
    people: PEOPLE,
    centres,
    findings,
    national: { p50: n.p50, p95: n.p95, max: n.max, read: r.p50, project: p.p50, signals: s.p50, cpu: summarise(nationalCpuMs).p50, otherCores: nationalCpu ? nationalCpu.other + nationalCpu.postgres : null },
    oneCentre: { centre: largest.centre, people: largest.facts.people.length, p50: o.p50, p95: o.p95, max: o.max, cpu: summarise(oneCpuMs).p50 },
  });
} finally {
  await bench.close();
}
