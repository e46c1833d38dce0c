import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { createPglite, MIGRATIONS_FOLDER, openPostgres, wrapPglite, type DatabaseHandle } from '../engine.ts';
import { createDatabaseFromTemplate, dropDatabase, scratchName, serverUrl } from './postgres-admin.ts';

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
  const dump = readFileSync(inject('pgliteTemplate'));
  const client = await createPglite({ loadDataDir: new Blob([dump]) });
  const handle = wrapPglite(client, 'memory');
  return {
    ...handle,
    target: null,
    raw: async (query, params) => (await client.query<Record<string, unknown>>(query, params)).rows,
  };
}

/** Whether this run is on PostgreSQL (DATABASE_URL set) rather than the embedded engine. */
export function isPostgresRun(): boolean {
  return inject('postgresTemplate') !== '';
}

const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
/** The newest migration, as the health endpoint and `migrate --json` report it. */
export const LATEST_MIGRATION = { tag: journal.entries.at(-1)?.tag ?? '', count: journal.entries.length };
