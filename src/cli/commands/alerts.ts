import { Command } from 'commander';
import { systemClock } from '../../kernel/clock.ts';
import { isoInstant } from '../../kernel/fields.ts';
import type { AlertSeverity, AlertType } from '../../kernel/vocabulary.ts';
import { findLocations, findMissingCentres } from '../../modules/estate/index.ts';
import { evaluateWarning, type Finding } from '../../modules/warning/index.ts';
import { CommandFailed, configFor, EXIT, print, printJson, say, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';
import { SEVERITY_LABELS, TYPE_LABELS } from './alert-words.ts';
import { backtestCommand } from './alerts-backtest.ts';

/** One alert as `alerts --json` prints it (DESIGN.md). */
interface AlertLine {
  type: AlertType;
  centre: string;
  location: string | null;
  severity: AlertSeverity;
  score: number;
  since: string;
  reasons: string[];
  persons: string[];
  groups: string[];
}

const SEVERITY_RANK: Record<AlertSeverity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** Every finding of every centre, most severe first, then by score, centre, type and place. */
function alertLines(findings: readonly Finding[], language: CliLanguage): AlertLine[] {
  return [...findings]
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        b.score - a.score ||
        a.centre.localeCompare(b.centre) ||
        a.type.localeCompare(b.type) ||
        (a.location ?? '').localeCompare(b.location ?? '') ||
        a.subject.localeCompare(b.subject),
    )
    .map((f) => ({
      type: f.type,
      centre: f.centre,
      location: f.location,
      severity: f.severity,
      score: f.score,
      since: f.since,
      reasons: f.reasons.map((r) => r[language]),
      persons: f.persons,
      groups: f.groups,
    }));
}

/** The alerts as a table in the CLI's language: one line per alert, its reasons under it. */
function printTable(at: string, alerts: readonly AlertLine[], places: ReadonlyMap<string, string>, language: CliLanguage, centre: string | undefined): void {
  const es = language === 'es';
  if (alerts.length === 0) {
    const where = centre ? (es ? ` en ${centre}` : ` at ${centre}`) : '';
    print(es ? `Ninguna alerta${where} a ${at}.` : `No alerts${where} as of ${at}.`);
    return;
  }
  print(es ? `Alertas tempranas a ${at}: ${alerts.length}` : `Early-warning alerts as of ${at}: ${alerts.length}`);
  const header = es ? ['gravedad', 'tipo', 'centro', 'lugar', 'puntuación', 'desde'] : ['severity', 'type', 'centre', 'place', 'score', 'since'];
  const rows = alerts.map((a) => [
    SEVERITY_LABELS[a.severity][language],
    TYPE_LABELS[a.type][language],
    a.centre,
    a.location === null ? (es ? 'todo el centro' : 'whole centre') : (places.get(a.location) ?? a.location),
    a.score.toFixed(2),
    a.since.slice(0, 16).replace('T', ' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ').trimEnd();
  print(line(header));
  alerts.forEach((a, i) => {
    print(line(rows[i] as string[]));
    for (const reason of a.reasons) print(`    · ${reason}`);
  });
}

/** `custodia alerts [--centre CODE] [--at T] [--json]`, and `custodia alerts backtest …`. */
export function alertsCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('alerts'), language)
    .description(t({
      es: 'alertas tempranas tal como estaban en un momento (por defecto ahora): tipo, lugar, gravedad, puntuación, motivos',
      en: 'early-warning alerts as they stood at a time (default now): type, place, severity, score, reasons',
    }))
    .option('--centre <code>', t({ es: 'un centro', en: 'one centre' }))
    .option('--at <time>', t({ es: 'tal como estaban en ese momento (ISO 8601, p. ej. 2021-11-12T08:00:00-05:00)', en: 'as they stood at this time (ISO 8601, e.g. 2021-11-12T08:00:00-05:00)' }))
    .option('--json', t({ es: 'imprime como JSON', en: 'print as JSON' }))
    .action(async (options: { db?: string; centre?: string; at?: string; json?: boolean }) => {
      const config = configFor(options);
      const es = config.cliLanguage === 'es';
      let at = systemClock.now();
      if (options.at !== undefined) {
        // The same rule as the roll's `--at`: ISO 8601 with an offset, within the plausible range.
        const parsed = isoInstant().safeParse(options.at);
        if (!parsed.success) {
          say(es ? `--at: fecha y hora no válida «${options.at}»` : `--at: invalid time "${options.at}"`);
          throw new CommandFailed(EXIT.failed);
        }
        at = parsed.data;
      }
      const { alerts, places } = await withDatabase(config, async (handle) => {
        if (options.centre !== undefined && (await findMissingCentres(handle.db, [options.centre])).length > 0) {
          say(es ? `--centre: no existe el centro «${options.centre}».` : `--centre: there is no centre "${options.centre}".`);
          throw new CommandFailed(EXIT.failed);
        }
        const evaluations = await evaluateWarning(handle.db, { ...(options.centre !== undefined ? { centres: [options.centre] } : {}), at });
        const lines = alertLines(
          evaluations.flatMap((e) => e.findings),
          config.cliLanguage,
        );
        const codes = [...new Set(lines.map((l) => l.location).filter((c): c is string => c !== null))];
        const names = options.json || codes.length === 0 ? [] : await findLocations(handle.db, codes);
        return { alerts: lines, places: new Map(names.map((l) => [l.code, l.name])) };
      });
      if (options.json) printJson({ at: at.toISOString(), alerts });
      else printTable(at.toISOString(), alerts, places, config.cliLanguage, options.centre);
    })
    .addCommand(backtestCommand(language));
}
