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
import { prepareDatabase } from '../server/start.ts';

/** Exit codes of every command: 0 success, 1 bad input or a failed check, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure already reported to the user; the process exits with `code`. */
export class CommandFailed extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

export function withDb(command: Command): Command {
  return command.option('--db <target>', 'a folder (embedded engine) or a postgres:// URL; default DATABASE_URL, else ./data');
}

export function configFor(options: { db?: string }, extra: ConfigOverrides = {}): Config {
  return loadConfig(process.env, { ...extra, ...(options.db ? { db: options.db } : {}) });
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
    say(`${language === 'es' ? 'Error' : 'Error'} ${error.code}${error.field ? ` (${error.field})` : ''}: ${error.messageIn(language)}`);
    return EXIT.failed;
  }
  if (error instanceof ConfigError) {
    say(error.message);
    return EXIT.failed;
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000' || code === '28P01') {
    say(`No se puede conectar a la base de datos / cannot connect to the database: ${(error as Error).message}`);
    return EXIT.failed;
  }
  // The error's values stay out of the terminal (they may be personal data): codes and frames only.
  say(`Error inesperado / unexpected error: ${JSON.stringify(safeError(error), null, 2)}`);
  return EXIT.failed;
}
