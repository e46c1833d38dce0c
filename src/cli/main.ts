import { Command, CommanderError } from 'commander';
import { loadConfig } from '../server/config.ts';
import { auditCommand } from './commands/audit.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { demoCommand } from './commands/demo.ts';
import { exportCommand, importCommand } from './commands/interchange.ts';
import { checkMoveCommand } from './commands/check-move.ts';
import { missingCommand } from './commands/missing.ts';
import { rollCommand } from './commands/roll.ts';
import { migrateCommand } from './commands/migrate.ts';
import { serveCommand } from './commands/serve.ts';
import { usersCommand } from './commands/users.ts';
import { EXIT, reportFailure } from './context.ts';

/** The `custodia` command line. Every command calls the same use cases as the HTTP API. */
export function buildProgram(): Command {
  const program = new Command('custodia')
    .description('Custodia — sistema de información penitenciaria / prison information system')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const command of [serveCommand(), migrateCommand(), demoCommand(), importCommand(), exportCommand(), rollCommand(), missingCommand(), checkMoveCommand(), usersCommand(), auditCommand(), backupCommand(), restoreCommand()]) {
    program.addCommand(command);
  }
  const exitOverride = (command: Command) => {
    command.exitOverride();
    command.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const language = (() => {
    try {
      return loadConfig().cliLanguage;
    } catch {
      return 'es' as const;
    }
  })();
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportFailure(error, language);
  }
}

const isServe = process.argv[2] === 'serve';
const code = await runCli(process.argv.slice(2));
// `serve` keeps running; every other command ends here.
if (!isServe || code !== EXIT.ok) process.exit(code);
