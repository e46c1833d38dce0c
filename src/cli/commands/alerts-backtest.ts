import { Command } from 'commander';
import { isoDate } from '../../kernel/fields.ts';
import type { AlertType, IncidentType } from '../../kernel/vocabulary.ts';
import { findMissingCentres } from '../../modules/estate/index.ts';
import { LEAD_DAYS, runBacktest, type BacktestFigures, type BacktestScore } from '../../modules/warning/index.ts';
import { CommandFailed, configFor, EXIT, print, printJson, say, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage, type Texts } from '../language.ts';
import { TYPE_LABELS } from './alert-words.ts';

/** The longest period one backtest replays: three years of days. */
const MAX_DAYS = 3 * 366;

const INCIDENT_LABELS: Partial<Record<IncidentType, Texts>> = {
  riot: { es: 'motines', en: 'riots' },
  homicide: { es: 'homicidios', en: 'homicides' },
  hostage_taking: { es: 'tomas de rehenes', en: 'hostage-takings' },
  explosion: { es: 'explosiones', en: 'explosions' },
  escape: { es: 'evasiones', en: 'escapes' },
};

const percent = (x: number | null) => (x === null ? '-' : `${Math.round(x * 100)} %`);

/** The report as a table: the warning beside the baseline, then the warning by alert type. */
function printReport(score: BacktestScore, language: CliLanguage): void {
  const t = pick(language);
  print(
    t({
      es: `Backtest del aviso temprano, ${score.from} a ${score.to}: ${score.days} días, ${score.centres} centros`,
      en: `Early-warning backtest, ${score.from} to ${score.to}: ${score.days} days, ${score.centres} centres`,
    }),
  );
  const kinds = Object.entries(score.incidents_by_type).map(([type, n]) => `${INCIDENT_LABELS[type as IncidentType]?.[language] ?? type} ${n}`);
  print(t({ es: `Incidentes graves: ${score.incidents}`, en: `Serious incidents: ${score.incidents}` }) + (kinds.length > 0 ? ` (${kinds.join(', ')})` : ''));
  print('');
  const columns = [t({ es: 'aviso temprano', en: 'early warning' }), t({ es: 'referencia ingenua', en: 'naive baseline' })];
  const label = 34;
  const width = Math.max(...columns.map((c) => c.length)) + 2;
  const line = (name: string, values: readonly string[]) => print(name.padEnd(label) + values.map((v) => v.padStart(width)).join(''));
  line('', columns);
  const both = [score.warning, score.baseline] as const;
  for (const lead of LEAD_DAYS) {
    line(t({ es: `previstos ${lead} día${lead === 1 ? '' : 's'} antes`, en: `seen ${lead} day${lead === 1 ? '' : 's'} before` }), both.map((s) => `${percent(s.recall[lead])} (${s.hits[lead]})`));
  }
  line(t({ es: 'alarmas', en: 'alarms' }), both.map((s) => String(s.alarms)));
  line(t({ es: 'falsas alarmas', en: 'false alarms' }), both.map((s) => String(s.false_alarms)));
  line(t({ es: 'falsas alarmas por centro y mes', en: 'false alarms per centre-month' }), both.map((s) => s.false_alarms_per_centre_month.toFixed(2)));
  const types = Object.entries(score.warning.by_type) as [AlertType, BacktestFigures][];
  if (types.length === 0) return;
  print('');
  print(t({ es: 'Por tipo de alerta (previstos 1/3/7 días antes; alarmas; falsas):', en: 'By alert type (seen 1/3/7 days before; alarms; false):' }));
  for (const [type, s] of types) {
    print(`  ${TYPE_LABELS[type][language].padEnd(label - 2)}${LEAD_DAYS.map((lead) => percent(s.recall[lead])).join(' / ')}; ${s.alarms}; ${s.false_alarms}`);
  }
}

/** `custodia alerts backtest --from D --to D [--centre CODE] [--json]`. */
export function backtestCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('backtest'), language)
    .description(
      t({
        es: 'reproduce la historia día a día y mide el aviso temprano contra lo que ocurrió (motines, homicidios, tomas de rehenes, explosiones, evasiones), junto a una referencia ingenua',
        en: 'replays the history day by day and scores the early warning against what happened (riots, homicides, hostage-takings, explosions, escapes), beside a naive baseline',
      }),
    )
    .requiredOption('--from <date>', t({ es: 'primer día (AAAA-MM-DD)', en: 'first day (YYYY-MM-DD)' }))
    .requiredOption('--to <date>', t({ es: 'último día (AAAA-MM-DD)', en: 'last day (YYYY-MM-DD)' }))
    .option('--centre <code>', t({ es: 'un centro', en: 'one centre' }))
    .option('--json', t({ es: 'imprime como JSON', en: 'print as JSON' }))
    .action(async (_options: unknown, command: Command) => {
      // `alerts` takes --db, --centre and --json too, and may have read them first.
      const options = command.optsWithGlobals<{ db?: string; from: string; to: string; centre?: string; json?: boolean }>();
      const config = configFor(options);
      const es = config.cliLanguage === 'es';
      const fail = (message: string): never => {
        say(message);
        throw new CommandFailed(EXIT.failed);
      };
      for (const field of ['from', 'to'] as const) {
        if (!isoDate().safeParse(options[field]).success) fail(es ? `--${field}: fecha no válida «${options[field]}» (AAAA-MM-DD)` : `--${field}: invalid date "${options[field]}" (YYYY-MM-DD)`);
      }
      if (options.to < options.from) fail(es ? '--to: el último día es anterior al primero' : '--to: the last day is before the first');
      const days = (Date.parse(`${options.to}T00:00:00Z`) - Date.parse(`${options.from}T00:00:00Z`)) / 86_400_000 + 1;
      if (days > MAX_DAYS) fail(es ? `--to: el periodo pasa de ${MAX_DAYS} días` : `--to: the period is longer than ${MAX_DAYS} days`);
      const score = await withDatabase(config, async (handle) => {
        if (options.centre !== undefined && (await findMissingCentres(handle.db, [options.centre])).length > 0) {
          fail(es ? `No existe el centro «${options.centre}».` : `There is no centre "${options.centre}".`);
        }
        return runBacktest(handle.db, { from: options.from, to: options.to, centres: options.centre === undefined ? undefined : [options.centre] });
      });
      if (options.json) printJson(score);
      else printReport(score, config.cliLanguage);
    });
}
