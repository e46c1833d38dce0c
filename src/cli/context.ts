import { type Command } from 'commander';
import type { DatabaseHandle } from '../db/engine.ts';
import { systemClock } from '../kernel/clock.ts';
import type { z } from 'zod';
import { AppError } from '../kernel/errors.ts';
import { describeIssue, issuePath } from '../kernel/field-messages.ts';
import type { Language } from '../kernel/language.ts';
import type { AuditContext } from '../modules/audit/index.ts';
import { ConfigError, loadConfig, type Config, type ConfigOverrides } from '../server/config.ts';
import { safeError } from '../server/safe-error.ts';
import { pick, type CliLanguage } from './language.ts';

/** Exit codes of every command: 0 success, 1 bad input or a failed check, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure already reported to the user; the process exits with `code`. */
export class CommandFailed extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

export function withDb(command: Command, language: CliLanguage): Command {
  return command.option(
    '--db <target>',
    pick(language)({
      es: 'una carpeta (motor integrado) o una URL postgres://; por defecto DATABASE_URL, si no ./data',
      en: 'a folder (embedded engine) or a postgres:// URL; default DATABASE_URL, else ./data',
    }),
  );
}

/** The language `--lang` chose for this run, when it did (set once, before the commands are built). */
let chosenLanguage: CliLanguage | undefined;
export function chooseLanguage(language: CliLanguage | undefined): void {
  chosenLanguage = language;
}

export function configFor(options: { db?: string }, extra: ConfigOverrides = {}): Config {
  const config = loadConfig(process.env, { ...extra, ...(options.db ? { db: options.db } : {}) });
  return chosenLanguage ? { ...config, cliLanguage: chosenLanguage } : config;
}

/**
 * Checks a command's input with the same schema as the HTTP API (the module's schemas.ts), so
 * the command line accepts exactly what the API accepts; a refusal names the field, worded in
 * the user's language like the API's.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, language: Language): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const detail = result.error.issues.map((issue) => `${issuePath(issue) || 'input'}: ${describeIssue(issue, language)}`).join('; ');
  throw new AppError('VALIDATION_FAILED', { detail }, result.error.issues[0] ? issuePath(result.error.issues[0]) : undefined);
}

/** Messages go to stderr, data to stdout. */
export const say = (line: string) => process.stderr.write(`${line}\n`);
export const print = (line: string) => process.stdout.write(`${line}\n`);
export const printJson = (value: unknown) => print(JSON.stringify(value, null, 2));

export function cliAuditContext(config: Config): AuditContext {
  return { actor: { id: null, username: `cli:${config.osUser}` }, clock: systemClock };
}

/** Opens (migrating if needed) the database, runs `work`, and always closes it. */
export async function withDatabase<T>(
  config: Config,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  // Loaded when needed: `custodia serve` and `--help` start without the database code.
  const { prepareDatabase } = await import('../server/boot.ts');
  const handle = await prepareDatabase(config, say);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** Turns expected failures into a message and exit code 1; anything else is a bug and says so. */
export function reportFailure(error: unknown, language: 'es' | 'en'): number {
  if (error instanceof CommandFailed) return error.exitCode;
  if (error instanceof AppError) {
    say(`Error ${error.code}${error.field ? ` (${error.field})` : ''}: ${error.messageIn(language)}`);
    return EXIT.failed;
  }
  if (error instanceof ConfigError) {
    say(`${language === 'es' ? 'Configuración no válida' : 'Invalid configuration'}:\n  ${error.problems.join('\n  ')}`);
    return EXIT.failed;
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000' || code === '28P01') {
    say(`${language === 'es' ? 'No se puede conectar a la base de datos' : 'Cannot connect to the database'}: ${(error as Error).message}`);
    return EXIT.failed;
  }
  // The error's values stay out of the terminal (they may be personal data): codes and frames only.
  say(`${language === 'es' ? 'Error inesperado' : 'Unexpected error'}: ${JSON.stringify(safeError(error), null, 2)}`);
  return EXIT.failed;
}
