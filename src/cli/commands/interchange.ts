import { Command } from 'commander';
import { exportBundle, importBundle, importFailed, readBundle, writeBundle, type ImportIssue, type ImportOutcome } from '../../modules/interchange/index.ts';
import { CommandFailed, cliAuditContext, configFor, EXIT, print, printJson, say, withDatabase, withDb } from '../context.ts';

export function importCommand(): Command {
  return withDb(new Command('import'))
    .argument('<dir>', 'a folder of interchange-format v1 CSV files')
    .description('import centres, locations, people, custody, groups, group relations, memberships, non-associations and movements (all or nothing)')
    .option('--dry-run', 'check everything, write nothing')
    .option('--ignore-unknown', 'import even if the folder holds files this version does not read (listed as warnings)')
    .option('--json', 'print {ok, counts, errors, warnings} as JSON')
    .action(async (dir: string, options: { db?: string; dryRun?: boolean; ignoreUnknown?: boolean; json?: boolean }) => {
      const config = configFor(options);
      const language = config.cliLanguage;
      const context = cliAuditContext(config);
      let outcome: ImportOutcome;
      try {
        const parsed = readBundle(dir, { language, clock: context.clock });
        const importOptions = { dryRun: Boolean(options.dryRun), ignoreUnknown: Boolean(options.ignoreUnknown), language, sources: parsed.sources };
        outcome = parsed.isFolder
          ? await withDatabase(config, (handle) => importBundle(handle.db, context, parsed.bundle, parsed, importOptions))
          : { ok: false, counts: {}, errors: parsed.issues, warnings: [] };
      } catch (error) {
        // `--json` answers in JSON whatever happens; the error itself is reported on stderr as for any command.
        if (options.json) printJson({ ok: false, counts: {}, errors: [importFailed(dir, language)], warnings: [] });
        throw error;
      }
      if (options.json) printJson(outcome);
      else {
        const where = (e: ImportIssue) => `${e.file}:${e.line}${e.column ? ` [${e.column}]` : ''} ${e.code}: ${e.message}`;
        for (const e of outcome.errors) say(where(e));
        for (const w of outcome.warnings) say(`${language === 'es' ? 'Aviso' : 'Warning'} ${where(w)}`);
        const counts = Object.entries(outcome.counts).map(([file, n]) => `${file} ${n}`).join(', ');
        if (outcome.ok) say(`${options.dryRun ? (language === 'es' ? 'Comprobado, nada escrito' : 'Checked, nothing written') : language === 'es' ? 'Importado' : 'Imported'}: ${counts}`);
        else say(language === 'es' ? `${outcome.errors.length} errores; no se ha importado nada.` : `${outcome.errors.length} errors; nothing was imported.`);
      }
      if (!outcome.ok) throw new CommandFailed(EXIT.failed);
    });
}

export function exportCommand(): Command {
  return withDb(new Command('export'))
    .argument('<dir>', 'the folder to write the CSV files to (created if missing)')
    .description('export the estate, people, custody, groups, memberships, non-associations and movements as interchange format v1')
    .option('--json', 'print the row counts as JSON')
    .action(async (dir: string, options: { db?: string; json?: boolean }) => {
      const config = configFor(options);
      const bundle = await withDatabase(config, (handle) => exportBundle(handle.db));
      const counts = writeBundle(dir, bundle);
      if (options.json) printJson({ ok: true, counts });
      else print(Object.entries(counts).map(([file, n]) => `${file} ${n}`).join('\n'));
    });
}
