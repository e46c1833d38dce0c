import { Command } from 'commander';
import { systemClock } from '../../kernel/clock.ts';
import { loadDemoEstate } from '../../modules/demo/index.ts';
import { CommandFailed, cliAuditContext, configFor, EXIT, printJson, say, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';
import { progressLine } from '../progress.ts';

export function demoCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('demo'), language)
    .description(t({
      es: 'cargar el estado de demostración: todos los centros de los datos de referencia, ~35 000 personas ficticias',
      en: 'load the demonstration estate: every centre of the reference data, ~35,000 fictitious people',
    }))
    .option('--seed <n>', t({ es: 'semilla aleatoria (la misma semilla da el mismo estado)', en: 'random seed (the estate is the same for the same seed)' }), (v) => Number.parseInt(v, 10), 2021)
    .option('--people <n>', t({ es: 'cuántas personas', en: 'how many people' }), (v) => Number.parseInt(v, 10), 35_000)
    .option('--json', t({ es: 'imprime los recuentos como JSON', en: 'print the counts as JSON' }))
    .action(async (options: { db?: string; seed: number; people: number; json?: boolean }) => {
      const config = configFor(options);
      const started = performance.now();
      const progress = progressLine(config.cliLanguage);
      const { estate, outcome } = await withDatabase(config, (handle) =>
        loadDemoEstate(handle.db, cliAuditContext(config), {
          seed: options.seed,
          people: options.people,
          now: systemClock.now(),
          language: config.cliLanguage,
          onProgress: ({ step, done, total, rows }) => progress.step(step, done, total, rows),
        }),
      ).finally(() => progress.end());
      if (!outcome.ok) {
        for (const e of outcome.errors.slice(0, 20)) say(`${e.file}:${e.line} ${e.code}: ${e.message}`);
        throw new CommandFailed(EXIT.failed);
      }
      const { bundle } = estate;
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
        incidents: bundle.incidents.length,
        incident_people: bundle.incidentPeople.length,
        deaths: bundle.deaths.length,
        seizures: bundle.seizures.length,
      };
      const seconds = (performance.now() - started) / 1000;
      if (options.json) printJson({ ok: true, counts, seconds });
      else say(`${t({ es: 'Estado de demostración cargado', en: 'Demonstration estate loaded' })}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')} (${seconds.toFixed(1)} s)`);
    });
}
