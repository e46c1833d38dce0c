import { Command } from 'commander';
import { exportBundle, importBundle, importFailed, IMPORT_STEPS, readBundle, writeBundle, type ImportIssue, type ImportOutcome } from '../../modules/interchange/index.ts';
import { CommandFailed, cliAuditContext, configFor, EXIT, print, printJson, say, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';
import { progressLine } from '../progress.ts';

export function importCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('import'), language)
    .argument('<dir>', t({ es: 'una carpeta de ficheros CSV en el formato de intercambio v1', en: 'a folder of interchange-format v1 CSV files' }))
    .description(t({
      es: 'importar centros, ubicaciones, personas, custodia, grupos, relaciones entre grupos, miembros, separaciones, movimientos, incidentes, muertes y hallazgos (todo o nada)',
      en: 'import centres, locations, people, custody, groups, group relations, memberships, non-associations, movements, incidents, deaths and seizures (all or nothing)',
    }))
    .option('--dry-run', t({ es: 'comprueba todo, no escribe nada', en: 'check everything, write nothing' }))
    .option('--ignore-unknown', t({
      es: 'importa aunque la carpeta tenga ficheros que esta versión no lee (se listan como avisos)',
      en: 'import even if the folder holds files this version does not read (listed as warnings)',
    }))
    .option('--json', t({ es: 'imprime {ok, counts, errors, warnings} como JSON', en: 'print {ok, counts, errors, warnings} as JSON' }))
    .action(async (dir: string, options: { db?: string; dryRun?: boolean; ignoreUnknown?: boolean; json?: boolean }) => {
      const config = configFor(options);
      const language = config.cliLanguage;
      const context = cliAuditContext(config);
      const progress = progressLine(language);
      let outcome: ImportOutcome;
      try {
        progress.update(t({ es: 'Leyendo los ficheros…', en: 'Reading the files…' }));
        const parsed = readBundle(dir, { language, clock: context.clock });
        const importOptions = {
          dryRun: Boolean(options.dryRun),
          ignoreUnknown: Boolean(options.ignoreUnknown),
          language,
          sources: parsed.sources,
          onProgress: (step: (typeof IMPORT_STEPS)[number], rows: number) => progress.step(step, IMPORT_STEPS.indexOf(step), IMPORT_STEPS.length, rows),
        };
        outcome = parsed.isFolder
          ? await withDatabase(config, (handle) => importBundle(handle.db, context, parsed.bundle, parsed, importOptions))
          : { ok: false, counts: {}, errors: parsed.issues, warnings: [] };
      } catch (error) {
        progress.end();
        // `--json` answers in JSON whatever happens; the error itself is reported on stderr as for any command.
        if (options.json) printJson({ ok: false, counts: {}, errors: [importFailed(dir, language)], warnings: [] });
        throw error;
      }
      progress.end();
      if (options.json) printJson(outcome);
      else {
        const where = (e: ImportIssue) => `${e.file}:${e.line}${e.column ? ` [${e.column}]` : ''} ${e.code}: ${e.message}`;
        for (const e of outcome.errors) say(where(e));
        for (const w of outcome.warnings) say(`${t({ es: 'Aviso', en: 'Warning' })} ${where(w)}`);
        const counts = Object.entries(outcome.counts).map(([file, n]) => `${file} ${n}`).join(', ');
        if (outcome.ok) say(`${options.dryRun ? t({ es: 'Comprobado, nada escrito', en: 'Checked, nothing written' }) : t({ es: 'Importado', en: 'Imported' })}: ${counts}`);
        else {
          const n = outcome.errors.length;
          say(n === 1 ? t({ es: '1 error; no se ha importado nada.', en: '1 error; nothing was imported.' }) : t({ es: `${n} errores; no se ha importado nada.`, en: `${n} errors; nothing was imported.` }));
        }
      }
      if (!outcome.ok) throw new CommandFailed(EXIT.failed);
    });
}

export function exportCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('export'), language)
    .argument('<dir>', t({ es: 'la carpeta donde escribir los ficheros CSV (se crea si falta)', en: 'the folder to write the CSV files to (created if missing)' }))
    .description(t({
      es: 'exportar el estado, las personas, la custodia, los grupos, sus miembros, las separaciones, los movimientos, los incidentes, las muertes y los hallazgos en el formato de intercambio v1',
      en: 'export the estate, people, custody, groups, memberships, non-associations, movements, incidents, deaths and seizures as interchange format v1',
    }))
    .option('--json', t({ es: 'imprime los recuentos de filas como JSON', en: 'print the row counts as JSON' }))
    .action(async (dir: string, options: { db?: string; json?: boolean }) => {
      const config = configFor(options);
      const progress = progressLine(config.cliLanguage);
      let counts: Record<string, number>;
      try {
        progress.update(t({ es: '[1/2] Leyendo la base de datos…', en: '[1/2] Reading the database…' }));
        const bundle = await withDatabase(config, (handle) => exportBundle(handle.db));
        progress.update(t({ es: '[2/2] Escribiendo los ficheros…', en: '[2/2] Writing the files…' }));
        counts = writeBundle(dir, bundle);
      } finally {
        progress.end();
      }
      if (options.json) printJson({ ok: true, counts });
      else print(Object.entries(counts).map(([file, n]) => `${file} ${n}`).join('\n'));
    });
}
