import { Command } from 'commander';
import { systemClock } from '../../kernel/clock.ts';
import { missingPeople, type MissingList } from '../../modules/emergency/index.ts';
import { configFor, print, printJson, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';

const NATIONAL = { caseload: { all: true, centres: [] } };

function printTable(list: MissingList, language: 'es' | 'en'): void {
  const es = language === 'es';
  if (list.people.length === 0) {
    print(es ? `Nadie falta en ${list.centre} (${list.at}).` : `Nobody is missing at ${list.centre} (${list.at}).`);
    return;
  }
  print(es ? `Faltan ${list.people.length} personas en ${list.centre} (${list.at})` : `${list.people.length} missing at ${list.centre} (${list.at})`);
  const rows = list.people.map((p) => [p.id, `${p.family_names}, ${p.given_names}`, p.since, p.last_location ?? '-']);
  const header = es ? ['id', 'nombre', 'desde', 'última ubicación'] : ['id', 'name', 'since', 'last location'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  for (const row of [header, ...rows]) print(row.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ').trimEnd());
}

export function missingCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('missing'), language)
    .description(t({
      es: 'personas que faltan en un centro: evadidas, o aún no encontradas en una emergencia en curso',
      en: 'people unaccounted for at a centre: escaped, or not yet found in an active emergency',
    }))
    .requiredOption('--centre <code>', t({ es: 'el centro', en: 'the centre' }))
    .option('--json', t({ es: 'imprime como JSON', en: 'print as JSON' }))
    .action(async (options: { db?: string; centre: string; json?: boolean }) => {
      const config = configFor(options);
      // An unknown centre is CENTRE_NOT_FOUND: reported with exit code 1.
      const list = await withDatabase(config, (handle) => missingPeople(handle.db, systemClock, NATIONAL, options.centre));
      if (options.json) printJson(list);
      else printTable(list, config.cliLanguage);
    });
}
