/**
 * A Custodia server for the benchmarks, in its own process. Configuration comes from the
 * environment the benchmark sets (CUSTODIA_DATA_DIR or DATABASE_URL, PORT, HOST, …), with
 * `--port`, `--host` and `--db` accepted as for `custodia serve`.
 *
 * When the web app is built it calls startServer() itself. When it is not (web/ is still being
 * written), startServer() would try to build it and fail, so this runs the same steps minus
 * that build: prepareDatabase, the `system.started` audit entry, loadDemoIfEmpty, buildApp, listen.
 * The benchmarks set CUSTODIA_DEMO=false: their databases start empty.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { runAudited, SYSTEM_ACTOR } from '../../src/modules/audit/index.ts';
import { buildApp, loggerOptions, VERSION, WEB_ROOT } from '../../src/server/app.ts';
import { loadConfig, type Config, type ConfigOverrides } from '../../src/server/config.ts';
import { createServices } from '../../src/server/services.ts';
import { loadDemoIfEmpty } from '../../src/server/load-demo.ts';
import { prepareDatabase, startServer } from '../../src/server/start.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function startWithoutWebBuild(config: Config): Promise<{ app: FastifyInstance; stop(): Promise<void> }> {
  const handle = await prepareDatabase(config, say);
  try {
    await runAudited(handle.db, { actor: SYSTEM_ACTOR }, async (w) => {
      w.audit({ action: 'system.started', subjectType: 'system', subjectId: 'server', new: { version: VERSION, engine: handle.engine } });
    });
    await loadDemoIfEmpty(handle, config, say);
    const app = await buildApp(createServices(handle, config), { logger: loggerOptions(config.logLevel) });
    await app.listen({ port: config.port, host: config.host });
    return {
      app,
      async stop() {
        await app.close();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

const overrides: ConfigOverrides = {};
const port = flag('--port');
const host = flag('--host');
const db = flag('--db');
if (port !== undefined) overrides.port = Number.parseInt(port, 10);
if (host !== undefined) overrides.host = host;
if (db !== undefined) overrides.db = db;
const config = loadConfig(process.env, overrides);

const webIndex = path.join(WEB_ROOT, 'index.html');
let mode = 'startServer';
let server: { app: FastifyInstance; stop(): Promise<void> };
if (!existsSync(webIndex)) {
  mode = 'startServer minus web build (web app absent)';
  server = await startWithoutWebBuild(config);
} else {
  try {
    server = await startServer(config, say);
  } catch (error) {
    // web/dist vanished meanwhile (someone rebuilding it) and startServer's own build failed:
    // that build runs before the database is opened, so starting without it is safe.
    if (existsSync(webIndex)) throw error;
    say(`startServer failed while web/dist was missing (${String(error).split('\n')[0]}); starting without the web build`);
    mode = 'startServer minus web build (web/dist vanished, its build failed)';
    server = await startWithoutWebBuild(config);
  }
}
const address = server.app.server.address();
const listening = typeof address === 'object' && address ? address.port : config.port;
process.stdout.write(
  `READY ${JSON.stringify({
    url: `http://${config.host}:${listening}`,
    mode,
    engine: config.db.startsWith('postgres') ? 'postgresql' : 'pglite',
  })}\n`,
);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void server.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      say(`stop failed: ${String(error)}`);
      process.exit(1);
    },
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
