import { Command } from 'commander';
import { systemClock } from '../../kernel/clock.ts';
import { checkPlacement, presentAssessment, type PlacementCheck } from '../../modules/housing/index.ts';
import { CommandFailed, configFor, EXIT, print, printJson, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';

function printCheck(person: string, cell: string, check: PlacementCheck, language: 'es' | 'en'): void {
  const es = language === 'es';
  print(
    check.allowed
      ? es ? `${person} → ${cell}: permitido.` : `${person} → ${cell}: allowed.`
      : es ? `${person} → ${cell}: BLOQUEADO.` : `${person} → ${cell}: BLOCKED.`,
  );
  for (const item of check.blocking) print(`  ✗ ${item.code}: ${item.message}${item.overridable ? (es ? ' [un director puede autorizarlo]' : ' [a director may override]') : ''}`);
  for (const item of check.warnings) print(`  ! ${item.code}: ${item.message}`);
  if (check.blocking.length === 0 && check.warnings.length === 0) print(es ? '  Sin advertencias.' : '  No warnings.');
}

export function checkMoveCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('check-move'), language)
    .description(t({
      es: 'la comprobación de ubicar a una persona en una celda: motivos que lo impiden y advertencias (sale con 1 si está bloqueado)',
      en: 'the placement check of moving a person into a cell: blocking reasons and warnings (exit 1 when blocked)',
    }))
    .argument('<person>', t({ es: 'número de registro', en: 'register number' }))
    .argument('<cell>', t({ es: 'código de la celda', en: 'cell code' }))
    .option('--json', t({ es: 'imprime como JSON: {allowed, blocking: [{code, message}], warnings: [{code, message}]}', en: 'print as JSON: {allowed, blocking: [{code, message}], warnings: [{code, message}]}' }))
    .action(async (person: string, cell: string, options: { db?: string; json?: boolean }) => {
      const config = configFor(options);
      const check = await withDatabase(config, async (handle) => presentAssessment(await checkPlacement(handle.db, person, cell, systemClock.now()), config.cliLanguage, 'full'));
      if (options.json) printJson(check);
      else printCheck(person, cell, check, config.cliLanguage);
      if (!check.allowed) throw new CommandFailed(EXIT.failed);
    });
}
