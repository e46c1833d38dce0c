import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { createPglite } from '../db/engine.ts';
import { createEmptyTestDatabase, createTestDatabase, isPostgresRun, type TestDatabase } from '../db/testing/index.ts';

/** Helpers for tests that run the `custodia` command line (test files only). */

const run = promisify(execFile);

/** The `custodia` command as a user runs it. */
export const CUSTODIA_BIN = path.resolve(import.meta.dirname, '../../bin/custodia.mjs');

/** What a run of the command gave: its exit code and output. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `custodia args…` in a process of its own, pointed with `--db` at `db` when given, in
 * English and with a clean environment (no DATABASE_URL or language of the shell running the
 * tests) plus `env`. A failing command gives its exit code; it never throws.
 */
export async function runCustodia(args: string[], options: { db?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CUSTODIA_BIN, ...args, ...(options.db === undefined ? [] : ['--db', options.db])], {
      env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), CUSTODIA_ADMIN_PASSWORD: 'cli-admin-password', CUSTODIA_LANG: 'en', ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A database of one test file that the command line reaches with `--db`. */
export interface CliDatabase {
  /** What `--db` takes: a folder on the embedded engine, a URL on PostgreSQL. */
  target: string;
  /** Runs one statement as the superuser and gives its rows (on the embedded engine, only while no command holds the folder). */
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs several statements as the superuser, separated by semicolons (to tamper with the database). */
  exec(sql: string): Promise<void>;
  /** Removes the database. */
  close(): Promise<void>;
}

/** A folder of its own under the system's temporary folder, removed by `remove`. */
function scratchFolder(prefix: string): { data: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `custodia-${prefix}-`));
  return { data: path.join(dir, 'data'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A data folder on the embedded engine, reached with a client opened for each call (the command line locks the folder while it runs). */
function folderDatabase(folder: { data: string; remove(): void }): CliDatabase {
  const withClient = async <T>(work: (client: PGlite) => Promise<T>): Promise<T> => {
    const client = await createPglite({ dataDir: folder.data });
    try {
      return await work(client);
    } finally {
      await client.close();
    }
  };
  return {
    target: folder.data,
    query: (sql, params) => withClient(async (client) => (await client.query<Record<string, unknown>>(sql, params)).rows),
    exec: (sql) => withClient(async (client) => void (await client.exec(sql))),
    close: async () => folder.remove(),
  };
}

/** A PostgreSQL test database as the command line reaches it. */
function postgresDatabase(database: TestDatabase): CliDatabase {
  return {
    target: database.target ?? '',
    query: (sql, params) => database.raw(sql, params),
    exec: async (sql) => void (await database.raw(sql)),
    close: () => database.close(),
  };
}

/**
 * A database for command-line tests, on the engine of this run: migrated, with no user yet (the
 * first command creates the administrator, as on a new installation), or with `empty` one that
 * has never been migrated. On the embedded engine it is a folder holding the migrated template of
 * the run, so a command opens it at once instead of creating and migrating it (seconds each).
 */
export async function createCliDatabase(options: { empty?: boolean } = {}): Promise<CliDatabase> {
  if (isPostgresRun()) return postgresDatabase(options.empty ? await createEmptyTestDatabase() : await createTestDatabase());
  const folder = scratchFolder('cli');
  mkdirSync(folder.data);
  if (!options.empty) execFileSync('tar', ['-xf', inject('pgliteTemplate'), '-C', folder.data], { stdio: ['ignore', 'ignore', 'pipe'] });
  return folderDatabase(folder);
}

/**
 * The database of a test that works in-process, as the command line reaches it as it stands now:
 * the same database on PostgreSQL, a copy in a folder of the in-memory embedded one.
 */
export async function cliCopyOf(database: TestDatabase): Promise<CliDatabase> {
  if (database.target) return { ...postgresDatabase(database), close: async () => {} };
  const folder = scratchFolder('copy');
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const copy = await createPglite({ dataDir: folder.data, loadDataDir: await client.dumpDataDir('none') });
  await copy.close();
  return folderDatabase(folder);
}
