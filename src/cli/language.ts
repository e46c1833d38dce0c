import { Help, type Argument, type Command, type Option } from 'commander';
import type { Language } from '../kernel/language.ts';

/**
 * The language of the command line: `--lang es|en` anywhere on the command line, else the
 * environment (CUSTODIA_LANG, then LC_ALL / LC_MESSAGES / LANG), else Spanish. Help, usage
 * errors and messages follow it; command and option names and JSON output never change.
 */
export type CliLanguage = Language;

/** A text in each language. */
export type Texts = Record<CliLanguage, string>;

/** `t({es, en})`: the text in `language`. */
export const pick = (language: CliLanguage) => (texts: Texts) => texts[language];

/** What `--lang` asked for, and the arguments without it; `invalid` holds a value that is neither es nor en. */
export function takeLanguageFlag(argv: readonly string[]): { language?: CliLanguage; invalid?: string; rest: string[] } {
  const rest: string[] = [];
  let language: CliLanguage | undefined;
  let invalid: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    let value: string | undefined;
    if (arg === '--lang') value = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else {
      rest.push(arg);
      continue;
    }
    if (value === 'es' || value === 'en') language = value;
    else invalid = value;
  }
  return { ...(language ? { language } : {}), ...(invalid !== undefined ? { invalid } : {}), rest };
}

const TITLES: Record<string, Texts> = {
  'Usage:': { es: 'Uso:', en: 'Usage:' },
  'Options:': { es: 'Opciones:', en: 'Options:' },
  'Arguments:': { es: 'Argumentos:', en: 'Arguments:' },
  'Commands:': { es: 'Órdenes:', en: 'Commands:' },
  'Global Options:': { es: 'Opciones generales:', en: 'Global Options:' },
};

/** Commander's own usage errors, worded in Spanish (in English they stay commander's). */
const ERRORS_ES: [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/, "error: opción desconocida '$1'"],
  [/^error: unknown command '(.+?)'/, "error: orden desconocida '$1'"],
  [/^error: missing required argument '(.+?)'/, "error: falta el argumento obligatorio '$1'"],
  [/^error: option '(.+?)' argument missing/, "error: falta el valor de la opción '$1'"],
  [/^error: required option '(.+?)' not specified/, "error: falta la opción obligatoria '$1'"],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\./, "error: el valor '$2' de la opción '$1' no es válido."],
  [/^error: too many arguments for '(.+?)'\. Expected (\d+) arguments? but got (\d+)\./, "error: demasiados argumentos para '$1': se esperaban $2 y se recibieron $3."],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'error: demasiados argumentos: se esperaban $1 y se recibieron $2.'],
  [/^error: (.+?) cannot be used with (.+)$/m, 'error: $1 no puede usarse con $2'],
  [/\(Did you mean one of (.+?)\?\)/, '(¿Quiso decir una de estas: $1?)'],
  [/\(Did you mean (.+?)\?\)/, '(¿Quiso decir $1?)'],
];

export function translateUsageError(text: string, language: CliLanguage): string {
  if (language === 'en') return text;
  return ERRORS_ES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** "(default: 2021)" and the like, in the language of the help. */
function localiseExtras(text: string, language: CliLanguage): string {
  if (language === 'en') return text;
  return text.replace(/\((default|choices|preset|env): /g, (_whole, word: string) => `(${{ default: 'por defecto', choices: 'valores', preset: 'sin valor', env: 'variable' }[word]}: `);
}

/** commander's "[options]" and "[command]" in usage lines. */
function placeholders(usage: string, language: CliLanguage): string {
  return language === 'es' ? usage.replace('[options]', '[opciones]').replace('[command]', '[orden]') : usage;
}

/**
 * Puts the help and usage errors of `command` and all its subcommands in `language`: section
 * titles, the help option and command, defaults, and commander's error messages.
 */
export function localiseCommands(command: Command, language: CliLanguage): void {
  const t = pick(language);
  command.configureHelp({
    showGlobalOptions: true,
    styleTitle: (title: string) => TITLES[title]?.[language] ?? title,
    commandUsage: (cmd: Command) => placeholders(Help.prototype.commandUsage.call(new Help(), cmd), language),
    subcommandTerm: (cmd: Command) => placeholders(Help.prototype.subcommandTerm.call(new Help(), cmd), language),
    optionDescription: (option: Option) => localiseExtras(Help.prototype.optionDescription.call(new Help(), option), language),
    argumentDescription: (argument: Argument) => localiseExtras(Help.prototype.argumentDescription.call(new Help(), argument), language),
  });
  command.helpOption('-h, --help', t({ es: 'muestra la ayuda de la orden', en: 'display help for command' }));
  if (command.commands.length > 0) command.helpCommand(placeholders('help [command]', language), t({ es: 'muestra la ayuda de una orden', en: 'display help for command' }));
  command.configureOutput({ outputError: (text, write) => write(translateUsageError(text, language)) });
  const path: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) path.unshift(c.name());
  command.showHelpAfterError(t({ es: `(${path.join(' ')} --help muestra la ayuda)`, en: `(${path.join(' ')} --help shows the help)` }));
  command.commands.forEach((sub) => localiseCommands(sub, language));
}
