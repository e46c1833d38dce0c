import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { createPglite, MIGRATIONS_FOLDER, openPostgres, wrapPglite, type DatabaseHandle } from '../engine.ts';
import { createDatabaseFromTemplate, createEmptyDatabase, dropDatabase, scratchName, serverUrl } from './postgres-admin.ts';

export interface TestDatabase extends DatabaseHandle {
  /** What `--db` takes to reach this database from another process; null for an in-memory one. */
  target: string | null;
  /** Runs SQL as the superuser, bypassing the application (to tamper, or to count rows). */
  raw(query: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

/**
 * A freshly migrated database of its own for one test file, on the engine of this run:
 * PostgreSQL when DATABASE_URL is set, else the embedded engine in memory.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject('postgresTemplate');
  if (template) {
    const server = inject('postgresServer');
    const name = scratchName(serverUrl(server, template), 'f');
    await createDatabaseFromTemplate(server, name, template);
    return openScratchDatabase(server, name);
  }
  const dump = readFileSync(inject('pgliteTemplate'));
  const client = await createPglite({ loadDataDir: new Blob([dump]) });
  const handle = wrapPglite(client, 'memory');
  return {
    ...handle,
    target: null,
    raw: async (query, params) => (await client.query<Record<string, unknown>>(query, params)).rows,
  };
}

/** A PostgreSQL database of this run, opened, and dropped when closed. */
async function openScratchDatabase(server: string, name: string): Promise<TestDatabase> {
  const handle = await openPostgres(serverUrl(server, name), 8);
  const pool = (handle.db as unknown as { $client: { query: (q: string, p?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> } }).$client;
  return {
    ...handle,
    target: serverUrl(server, name),
    raw: async (query, params) => (await pool.query(query, params)).rows,
    async close() {
      await handle.close();
      await dropDatabase(server, name);
    },
  };
}

/** PostgreSQL runs only: a database of its own that has never been migrated (to migrate, or to restore into). */
export async function createEmptyTestDatabase(): Promise<TestDatabase> {
  const server = inject('postgresServer');
  if (!server) throw new Error('createEmptyTestDatabase is for PostgreSQL runs; on the embedded engine an empty database is an empty folder');
  const name = scratchName(serverUrl(server, inject('postgresTemplate')), 'e');
  await createEmptyDatabase(server, name);
  return openScratchDatabase(server, name);
}

/** Whether a test resource serves every test of the enclosing `describe` (or file), or is fresh for each test. */
export type TestScope = 'suite' | 'test';

/**
 * Opens something for the enclosing `describe` (or file) before its tests and closes it after
 * them, or before and after each test. The function returned reaches it from inside a test or hook.
 */
export function openForTests<T extends { close(): Promise<void> }>(what: string, open: () => Promise<T>, scope: TestScope = 'suite'): () => T {
  let current: T | undefined;
  (scope === 'suite' ? beforeAll : beforeEach)(async () => {
    current = await open();
  });
  (scope === 'suite' ? afterAll : afterEach)(() => current?.close());
  return () => {
    if (!current) throw new Error(`${what} is opened before the tests: use it inside a test or hook`);
    return current;
  };
}

/**
 * The test database of the enclosing `describe` (or file): created before its tests and closed
 * after them. What it returns stands for that database from the first test on.
 */
export function useTestDatabase(): TestDatabase {
  const live = openForTests('the test database', createTestDatabase);
  return {
    get db() {
      return live().db;
    },
    get engine() {
      return live().engine;
    },
    get location() {
      return live().location;
    },
    get target() {
      return live().target;
    },
    migrate: () => live().migrate(),
    raw: (query, params) => live().raw(query, params),
    close: () => live().close(),
  };
}

/** Whether this run is on PostgreSQL (DATABASE_URL set) rather than the embedded engine. */
export function isPostgresRun(): boolean {
  return inject('postgresTemplate') !== '';
}

const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
/** The newest migration, as the health endpoint and `migrate --json` report it. */
export const LATEST_MIGRATION = { tag: journal.entries.at(-1)?.tag ?? '', count: journal.entries.length };
