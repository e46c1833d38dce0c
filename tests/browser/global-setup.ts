import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds web/dist from the current sources once per run, so the journeys never test a stale
 * build (the server only builds it when it is missing).
 */
export default async function setup(): Promise<void> {
  await build({ configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
