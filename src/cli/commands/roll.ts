import { Command } from 'commander';
import { isoInstant } from '../../kernel/fields.ts';
import { findMissingCentres } from '../../modules/estate/index.ts';
import { computeRoll, computeRollAt, type RollLine } from '../../modules/roll/index.ts';
import { CommandFailed, configFor, EXIT, print, printJson, say, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';

const NATIONAL = { caseload: { all: true, centres: [] } };

/** The table's columns: each header in the CLI's language, and the column's width (at least the header's). */
const COLUMNS: readonly (Record<CliLanguage, string> & { width: number })[] = [
  { es: 'centro', en: 'centre', width: 8 },
  { es: 'en lista', en: 'on_roll', width: 7 },
  { es: 'dentro', en: 'in', width: 7 },
  { es: 'fuera', en: 'out', width: 5 },
  { es: 'sin loc.', en: 'unacc.', width: 6 },
  { es: 'capacidad', en: 'design', width: 8 },
  { es: 'ocup.', en: 'occ.', width: 6 },
  { es: 'procesados', en: 'pretrial', width: 8 },
];

/** The cells of one line, the first left-aligned, the figures right-aligned, under `language`'s headers. */
function cells(values: readonly string[], language: CliLanguage): string {
  return values
    .map((value, i) => {
      const column = COLUMNS[i] as (typeof COLUMNS)[number];
      const width = Math.max(column.width, column[language].length);
      return i === 0 ? value.padEnd(width) : value.padStart(width);
    })
    .join(' ');
}

function row(label: string, line: RollLine, language: CliLanguage): string {
  const pct = line.design_capacity > 0 ? `${Math.round(line.occupancy * 100)}%` : '-';
  return cells([label, String(line.on_roll), String(line.in), String(line.out), String(line.unaccounted), String(line.design_capacity), pct, String(line.pretrial)], language);
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
      const language = config.cliLanguage;
      print(cells(COLUMNS.map((c) => c[language]), language));
      for (const c of report.centres) print(row(c.code, c, language));
      print(row('TOTAL', report.totals, language));
    });
}
