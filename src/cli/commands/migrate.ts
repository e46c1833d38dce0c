import { Command } from 'commander';
import { migrationStatus } from '../../db/engine.ts';
import { configFor, printJson, say, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';

export function migrateCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('migrate'), language)
    .description(t({ es: 'aplicar las migraciones de la base de datos', en: 'apply database migrations' }))
    .option('--json', t({ es: 'imprime el resultado como JSON', en: 'print the result as JSON' }))
    .action(async (options: { db?: string; json?: boolean }) => {
      const config = configFor(options);
      await withDatabase(config, async (handle) => {
        const status = await migrationStatus(handle.db);
        if (options.json) printJson({ engine: handle.engine, ...status });
        else say(`${handle.engine} ${handle.location}: ${status.applied}/${status.available} ${t({ es: 'migraciones, versión', en: 'migrations, version' })} ${status.version}`);
      });
    });
}
