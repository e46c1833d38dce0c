import type { Config } from './config.ts';
import { launchServer, type StartedServer } from './launch.ts';

export { EMBEDDED_ENGINE_NOTICE, prepareDatabase } from './boot.ts';
export { launchServer, type LaunchedServer, type StartedServer } from './launch.ts';
export { DemoLoadFailed, type StartupStatus } from './startup.ts';

/** Starts the server and waits until it is ready (tests, benchmarks); stops it if the start fails. */
export async function startServer(config: Config, say: (line: string) => void = console.error): Promise<StartedServer> {
  const launched = await launchServer(config, say);
  try {
    return await launched.ready;
  } catch (error) {
    await launched.stop();
    throw error;
  }
}
