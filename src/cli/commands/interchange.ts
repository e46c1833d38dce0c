import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { BUNDLE_FILES, exportBundle, importBundle, readBundle, writeBundle } from '../../modules/interchange/index.ts';
import { CommandFailed, cliAuditContext, configFor, EXIT, print, printJson, say, withDatabase, withDb } from '../context.ts';

function sha256Of(dir: string): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const file of Object.values(BUNDLE_FILES)) {
    const full = path.join(dir, file);
    if (existsSync(full)) sums[file] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return sums;
}

export function importCommand(): Command {
  return withDb(new Command('import'))
    .argument('<dir>', 'a folder of interchange-format v1 CSV files')
    .description('import centres, locations, people, custody, groups, group relations, memberships, non-associations and movements (all or nothing)')
    .option('--dry-run', 'check everything, write nothing')
    .option('--json', 'print {ok, counts, errors} as JSON')
    .action(async (dir: string, options: { db?: string; dryRun?: boolean; json?: boolean }) => {
      const config = configFor(options);
      const language = config.cliLanguage;
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        const message = language === 'es' ? `No existe la carpeta ${dir}` : `No such folder: ${dir}`;
        if (options.json) printJson({ ok: false, counts: {}, errors: [{ file: dir, line: 0, column: null, code: 'IMPORT_NO_FOLDER', message }] });
        else say(message);
        throw new CommandFailed(EXIT.failed);
      }
      const parsed = readBundle(dir, { language });
      const outcome = await withDatabase(config, (handle) =>
        importBundle(handle.db, cliAuditContext(config), parsed.bundle, parsed, { dryRun: Boolean(options.dryRun), language, sources: sha256Of(dir) }),
      );
      if (options.json) printJson(outcome);
      else {
        for (const e of outcome.errors) say(`${e.file}:${e.line}${e.column ? ` [${e.column}]` : ''} ${e.code}: ${e.message}`);
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
