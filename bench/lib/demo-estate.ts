/**
 * The start of every benchmark of the early warning: a scratch database (embedded folder or
 * PostgreSQL, `--engine`), migrated, the demonstration estate loaded as `custodia demo` loads it
 * (`--people N`, default 35,000), then a wait for a quiet machine. The caller measures, then
 * closes (which also removes the scratch database).
 */
import { openDatabase, type Database, type DatabaseHandle } from '../../src/db/engine.ts';
import { SYSTEM_ACTOR } from '../../src/modules/audit/index.ts';
import { DEFAULT_PEOPLE, loadDemoEstate, type DemoEstate } from '../../src/modules/demo/index.ts';
import { benchDatabase, describeCpu, engineFromArgs, machineLine, waitForQuiet, type Engine } from './common.ts';

export interface DemoBench {
  engine: Engine;
  db: Database;
  people: number;
  seed: number;
  /** The instant the estate's year of history ends at. */
  now: Date;
  estate: DemoEstate;
  /** Closes the database and removes the scratch copy. */
  close(): Promise<void>;
}

/** The value after `--name` on the command line, as a number (`fallback` without it). */
export function numberArg(name: string, fallback: number, argv = process.argv.slice(2)): number {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

/**
 * Prints the machine and engine, opens a scratch database named after `name`, migrates it, loads
 * the demonstration estate (`seed`, default 1) and waits for the machine to be quiet.
 */
export async function openDemoBench(name: string, options: { seed?: number; now?: Date } = {}): Promise<DemoBench> {
  const engine = engineFromArgs();
  const people = numberArg('--people', DEFAULT_PEOPLE);
  const seed = options.seed ?? 1;
  const now = options.now ?? new Date();
  const scratch = await benchDatabase(engine, name);
  let handle: DatabaseHandle | null = null;
  try {
    handle = await openDatabase(scratch.target);
    console.log(machineLine());
    console.log(`engine: ${scratch.label}`);
    await handle.migrate();
    const started = performance.now();
    const { outcome, estate } = await loadDemoEstate(handle.db, { actor: SYSTEM_ACTOR }, { seed, people, now, language: 'en' });
    if (!outcome.ok) throw new Error(outcome.errors[0]?.message ?? 'the demonstration estate did not load');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `demonstration estate (${people} people, seed ${seed}, ${estate.bundle.movements.length} movements, ${estate.bundle.incidents.length} incidents, ${estate.warningEpisodes.length} warning episodes) loaded in ${seconds} s`,
    );
    console.log(`Before measuring: ${describeCpu(await waitForQuiet())}`);
    const opened = handle;
    return {
      engine,
      db: opened.db,
      people,
      seed,
      now,
      estate,
      async close() {
        await opened.close();
        await scratch.cleanup();
      },
    };
  } catch (error) {
    await handle?.close();
    await scratch.cleanup();
    throw error;
  }
}
