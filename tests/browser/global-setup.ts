import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { ADMIN_PASSWORD, DEMO_PEOPLE, EMPTY_DATABASE } from './shared.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder where the harness keeps one loaded demonstration database per size, for the run. */
    browserDemoCache: string;
  }
}

const CLI = fileURLToPath(new URL('../../bin/custodia.mjs', import.meta.url));

/**
 * A database made with the command line (as a user would) into the cache: `custodia <args> --db`,
 * with the administrator's test password.
 */
async function makeDatabase(cache: string, name: string, args: string[]): Promise<void> {
  await promisify(execFile)(process.execPath, [CLI, ...args, '--db', path.join(cache, name)], {
    env: { ...process.env, CUSTODIA_ADMIN_PASSWORD: ADMIN_PASSWORD, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * Builds web/dist from the current sources once per run, so the journeys never test a stale
 * build (the server only builds it when it is missing), and, meanwhile, the databases the files
 * start from into the run's cache folder: an empty one, migrated (a fresh database's first
 * migration costs tens of seconds of the engine's single thread), and the shared demonstration
 * estate. Each file starts from a copy of one (a size no file shares is generated there by the
 * first file that asks).
 */
export default async function setup(project: TestProject) {
  const cache = mkdtempSync(path.join(os.tmpdir(), 'custodia-browser-demo-'));
  project.provide('browserDemoCache', cache);
  try {
    await Promise.all([
      build({ configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)), logLevel: 'warn' }),
      makeDatabase(cache, EMPTY_DATABASE, ['migrate']),
      makeDatabase(cache, `demo-${DEMO_PEOPLE}`, ['demo', '--people', String(DEMO_PEOPLE)]),
    ]);
  } catch (error) {
    rmSync(cache, { recursive: true, force: true });
    throw error;
  }
  return () => rmSync(cache, { recursive: true, force: true });
}
