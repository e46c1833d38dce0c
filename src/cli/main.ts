import { Command, CommanderError } from 'commander';
import { cliLanguageOf } from '../server/config.ts';
import { chooseLanguage, EXIT, reportFailure, say } from './context.ts';
import { localiseCommands, pick, takeLanguageFlag, type CliLanguage } from './language.ts';

type Build = (language: CliLanguage) => Command[];

/** Each command, loaded when needed: `custodia serve` answers on its port before the rest of the code is read. */
const COMMANDS: Record<string, () => Promise<Build>> = {
  serve: async () => { const m = await import('./commands/serve.ts'); return (l) => [m.serveCommand(l)]; },
  migrate: async () => { const m = await import('./commands/migrate.ts'); return (l) => [m.migrateCommand(l)]; },
  demo: async () => { const m = await import('./commands/demo.ts'); return (l) => [m.demoCommand(l)]; },
  import: async () => { const m = await import('./commands/interchange.ts'); return (l) => [m.importCommand(l)]; },
  export: async () => { const m = await import('./commands/interchange.ts'); return (l) => [m.exportCommand(l)]; },
  roll: async () => { const m = await import('./commands/roll.ts'); return (l) => [m.rollCommand(l)]; },
  missing: async () => { const m = await import('./commands/missing.ts'); return (l) => [m.missingCommand(l)]; },
  'check-move': async () => { const m = await import('./commands/check-move.ts'); return (l) => [m.checkMoveCommand(l)]; },
  users: async () => { const m = await import('./commands/users.ts'); return (l) => [m.usersCommand(l)]; },
  audit: async () => { const m = await import('./commands/audit.ts'); return (l) => [m.auditCommand(l)]; },
  backup: async () => { const m = await import('./commands/backup.ts'); return (l) => [m.backupCommand(l)]; },
  restore: async () => { const m = await import('./commands/backup.ts'); return (l) => [m.restoreCommand(l)]; },
  alerts: async () => { const m = await import('./commands/alerts.ts'); return (l) => [m.alertsCommand(l)]; },
  stats: async () => { const m = await import('./commands/stats.ts'); return (l) => [m.statsCommand(l)]; },
};

/**
 * The `custodia` command line, in `language`: every command, or only `only` (the one being run).
 * Every command calls the same use cases as the HTTP API.
 */
export async function buildProgram(language: CliLanguage, only?: string): Promise<Command> {
  const t = pick(language);
  const program = new Command('custodia')
    .description(t({ es: 'Custodia — sistema de información penitenciaria', en: 'Custodia — prison information system' }))
    .version('0.1.0', '-V, --version', t({ es: 'muestra el número de versión', en: 'output the version number' }))
    // Taken off the command line before commander reads it (takeLanguageFlag); listed for the help.
    .option('--lang <language>', t({ es: 'idioma de los mensajes: es o en (por defecto CUSTODIA_LANG, LC_ALL o LANG; si no, es)', en: 'language of the messages: es or en (default CUSTODIA_LANG, LC_ALL or LANG; else es)' }));
  const names = only !== undefined && only in COMMANDS ? [only] : Object.keys(COMMANDS);
  const builds = await Promise.all(names.map((name) => (COMMANDS[name] as () => Promise<Build>)()));
  for (const command of builds.flatMap((build) => build(language))) program.addCommand(command);
  localiseCommands(program, language);
  const exitOverride = (command: Command) => {
    command.exitOverride();
    command.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const { language: asked, invalid, rest } = takeLanguageFlag(argv);
  const language = asked ?? cliLanguageOf();
  if (invalid !== undefined) {
    say(
      language === 'es'
        ? `error: el valor '${invalid}' de la opción '--lang <language>' no es válido (es o en).`
        : `error: option '--lang <language>' argument '${invalid}' is invalid (es or en).`,
    );
    return EXIT.usage;
  }
  chooseLanguage(asked);
  try {
    await (await buildProgram(language, rest[0])).parseAsync(rest, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportFailure(error, language);
  }
}

const isServe = takeLanguageFlag(process.argv.slice(2)).rest[0] === 'serve';
const code = await runCli(process.argv.slice(2));
// `serve` keeps running; every other command ends here.
if (!isServe || code !== EXIT.ok) process.exit(code);
