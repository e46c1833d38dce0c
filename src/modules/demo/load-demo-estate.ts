import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Database } from '../../db/engine.ts';
import type { Language } from '../../kernel/language.ts';
import type { AuditContext } from '../audit/index.ts';
import { IMPORT_STEPS, importBundle, type ImportOutcome, type ImportStep } from '../interchange/index.ts';
import { drawAftermath, writeAftermath } from './aftermath.ts';
import { DEMO_GENERATION_STEPS, generateDemoEstateInSteps, type DemoEstate, type DemoGenerationStep } from './generate-demo-estate.ts';

/** Every step of loading the demonstration estate, in order: generating it, then importing it. */
export const DEMO_LOAD_STEPS = [
  ...DEMO_GENERATION_STEPS.map((step) => `generate_${step}` as const),
  ...IMPORT_STEPS,
] as const;
export type DemoLoadStep = `generate_${DemoGenerationStep}` | ImportStep;

/** Where a load stands: `done` of `total` steps finished, `step` under way, handling `rows` rows (0 when not known). */
export interface DemoLoadProgress {
  step: DemoLoadStep;
  done: number;
  total: number;
  rows: number;
}

export interface DemoLoadOptions {
  seed: number;
  people: number;
  now: Date;
  language: Language;
  onProgress?: (progress: DemoLoadProgress) => void;
}

export interface DemoLoadResult {
  estate: DemoEstate;
  outcome: ImportOutcome;
}

/**
 * Generates the demonstration estate and imports it, with the obligations done after its deaths
 * and the searches of its finds, reporting each step. The import is one
 * transaction: a load interrupted at any point (even by kill -9) leaves no estate at all. Between
 * the parts of the generation the event loop gets a turn, so that a server loading the estate
 * still answers its status requests.
 */
export async function loadDemoEstate(db: Database, context: AuditContext, options: DemoLoadOptions): Promise<DemoLoadResult> {
  const report = options.onProgress ?? (() => undefined);
  const total = DEMO_LOAD_STEPS.length;
  const tell = (step: DemoLoadStep, rows: number) => report({ step, done: DEMO_LOAD_STEPS.indexOf(step), total, rows });
  const steps = generateDemoEstateInSteps({ seed: options.seed, people: options.people, now: options.now });
  let estate: DemoEstate;
  for (;;) {
    const next = steps.next();
    if (next.done) {
      estate = next.value;
      break;
    }
    tell(`generate_${next.value}`, next.value === 'people' ? options.people : 0);
    await nextTurn();
  }
  const outcome = await importBundle(db, context, estate.bundle, { counts: {}, issues: [] }, {
    dryRun: false,
    language: options.language,
    estimatedCapacity: estate.estimatedCapacity,
    onProgress: (step, rows) => tell(step, rows),
    // The obligations after the deaths and the searches of the finds: no file carries them.
    alsoWrite: (w) => writeAftermath(w, drawAftermath(estate.bundle, options.seed, options.now), context.actor.username),
  });
  if (outcome.ok) report({ step: 'statistics', done: total, total, rows: 0 });
  return { estate, outcome };
}
