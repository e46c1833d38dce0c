import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import type { Language } from '../../kernel/language.ts';
import {
  exportCheckpoint,
  generateCheckpointKey,
  keyFingerprint,
  readCheckpointFile,
  readCheckpointKey,
  readPublicKey,
  takeAuditCheckpoint,
  trustedCheckpointKey,
  verifyAuditChain,
  type ChainBreak,
  type ChainBreakReason,
} from '../../modules/audit/index.ts';
import { cliAuditContext, CommandFailed, configFor, EXIT, print, printJson, say, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';

const REASONS: Record<ChainBreakReason, Record<Language, string>> = {
  gap: { es: 'falta la entrada (borrada)', en: 'the entry is missing (deleted)' },
  link: { es: 'el hash anterior no coincide', en: 'the previous hash does not match' },
  hash: { es: 'el contenido no coincide con su hash (modificada)', en: 'the content does not match its hash (altered)' },
  truncated: {
    es: 'la cadena termina antes de esta entrada, firmada en el punto de control de {detail} (entradas cortadas del final)',
    en: 'the chain ends before this entry, signed in the checkpoint of {detail} (entries cut off the end)',
  },
  chain_missing: {
    es: 'la cadena entera falta; el punto de control de {detail} la firmó hasta esta entrada (cadena borrada)',
    en: 'the whole chain is gone; the checkpoint of {detail} signed it up to this entry (chain deleted)',
  },
  checkpoint_mismatch: {
    es: 'el hash difiere del firmado en el punto de control de {detail} (reescrita con hashes recalculados)',
    en: 'the hash differs from the one signed in the checkpoint of {detail} (rewritten, hashes recomputed)',
  },
  checkpoint_signature: {
    es: 'la firma del punto de control de {detail} no verifica (falsificado, alterado u otra clave); no se usa',
    en: 'the signature of the checkpoint of {detail} does not verify (forged, altered or another key); not used',
  },
  replication_role: {
    es: 'session_replication_role es {detail}: los disparadores de solo-añadir no se ejecutan',
    en: 'session_replication_role is {detail}: the append-only triggers do not fire',
  },
  trigger_disabled: {
    es: 'el disparador de solo-añadir {detail} falta o está desactivado',
    en: 'the append-only trigger {detail} is missing or disabled',
  },
};

/** One break, as a line: where it is and why. */
export function describeBreak(b: ChainBreak, language: Language): string {
  const es = language === 'es';
  const where =
    b.chain !== null
      ? `${es ? 'cadena' : 'chain'} ${b.chain} ${es ? 'n.º' : 'seq'} ${b.seq ?? '?'}`
      : b.reason === 'checkpoint_signature'
        ? es ? 'punto de control' : 'checkpoint'
        : es ? 'base de datos' : 'database';
  return `${es ? 'ROTA' : 'BROKEN'} ${where}: ${REASONS[b.reason][language].replace('{detail}', b.detail ?? '?')}`;
}

export function auditCommand(language: CliLanguage): Command {
  const t = pick(language);
  const audit = new Command('audit').description(t({ es: 'el registro de auditoría', en: 'the audit log' }));

  withDb(audit.command('verify'), language)
    .description(t({
      es: 'comprueba cada cadena hasta su final y contra los puntos de control firmados: imprime OK, o cada rotura y sale con 1',
      en: 'check every chain to its end and against the signed checkpoints: prints OK, or every break and exits 1',
    }))
    .option('--checkpoints <file>', t({ es: 'puntos de control exportados fuera de la base de datos (líneas JSON), también comprobados', en: 'checkpoints exported outside the database (JSON lines), checked too' }))
    .option('--public-key <key>', t({ es: 'la clave con la que deben estar firmados: texto PEM o un fichero (la clave pública o la privada)', en: 'the key checkpoints must be signed with: PEM text or a file (the public or private key)' }))
    .option('--json', t({ es: 'imprime el veredicto como JSON', en: 'print the verdict as JSON' }))
    .action(async (options: { db?: string; json?: boolean; checkpoints?: string; publicKey?: string }) => {
      const config = configFor(options);
      const es = config.cliLanguage === 'es';
      const publicKey = options.publicKey ? readPublicKey(options.publicKey) : trustedCheckpointKey(config.auditCheckpoints);
      const checkpoints = options.checkpoints ? readCheckpointFile(options.checkpoints) : undefined;
      const verdict = await withDatabase(config, (handle) => verifyAuditChain(handle.db, { checkpoints, publicKey }));
      if (options.json) printJson(verdict);
      else {
        if (verdict.ok) print(`OK ${verdict.entries} ${es ? 'entradas en' : 'entries in'} ${verdict.chains.length} ${es ? 'cadenas' : 'chains'}`);
        for (const b of verdict.breaks) print(describeBreak(b, config.cliLanguage));
        // The last hash of each chain; the signed checkpoints keep them outside the database.
        for (const head of verdict.chains) print(`  ${head.chain.padEnd(8)} ${String(head.entries).padStart(8)} ${head.lastHash}`);
        const { checked, latest, keys, trustedKey } = verdict.checkpoints;
        const signedBy = trustedKey ?? `${keys.join(', ') || '-'} (${es ? 'sin --public-key: cada uno con la clave que nombra' : 'no --public-key: each against the key it names'})`;
        print(`${es ? 'Puntos de control verificados' : 'Checkpoints checked'}: ${checked}${latest ? `, ${es ? 'el último' : 'latest'} ${latest}` : ''}; ${es ? 'clave' : 'key'} ${signedBy}`);
      }
      if (!verdict.ok) throw new CommandFailed(EXIT.failed);
    });

  withDb(audit.command('checkpoint'), language)
    .description(t({
      es: 'firma la cabeza de cada cadena, guarda el punto de control y lo añade a --out (líneas JSON)',
      en: 'sign the head of every chain, store the checkpoint and append it to --out (JSON lines)',
    }))
    .option('--key <file>', t({ es: 'la clave privada Ed25519 (custodia audit keygen); por defecto CUSTODIA_AUDIT_KEY', en: 'the Ed25519 private key (custodia audit keygen); default CUSTODIA_AUDIT_KEY' }))
    .option('--out <file>', t({ es: 'añade el punto de control firmado a este fichero, fuera de la base de datos; por defecto CUSTODIA_AUDIT_CHECKPOINTS', en: 'append the signed checkpoint to this file, outside the database; default CUSTODIA_AUDIT_CHECKPOINTS' }))
    .option('--json', t({ es: 'imprime el punto de control como JSON', en: 'print the checkpoint as JSON' }))
    .action(async (options: { db?: string; key?: string; out?: string; json?: boolean }) => {
      const config = configFor(options);
      const es = config.cliLanguage === 'es';
      const keyFile = options.key ?? config.auditCheckpoints.keyFile;
      if (!keyFile) {
        say(es ? 'Falta --key (o CUSTODIA_AUDIT_KEY).' : 'Missing --key (or CUSTODIA_AUDIT_KEY).');
        throw new CommandFailed(EXIT.usage);
      }
      const key = readCheckpointKey(keyFile);
      const checkpoint = await withDatabase(config, (handle) => takeAuditCheckpoint(handle.db, cliAuditContext(config), key));
      const out = options.out ?? config.auditCheckpoints.exportFile;
      if (out) exportCheckpoint(out, checkpoint);
      if (options.json) printJson(checkpoint);
      else {
        print(`${es ? 'Punto de control' : 'Checkpoint'} ${checkpoint.at}: ${checkpoint.heads.length} ${es ? 'cadenas' : 'chains'}, ${es ? 'firmado con' : 'signed with'} ${keyFingerprint(checkpoint.publicKey)}`);
        for (const head of checkpoint.heads) print(`  ${head.chain.padEnd(8)} ${String(head.seq).padStart(8)} ${head.hash}`);
        if (out) say(`${es ? 'Exportado a' : 'Exported to'} ${out}`);
      }
    });

  audit
    .command('keygen')
    .description(t({
      es: 'crea la clave Ed25519 de los puntos de control: la privada en --out (modo 0600), la pública impresa y escrita en --out.pub',
      en: 'create the Ed25519 checkpoint key: private key to --out (mode 0600), public key printed and written to --out.pub',
    }))
    .requiredOption('--out <file>', t({ es: 'el fichero de clave privada a crear (nunca se sobrescribe)', en: 'the private key file to create (never overwritten)' }))
    .action((options: { out: string }) => {
      const config = configFor({});
      const es = config.cliLanguage === 'es';
      const publicPem = generateCheckpointKey(options.out);
      writeFileSync(`${options.out}.pub`, publicPem, { mode: 0o644 });
      print(publicPem.trimEnd());
      say(
        es
          ? `Clave privada en ${options.out} (solo su dueño la lee; nunca en la base de datos). Clave pública en ${options.out}.pub (${keyFingerprint(readPublicKey(publicPem))}): entréguela al auditor.`
          : `Private key in ${options.out} (readable by its owner only; never in the database). Public key in ${options.out}.pub (${keyFingerprint(readPublicKey(publicPem))}): give it to the auditor.`,
      );
    });

  return audit;
}
