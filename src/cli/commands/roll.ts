import { Command } from 'commander';
import { isoInstant } from '../../kernel/fields.ts';
import { findMissingCentres } from '../../modules/estate/index.ts';
import { computeRoll, computeRollAt, type RollLine } from '../../modules/roll/index.ts';
import { CommandFailed, configFor, EXIT, print, printJson, say, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';

const NATIONAL = { caseload: { all: true, centres: [] } };

function row(label: string, line: RollLine): string {
  const pct = line.design_capacity > 0 ? `${Math.round(line.occupancy * 100)}%` : '-';
  return [label.padEnd(8), String(line.on_roll).padStart(7), String(line.in).padStart(7), String(line.out).padStart(5), String(line.unaccounted).padStart(6), String(line.design_capacity).padStart(8), pct.padStart(6), String(line.pretrial).padStart(8)].join(' ');
}

export function rollCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('roll'), language)
    .description(t({
      es: 'el recuento: en lista, dentro, fuera, sin localizar, capacidad, ocupación, procesados',
      en: 'the establishment roll: on roll, in, out, unaccounted, capacity, occupancy, pretrial',
    }))
    .option('--centre <code>', t({ es: 'un centro', en: 'one centre' }))
    .option('--at <time>', t({ es: 'tal como estaba en ese momento (ISO 8601, p. ej. 2025-09-22T06:00:00-05:00)', en: 'as it stood at this time (ISO 8601, e.g. 2025-09-22T06:00:00-05:00)' }))
    .option('--json', t({ es: 'imprime como JSON', en: 'print as JSON' }))
    .action(async (options: { db?: string; centre?: string; at?: string; json?: boolean }) => {
      const config = configFor(options);
      let at: Date | undefined;
      if (options.at !== undefined) {
        // The same rule as the API's `?at=`: ISO 8601 with an offset, within the plausible range.
        const parsed = isoInstant().safeParse(options.at);
        if (!parsed.success) {
          say(config.cliLanguage === 'es' ? `--at: fecha y hora no válida «${options.at}»` : `--at: invalid time "${options.at}"`);
          throw new CommandFailed(EXIT.failed);
        }
        at = parsed.data;
      }
      const report = await withDatabase(config, async (handle) => {
        if (options.centre) {
          if ((await findMissingCentres(handle.db, [options.centre])).length > 0) {
            say(config.cliLanguage === 'es' ? `No existe el centro «${options.centre}».` : `There is no centre "${options.centre}".`);
            throw new CommandFailed(EXIT.failed);
          }
        }
        return at ? computeRollAt(handle.db, NATIONAL, at, { centre: options.centre }) : computeRoll(handle.db, NATIONAL, { centre: options.centre });
      });
      if (options.json) {
        printJson(report);
        return;
      }
      print(`${config.cliLanguage === 'es' ? 'Recuento' : 'Roll'} ${report.at}`);
      print(['centre'.padEnd(8), 'on_roll'.padStart(7), 'in'.padStart(7), 'out'.padStart(5), 'unacc.'.padStart(6), 'design'.padStart(8), 'occ.'.padStart(6), 'pretrial'.padStart(8)].join(' '));
      for (const c of report.centres) print(row(c.code, c));
      print(row('TOTAL', report.totals));
    });
}
