import { Command } from 'commander';
import { migrationStatus } from '../../db/engine.ts';
import { configFor, printJson, say, withDatabase, withDb } from '../context.ts';

export function migrateCommand(): Command {
  return withDb(new Command('migrate'))
    .description('apply database migrations / aplicar las migraciones de la base de datos')
    .option('--json', 'print the result as JSON')
    .action(async (options: { db?: string; json?: boolean }) => {
      const config = configFor(options);
      await withDatabase(config, async (handle) => {
        const status = await migrationStatus(handle.db);
        if (options.json) printJson({ engine: handle.engine, ...status });
        else say(`${handle.engine} ${handle.location}: ${status.applied}/${status.available} migraciones, versión ${status.version}`);
      });
    });
}
