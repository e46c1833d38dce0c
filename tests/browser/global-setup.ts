import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder where the harness keeps one loaded demonstration database per size, for the run. */
    browserDemoCache: string;
  }
}

/**
 * Builds web/dist from the current sources once per run, so the journeys never test a stale
 * build (the server only builds it when it is missing), and makes the folder where the
 * demonstration databases are kept: each size is generated once and copied for every file.
 */
export default async function setup(project: TestProject) {
  await build({ configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)), logLevel: 'warn' });
  const cache = mkdtempSync(path.join(os.tmpdir(), 'custodia-browser-demo-'));
  project.provide('browserDemoCache', cache);
  return () => rmSync(cache, { recursive: true, force: true });
}
