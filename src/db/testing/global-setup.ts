import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPglite, openPostgres, wrapPglite } from '../engine.ts';
import { dropDatabase, scratchName, serverUrl } from './postgres-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a file holding a migrated data directory to load per test file. */
    pgliteTemplate: string;
    /** PostgreSQL: a migrated database to copy per test file, and the server URL. */
    postgresTemplate: string;
    postgresServer: string;
  }
}

/**
 * Migrates one database for the whole run; each test file then gets its own copy of it
 * (PGlite: a loaded data directory; PostgreSQL: CREATE DATABASE … TEMPLATE), which is fast.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = scratchName(url, 'tpl');
    const server = serverUrl(url);
    const admin = await openPostgres(server, 1);
    await admin.db.execute(`create database "${template}"`);
    await admin.close();
    const handle = await openPostgres(serverUrl(url, template), 2);
    await handle.migrate();
    await handle.close();
    project.provide('postgresTemplate', template);
    project.provide('postgresServer', server);
    project.provide('pgliteTemplate', '');
    return async () => {
      await dropDatabase(server, template);
    };
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), 'custodia-test-'));
  const client = await createPglite();
  const handle = wrapPglite(client, 'memory');
  await handle.migrate();
  const dump = await client.dumpDataDir('none');
  await handle.close();
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('postgresTemplate', '');
  project.provide('postgresServer', '');
  return () => rmSync(dir, { recursive: true, force: true });
}
