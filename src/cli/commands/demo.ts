import { Command } from 'commander';
import { systemClock } from '../../kernel/clock.ts';
import { generateDemoEstate } from '../../modules/demo/index.ts';
import { importBundle } from '../../modules/interchange/index.ts';
import { CommandFailed, cliAuditContext, configFor, EXIT, printJson, say, withDatabase, withDb } from '../context.ts';

export function demoCommand(): Command {
  return withDb(new Command('demo'))
    .description('load the demonstration estate: every centre of the reference data, ~35,000 synthetic people')
    .option('--seed <n>', 'random seed (the estate is the same for the same seed)', (v) => Number.parseInt(v, 10), 2021)
    .option('--people <n>', 'how many people', (v) => Number.parseInt(v, 10), 35_000)
    .option('--json', 'print the counts as JSON')
    .action(async (options: { db?: string; seed: number; people: number; json?: boolean }) => {
      const config = configFor(options);
      const started = performance.now();
      const { bundle, estimatedCapacity } = generateDemoEstate({ seed: options.seed, people: options.people, now: systemClock.now() });
      const outcome = await withDatabase(config, (handle) =>
        importBundle(handle.db, cliAuditContext(config), bundle, { counts: {}, issues: [] }, { dryRun: false, language: config.cliLanguage, estimatedCapacity }),
      );
      if (!outcome.ok) {
        for (const e of outcome.errors.slice(0, 20)) say(`${e.file}:${e.line} ${e.code}: ${e.message}`);
        throw new CommandFailed(EXIT.failed);
      }
      const counts = {
        centres: bundle.centres.length,
        locations: bundle.locations.length,
        persons: bundle.persons.length,
        custody: bundle.custody.length,
        groups: bundle.groups.length,
        group_relations: bundle.groupRelations.length,
        memberships: bundle.memberships.length,
        non_associations: bundle.nonAssociations.length,
        movements: bundle.movements.length,
      };
      const seconds = (performance.now() - started) / 1000;
      if (options.json) printJson({ ok: true, counts, seconds });
      else say(`${config.cliLanguage === 'es' ? 'Estado de demostración cargado' : 'Demonstration estate loaded'}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')} (${seconds.toFixed(1)} s)`);
    });
}
