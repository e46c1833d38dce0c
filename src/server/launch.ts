import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../db/engine.ts';
import type { Config } from './config.ts';
import { safeError } from './safe-error.ts';
import { startFront } from './startup-front.ts';
import { DemoLoadFailed, type StartupStatus } from './startup.ts';
import type { Held } from './boot.ts';

export interface StartedServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

export interface LaunchedServer {
  /** Where it listens (the port the system gave when asked for port 0). */
  url: string;
  /** What GET /api/v1/status answers now. */
  status(): StartupStatus;
  /**
   * Settles when the start does: the server ready (its app, database and stop), or the failure.
   * When the database cannot be prepared nothing listens any more (the server refuses to start);
   * when only the demonstration estate failed to load, the front stays up and every page says so
   * until the server is restarted.
   */
  ready: Promise<StartedServer>;
  /** Stops listening and closes the database (a load under way is abandoned: it is one transaction). */
  stop(): Promise<void>;
}

/**
 * Listens at once (the front, in a worker thread), then starts in the background: the web app,
 * the database, the app, the demonstration estate into an empty database. Until it is ready,
 * GET /api/v1/status says how far it got, every other API request answers 503 SERVER_STARTING,
 * and every page is the loading page. This file loads none of the app: the command line gets
 * here quickly, and the rest is imported once the port answers.
 */
export async function launchServer(config: Config, say: (line: string) => void = console.error): Promise<LaunchedServer> {
  const es = config.cliLanguage === 'es';
  const status: StartupStatus = { state: 'loading', step: 'web', done: 0, total: 0, rows: 0 };
  const front = await startFront(config.port, config.host, status);
  const url = `http://${config.host}:${front.port}`;
  say(es ? `Custodia escucha en ${url}; se está iniciando…` : `Custodia listening at ${url}; starting…`);

  const held: Held = { timers: [] };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    held.timers.forEach(clearInterval);
    await front.terminate();
    await held.app?.close();
    await held.handle?.close().catch(() => undefined);
  };
  const report = (update: Partial<StartupStatus>) => {
    Object.assign(status, update);
    front.update(status);
  };

  const ready = (async (): Promise<StartedServer> => {
    try {
      const { bootServer, EMBEDDED_ENGINE_NOTICE } = await import('./boot.ts');
      const { VERSION } = await import('./app.ts');
      const booted = await bootServer(config, say, held, report, () => ({ ...status }));
      if (stopped) throw new Error('stopped while starting');
      await booted.app.ready();
      // Said by the app only (not the front): a page told "ready" reloads, and must find the app.
      Object.assign(status, { state: 'ready', step: 'ready', done: status.total, rows: 0 });
      // The hand-over: the front lets go of the port and the app, ready, takes it at once. A
      // request in those few milliseconds is refused; the loading page retries a moment later.
      await front.close();
      await booted.app.listen({ port: front.port, host: config.host });
      booted.startTimers();
      say(`Custodia ${VERSION} ${es ? 'lista en' : 'ready at'} ${url} (${booted.handle.engine}: ${booted.handle.location})`);
      if (booted.handle.engine === 'pglite') say(EMBEDDED_ENGINE_NOTICE);
      return { app: booted.app, handle: booted.handle, url, stop };
    } catch (error) {
      if (error instanceof DemoLoadFailed && !stopped) {
        // The page says it failed; the log says why, with codes and frames, never the rows' values.
        report({ state: 'failed', error: error.code });
        say(`${es ? 'No se pudo cargar el estado de demostración' : 'The demonstration estate could not be loaded'} (${error.code}): ${JSON.stringify(safeError(error.cause))}`);
      } else {
        await stop();
      }
      throw error;
    }
  })();
  // A failure is the caller's to report; this keeps it from being an unhandled rejection meanwhile.
  ready.catch(() => undefined);
  return { url, status: () => ({ ...status }), ready, stop };
}
