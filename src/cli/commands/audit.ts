import { Command } from 'commander';
import { verifyAuditChain } from '../../modules/audit/index.ts';
import { CommandFailed, configFor, EXIT, print, printJson, withDatabase, withDb } from '../context.ts';

const REASONS = {
  gap: { es: 'falta la entrada (borrada)', en: 'the entry is missing (deleted)' },
  link: { es: 'el hash anterior no coincide', en: 'the previous hash does not match' },
  hash: { es: 'el contenido no coincide con su hash (modificada)', en: 'the content does not match its hash (altered)' },
} as const;

export function auditCommand(): Command {
  const audit = new Command('audit').description('the audit log / el registro de auditoría');
  withDb(audit.command('verify'))
    .description('check the hash chain: prints OK, or the first broken entry and exits 1')
    .option('--json', 'print the verdict as JSON')
    .action(async (options: { db?: string; json?: boolean }) => {
      const config = configFor(options);
      const verdict = await withDatabase(config, (handle) => verifyAuditChain(handle.db));
      const es = config.cliLanguage === 'es';
      if (options.json) printJson(verdict);
      else if (verdict.ok) {
        print(`OK ${verdict.entries} ${es ? 'entradas en' : 'entries in'} ${verdict.chains.length} ${es ? 'cadenas' : 'chains'}`);
        // The last hash of each chain: keep these somewhere else to detect a cut-off tail.
        for (const head of verdict.chains) print(`  ${head.chain.padEnd(8)} ${String(head.entries).padStart(8)} ${head.lastHash}`);
      } else {
        print(`BROKEN chain ${verdict.chain} seq ${verdict.brokenAt}: ${REASONS[verdict.reason][config.cliLanguage]} (${verdict.entries} ${es ? 'entradas válidas antes' : 'valid entries before it'})`);
      }
      if (!verdict.ok) throw new CommandFailed(EXIT.failed);
    });
  return audit;
}
