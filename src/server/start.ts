import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type DatabaseHandle } from '../db/engine.ts';
import { assertAuditProtected, exportCheckpoint, readCheckpointKey, runAudited, SYSTEM_ACTOR, takeAuditCheckpoint } from '../modules/audit/index.ts';
import { ensureAdministrator, purgeExpiredSessions } from '../modules/auth/index.ts';
import { buildApp, loggerOptions, VERSION, WEB_ROOT } from './app.ts';
import type { Config } from './config.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createServices } from './services.ts';

export interface StartedServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** Opens and migrates the database, proves the audit log writable, and prepares the first user. */
export async function prepareDatabase(
  config: Config,
  say: (line: string) => void,
): Promise<DatabaseHandle> {
  const handle = await openDatabase(config.db);
  try {
    await handle.migrate();
    const admin = await ensureAdministrator(handle.db, config.adminPassword);
    if (admin.created) {
      say(
        admin.generatedPassword
          ? `Administrador creado: usuario «admin», contraseña «${admin.generatedPassword}» (se muestra una sola vez; cámbiela al entrar).\nAdministrator created: user "admin", password "${admin.generatedPassword}" (shown once; change it after logging in).`
          : 'Administrador creado: usuario «admin», contraseña de CUSTODIA_ADMIN_PASSWORD. / Administrator "admin" created with the password from CUSTODIA_ADMIN_PASSWORD.',
      );
    }
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The newest modification time among the web app's sources, or 0 where there are none. */
function newestSource(webDir: string): number {
  const walk = (entry: string): number => {
    if (!existsSync(entry)) return 0;
    const stat = statSync(entry);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...readdirSync(entry).map((name) => walk(path.join(entry, name))));
  };
  return Math.max(...['src', 'public', 'index.html', 'vite.config.ts'].map((name) => walk(path.join(webDir, name))));
}

/** Builds the web app if it is missing (a fresh clone whose install skipped it) or older than its sources. */
async function ensureWebBuilt(say: (line: string) => void): Promise<void> {
  const built = path.join(WEB_ROOT, 'index.html');
  const webDir = path.resolve(WEB_ROOT, '..');
  const sources = newestSource(webDir);
  if (sources === 0) return;
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  say('Construyendo la aplicación web… / Building the web app…');
  try {
    const { build } = await import('vite');
    await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  } catch (error) {
    // The API must not stay down because the web app failed to build: serve the last build, or none.
    say(`La aplicación web no se pudo construir; se sirve la API. / The web app failed to build; serving the API: ${(error as Error).message}`);
  }
}

/**
 * The embedded engine does not flush its writes to disk at each commit: a power loss or an
 * operating-system crash can lose acknowledged writes or damage the folder. It serves trials,
 * training and demonstrations; a prison runs on PostgreSQL (NODE_ENV=production requires it).
 */
const SESSION_PURGE_INTERVAL_MS = 15 * 60_000;
const AUDIT_CHECKPOINT_INTERVAL_MS = 60 * 60_000;

export const EMBEDDED_ENGINE_NOTICE =
  'AVISO: el motor integrado es para pruebas y demostraciones; no garantiza las escrituras ante un corte de luz o un fallo del sistema. En producción use PostgreSQL (DATABASE_URL) y `custodia backup`.\n' +
  'NOTICE: the embedded engine is for trials and demonstrations; it does not guarantee writes against a power loss or a system crash. In production use PostgreSQL (DATABASE_URL) and `custodia backup`.';

export async function startServer(config: Config, say: (line: string) => void = console.error): Promise<StartedServer> {
  await ensureWebBuilt(say);
  const handle = await prepareDatabase(config, say);
  try {
    // The server refuses to start if its audit log is not append-only, or cannot be written.
    await assertAuditProtected(handle.db);
    // A configured checkpoint key must be readable now, not fail an hour later.
    const checkpointKey = config.auditCheckpoints.keyFile ? readCheckpointKey(config.auditCheckpoints.keyFile) : undefined;
    await runAudited(handle.db, { actor: SYSTEM_ACTOR }, async (w) => {
      w.audit({ action: 'system.started', subjectType: 'system', subjectId: 'server', new: { version: VERSION, engine: handle.engine } });
    });
    await loadDemoIfEmpty(handle, config, say);
    const services = createServices(handle, config);
    const app = await buildApp(services, { logger: loggerOptions(config.logLevel) });
    await app.listen({ port: config.port, host: config.host });
    // Logins purge a few expired sessions each; this sweeps the rest.
    const purge = setInterval(() => {
      purgeExpiredSessions(services.db, services.clock).catch((error: unknown) => app.log.error({ err: error }, 'session purge failed'));
    }, SESSION_PURGE_INTERVAL_MS);
    purge.unref();
    // Signed checkpoints of every chain's head, stored and exported: truncation and rewriting show.
    const checkpoint = () => {
      if (!checkpointKey) return;
      takeAuditCheckpoint(services.db, { actor: SYSTEM_ACTOR, clock: services.clock }, checkpointKey)
        .then((signed) => config.auditCheckpoints.exportFile && exportCheckpoint(config.auditCheckpoints.exportFile, signed))
        .catch((error: unknown) => app.log.error({ err: error }, 'audit checkpoint failed'));
    };
    checkpoint();
    const checkpoints = setInterval(checkpoint, AUDIT_CHECKPOINT_INTERVAL_MS);
    checkpoints.unref();
    const url = `http://${config.host}:${config.port}`;
    say(`Custodia ${VERSION} en ${url} (${handle.engine}: ${handle.location})`);
    if (handle.engine === 'pglite') say(EMBEDDED_ENGINE_NOTICE);
    return {
      app,
      handle,
      url,
      async stop() {
        clearInterval(purge);
        clearInterval(checkpoints);
        await app.close();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
