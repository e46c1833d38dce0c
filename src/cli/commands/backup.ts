import { Command } from 'commander';
import { backupDatabase, restoreDatabase } from '../../db/backup.ts';
import { verifyAuditChain } from '../../modules/audit/index.ts';
import { CommandFailed, configFor, EXIT, print, printJson, say, withDatabase, withDb } from '../context.ts';
import { describeBreak } from './audit.ts';
import { pick, type CliLanguage } from '../language.ts';

/** `custodia backup FILE`: everything (users, audit log, histories), not the CSV interchange. */
export function backupCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('backup'), language)
    .description(t({ es: 'copia de seguridad completa de la base de datos en FILE', en: 'back up the whole database into FILE' }))
    .argument('<file>', t({ es: 'el fichero de copia a escribir (nunca se sobrescribe)', en: 'the backup file to write (never overwritten)' }))
    .option('--json', t({ es: 'imprime el resultado como JSON', en: 'print the result as JSON' }))
    .action(async (file: string, options: { db?: string; json?: boolean }) => {
      const config = configFor(options);
      const es = config.cliLanguage === 'es';
      const result = await backupDatabase(config.db, file);
      if (options.json) printJson(result);
      else say(`${es ? 'Copia de seguridad escrita' : 'Backup written'}: ${result.file} (${result.engine}, ${result.bytes} bytes)`);
    });
}

/** `custodia restore FILE`: into an empty database; the audit chain is verified afterwards. */
export function restoreCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('restore'), language)
    .description(t({ es: 'restaurar una copia en una base de datos vacía y verificar la auditoría', en: 'restore a backup into an empty database, then verify the audit log' }))
    .argument('<file>', t({ es: 'un fichero escrito por custodia backup', en: 'a file written by custodia backup' }))
    .option('--json', t({ es: 'imprime el resultado como JSON', en: 'print the result as JSON' }))
    .action(async (file: string, options: { db?: string; json?: boolean }) => {
      const config = configFor(options);
      const es = config.cliLanguage === 'es';
      const { engine } = await restoreDatabase(file, config.db);
      const verdict = await withDatabase(config, (handle) => verifyAuditChain(handle.db));
      if (options.json) printJson({ engine, audit: verdict });
      else if (verdict.ok) {
        print(`${es ? 'Restaurado' : 'Restored'} (${engine}). ${es ? 'Auditoría verificada' : 'Audit log verified'}: OK ${verdict.entries} ${es ? 'entradas' : 'entries'}`);
      } else {
        print(`${es ? 'Restaurado, pero la auditoría NO verifica' : 'Restored, but the audit log does NOT verify'}:`);
        for (const b of verdict.breaks) print(`  ${describeBreak(b, config.cliLanguage)}`);
      }
      if (!verdict.ok) throw new CommandFailed(EXIT.failed);
    });
}
