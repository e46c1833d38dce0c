import type { DatabaseHandle } from '../db/engine.ts';
import { SYSTEM_ACTOR } from '../modules/audit/index.ts';
import { generateDemoEstate } from '../modules/demo/index.ts';
import { listAllCentres } from '../modules/estate/index.ts';
import { importBundle } from '../modules/interchange/index.ts';
import { systemClock } from '../kernel/clock.ts';
import type { Config } from './config.ts';

/**
 * Loads the demonstration estate when the estate is empty and the configuration asks for it
 * (by default: on the embedded engine, never on PostgreSQL). Returns whether it did.
 */
export async function loadDemoIfEmpty(handle: DatabaseHandle, config: Config, say: (line: string) => void): Promise<boolean> {
  const wanted = config.demo.mode === 'true' || (config.demo.mode === 'auto' && handle.engine === 'pglite');
  if (!wanted || config.demo.people === 0) return false;
  if ((await listAllCentres(handle.db)).length > 0) return false;
  const started = Date.now();
  say(`Cargando el estado de demostración (${config.demo.people} personas sintéticas)… / Loading the demonstration estate…`);
  const { bundle, estimatedCapacity } = generateDemoEstate({ seed: config.demo.seed, people: config.demo.people, now: systemClock.now() });
  const outcome = await importBundle(
    handle.db,
    { actor: SYSTEM_ACTOR },
    bundle,
    { counts: {}, issues: [] },
    { dryRun: false, language: 'es', estimatedCapacity },
  );
  if (!outcome.ok) throw new Error(`demonstration estate rejected: ${outcome.errors.slice(0, 3).map((e) => e.message).join('; ')}`);
  say(`Estado de demostración cargado en ${((Date.now() - started) / 1000).toFixed(1)} s: ${bundle.centres.length} centros, ${bundle.persons.length} personas.`);
  return true;
}
