import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { systemClock } from '../../kernel/clock.ts';
import { dateProblem } from '../../kernel/fields.ts';
import { buildOpenData, NATIONAL, openDataFiles, readStatistics, renderOpenDataFile, reportCsv, reportOf } from '../../modules/stats/index.ts';
import type { StatsLine, StatsReport } from '../../modules/stats/schemas.ts';
import { CommandFailed, configFor, EXIT, print, printJson, say, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';

interface StatsOptions {
  db?: string;
  year?: string;
  from?: string;
  to?: string;
  centre?: string;
  json?: boolean;
  csv?: boolean;
  openData?: string;
}

/** The table's columns: each header in the CLI's language, and the column's width (at least the header's). */
const COLUMNS: readonly (Record<CliLanguage, string> & { width: number; value: (line: StatsLine) => string })[] = [
  { es: 'pobl. media', en: 'avg pop.', width: 9, value: (l) => l.average_population.toFixed(1) },
  { es: 'al final', en: 'at end', width: 7, value: (l) => String(l.on_roll_end) },
  { es: 'capacidad', en: 'capacity', width: 8, value: (l) => String(l.design_capacity) },
  { es: 'ocup.', en: 'occ.', width: 6, value: (l) => (l.design_capacity > 0 ? `${Math.round(l.occupancy_end * 100)}%` : '-') },
  { es: 'sin sent.', en: 'pretrial', width: 8, value: (l) => (l.on_roll_end > 0 ? `${(l.pretrial_share_end * 100).toFixed(1)}%` : '-') },
  { es: 'ingresos', en: 'admitted', width: 8, value: (l) => String(l.admissions) },
  { es: 'egresos', en: 'released', width: 8, value: (l) => String(l.releases) },
  { es: 'fugas', en: 'escapes', width: 5, value: (l) => String(l.escapes) },
  { es: 'recapt.', en: 'recapt.', width: 6, value: (l) => String(l.recaptures) },
  { es: 'muertes', en: 'deaths', width: 6, value: (l) => String(l.deaths.total) },
  { es: 'mort./10k', en: 'mort./10k', width: 8, value: (l) => l.mortality_per_10000.toFixed(1) },
  { es: 'homic./10k', en: 'homic./10k', width: 8, value: (l) => l.homicide_per_10000.toFixed(1) },
  { es: 'suic./10k', en: 'suic./10k', width: 8, value: (l) => l.self_inflicted_per_10000.toFixed(1) },
  { es: 'incidentes', en: 'incidents', width: 9, value: (l) => String(Object.values(l.incidents).reduce((s, n) => s + n, 0)) },
];

const CAUSES: Record<keyof StatsLine['deaths'], Record<CliLanguage, string>> = {
  total: { es: 'total', en: 'total' },
  homicide: { es: 'homicidio', en: 'homicide' },
  self_inflicted: { es: 'autoinfligida', en: 'self-inflicted' },
  natural: { es: 'natural', en: 'natural' },
  accident: { es: 'accidente', en: 'accident' },
  undetermined: { es: 'indeterminada', en: 'undetermined' },
  pending: { es: 'pendiente', en: 'pending' },
};

function table(report: StatsReport, language: CliLanguage): string[] {
  const labelWidth = Math.max(6, ...report.centres.map((c) => c.code.length));
  const cells = (label: string, values: readonly string[]) =>
    [label.padEnd(labelWidth), ...values.map((v, i) => v.padStart(Math.max((COLUMNS[i] as (typeof COLUMNS)[number]).width, (COLUMNS[i] as (typeof COLUMNS)[number])[language].length)))].join(' ');
  const lines = [cells(language === 'es' ? 'centro' : 'centre', COLUMNS.map((c) => c[language]))];
  for (const c of report.centres) lines.push(cells(c.code, COLUMNS.map((col) => col.value(c))));
  lines.push(cells('TOTAL', COLUMNS.map((col) => col.value(report.totals))));
  return lines;
}

/** The national breakdowns under the table: deaths by cause, incidents by type, seizures by item (those not zero). */
function breakdowns(totals: StatsLine, language: CliLanguage): string[] {
  const t = pick(language);
  const list = (entries: [string, number][]) => entries.filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || '-';
  return [
    `${t({ es: 'Fallecimientos por causa', en: 'Deaths by cause' })}: ${list(Object.entries(totals.deaths).filter(([k]) => k !== 'total').map(([k, n]) => [CAUSES[k as keyof typeof CAUSES][language], n]))}`,
    `${t({ es: 'Incidentes por tipo', en: 'Incidents by type' })}: ${list(Object.entries(totals.incidents))}`,
    `${t({ es: 'Incautaciones por objeto', en: 'Seizures by item' })}: ${list(Object.entries(totals.seizures))}`,
  ];
}

/** A usage error (exit 2) or bad input (exit 1), said in the user's language. */
function refuse(code: number, message: string): never {
  say(message);
  throw new CommandFailed(code);
}

export function statsCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('stats'), language)
    .description(t({
      es: 'estadísticas oficiales de un periodo (por defecto, el último año completo): población media y al final, ocupación, personas sin sentencia, ingresos, egresos, fugas, fallecimientos y tasas por 10 000, incidentes, incautaciones',
      en: 'official statistics of a period (default: the last full calendar year): average and end population, occupancy, pretrial share, admissions, releases, escapes, deaths and rates per 10,000, incidents, seizures',
    }))
    .option('--year <year>', t({ es: 'un año natural (AAAA)', en: 'a calendar year (YYYY)' }))
    .option('--from <date>', t({ es: 'primer día del periodo (AAAA-MM-DD), con --to', en: 'first day of the period (YYYY-MM-DD), with --to' }))
    .option('--to <date>', t({ es: 'último día del periodo (AAAA-MM-DD), incluido', en: 'last day of the period (YYYY-MM-DD), included' }))
    .option('--centre <code>', t({ es: 'un centro', en: 'one centre' }))
    .option('--json', t({ es: 'imprime como JSON', en: 'print as JSON' }))
    .option('--csv', t({ es: 'imprime como CSV (una fila por centro y los totales)', en: 'print as CSV (one row per centre, then the totals)' }))
    .option('--open-data <dir>', t({ es: 'escribe los datos abiertos (agregados, recuentos pequeños omitidos, con diccionario) en esta carpeta', en: 'write the open data (aggregates, small counts suppressed, with a dictionary) to this folder' }))
    .action(async (options: StatsOptions) => {
      const config = configFor(options);
      const lang = config.cliLanguage;
      const words = (m: Record<CliLanguage, string>) => m[lang];
      if (options.year !== undefined && (options.from !== undefined || options.to !== undefined)) {
        refuse(EXIT.usage, words({ es: '--year y --from/--to se excluyen: indique un año o un periodo.', en: '--year and --from/--to exclude each other: give a year or a period.' }));
      }
      if ((options.from === undefined) !== (options.to === undefined)) {
        const missing = options.from === undefined ? '--from' : '--to';
        refuse(EXIT.usage, words({ es: `Falta ${missing}: un periodo necesita --from y --to.`, en: `Missing ${missing}: a period needs both --from and --to.` }));
      }
      const formats = [options.json, options.csv, options.openData !== undefined].filter(Boolean).length;
      if (formats > 1) refuse(EXIT.usage, words({ es: '--json, --csv y --open-data se excluyen: elija uno.', en: '--json, --csv and --open-data exclude each other: choose one.' }));
      if (options.openData !== undefined && options.centre !== undefined) {
        refuse(EXIT.usage, words({ es: '--open-data publica todos los centros: no admite --centre.', en: '--open-data publishes every centre: it takes no --centre.' }));
      }
      let year: number | undefined;
      if (options.year !== undefined) {
        if (!/^\d{4}$/.test(options.year) || dateProblem(`${options.year}-01-01`) !== null) {
          refuse(EXIT.failed, words({ es: `--year: año no válido «${options.year}» (AAAA, de 1900 a 2199)`, en: `--year: invalid year "${options.year}" (YYYY, 1900 to 2199)` }));
        }
        year = Number(options.year);
      }
      for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
        if (value !== undefined && dateProblem(value) !== null) refuse(EXIT.failed, words({ es: `${flag}: fecha no válida «${value}» (AAAA-MM-DD)`, en: `${flag}: invalid date "${value}" (YYYY-MM-DD)` }));
      }
      if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
        refuse(EXIT.failed, words({ es: `--from (${options.from}) es posterior a --to (${options.to}).`, en: `--from (${options.from}) is after --to (${options.to}).` }));
      }

      const statistics = await withDatabase(config, (handle) =>
        readStatistics(handle.db, NATIONAL, { year, from: options.from, to: options.to, centre: options.centre }, systemClock),
      );
      if (options.openData !== undefined) {
        const dir = path.resolve(options.openData);
        const set = buildOpenData(statistics);
        try {
          mkdirSync(dir, { recursive: true });
          for (const file of openDataFiles(set)) writeFileSync(path.join(dir, file.name), (renderOpenDataFile(set, file.name) as { body: string }).body);
        } catch (error) {
          refuse(EXIT.failed, words({ es: `--open-data: no se puede escribir en ${dir}: ${(error as Error).message}`, en: `--open-data: cannot write to ${dir}: ${(error as Error).message}` }));
        }
        say(words({ es: `Datos abiertos ${set.from} – ${set.to} escritos en ${dir}:`, en: `Open data ${set.from} – ${set.to} written to ${dir}:` }));
        for (const file of openDataFiles(set)) say(`  ${file.name} (${file.rows} ${words({ es: 'filas', en: 'rows' })})`);
        return;
      }
      const report = reportOf(statistics);
      if (options.json) {
        printJson(report);
        return;
      }
      if (options.csv) {
        process.stdout.write(reportCsv(report, 'Total'));
        return;
      }
      print(`${words({ es: 'Estadísticas oficiales', en: 'Official statistics' })} ${report.from} – ${report.to}`);
      for (const line of table(report, lang)) print(line);
      print('');
      for (const line of breakdowns(report.totals, lang)) print(line);
    });
}
