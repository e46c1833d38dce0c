import type { DatabaseHandle } from '../db/engine.ts';
import { SYSTEM_ACTOR } from '../modules/audit/index.ts';
import { loadDemoEstate, type DemoLoadProgress } from '../modules/demo/index.ts';
import { listAllCentres } from '../modules/estate/index.ts';
import { systemClock } from '../kernel/clock.ts';
import type { Config } from './config.ts';

/** The demonstration estate was generated but refused by the import's checks (a bug: the codes say which). */
export class DemoEstateRejected extends Error {
  constructor(readonly codes: string[]) {
    super(`demonstration estate rejected: ${codes.join(', ')}`);
    this.name = 'DemoEstateRejected';
  }
}

/** Whether `serve` should load the demonstration estate here: asked for, and the estate is empty. */
export async function demoWanted(handle: DatabaseHandle, config: Config): Promise<boolean> {
  const wanted = config.demo.mode === 'true' || (config.demo.mode === 'auto' && handle.engine === 'pglite');
  if (!wanted || config.demo.people === 0) return false;
  return (await listAllCentres(handle.db)).length === 0;
}

/**
 * Loads the demonstration estate when the estate is empty and the configuration asks for it
 * (by default: on the embedded engine, never on PostgreSQL), telling each step to `onProgress`.
 * Returns whether it did. The load is one transaction: a start killed while loading leaves an
 * empty estate, which the next start loads again.
 */
export async function loadDemoIfEmpty(
  handle: DatabaseHandle,
  config: Config,
  say: (line: string) => void,
  onProgress?: (progress: DemoLoadProgress) => void,
): Promise<boolean> {
  if (!(await demoWanted(handle, config))) return false;
  const es = config.cliLanguage === 'es';
  const started = Date.now();
  say(
    es
      ? `Cargando el estado de demostración (${config.demo.people} personas ficticias)…`
      : `Loading the demonstration estate (${config.demo.people} fictitious people)…`,
  );
  const { estate, outcome } = await loadDemoEstate(handle.db, { actor: SYSTEM_ACTOR }, {
    seed: config.demo.seed,
    people: config.demo.people,
    now: systemClock.now(),
    language: 'es',
    ...(onProgress ? { onProgress } : {}),
  });
  // The codes and places only: the messages quote the rows.
  if (!outcome.ok) throw new DemoEstateRejected(outcome.errors.slice(0, 5).map((e) => `${e.file}:${e.line} ${e.code}`));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const { centres, persons } = estate.bundle;
  say(
    es
      ? `Estado de demostración cargado en ${seconds} s: ${centres.length} centros, ${persons.length} personas.`
      : `Demonstration estate loaded in ${seconds} s: ${centres.length} centres, ${persons.length} people.`,
  );
  return true;
}
