import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { openDatabase, type DatabaseHandle } from '../db/engine.ts';
import { assertAuditProtected, exportCheckpoint, readCheckpointKey, runAudited, SYSTEM_ACTOR, takeAuditCheckpoint } from '../modules/audit/index.ts';
import { ensureAdministrator, purgeExpiredSessions } from '../modules/auth/index.ts';
import { z } from 'zod';
import { buildApp, loggerOptions, VERSION, WEB_ROOT } from './app.ts';
import type { Config } from './config.ts';
import { DemoEstateRejected, loadDemoIfEmpty } from './load-demo.ts';
import { safeError } from './safe-error.ts';
import { createServices } from './services.ts';
import { DemoLoadFailed, type StartupStatus } from './startup.ts';

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
      const es = config.cliLanguage === 'es';
      say(
        admin.generatedPassword
          ? es
            ? `Administrador creado: usuario «admin», contraseña «${admin.generatedPassword}» (se muestra una sola vez; cámbiela al entrar).`
            : `Administrator created: user "admin", password "${admin.generatedPassword}" (shown once; change it after logging in).`
          : es
            ? 'Administrador creado: usuario «admin», contraseña de CUSTODIA_ADMIN_PASSWORD.'
            : 'Administrator "admin" created with the password from CUSTODIA_ADMIN_PASSWORD.',
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
async function ensureWebBuilt(say: (line: string) => void, es: boolean): Promise<void> {
  const built = path.join(WEB_ROOT, 'index.html');
  const webDir = path.resolve(WEB_ROOT, '..');
  const sources = newestSource(webDir);
  if (sources === 0) return;
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  say(es ? 'Construyendo la aplicación web…' : 'Building the web app…');
  try {
    const { build } = await import('vite');
    await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  } catch (error) {
    // The API must not stay down because the web app failed to build: serve the last build, or none.
    say(`${es ? 'La aplicación web no se pudo construir; se sirve la API' : 'The web app failed to build; serving the API'}: ${(error as Error).message}`);
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


/** What a start holds open, for the launcher to close whatever happens. */
export interface Held {
  app?: FastifyInstance;
  handle?: DatabaseHandle;
  timers: NodeJS.Timeout[];
}

const statusSchema = z.object({
  state: z.enum(['loading', 'ready', 'failed']),
  step: z.string(),
  done: z.number(),
  total: z.number(),
  rows: z.number(),
  error: z.string().optional(),
});

/**
 * The start itself, behind the front (startup-front.ts): builds the web app if needed, opens and
 * migrates the database, proves the audit log writable, builds the app, and loads the
 * demonstration estate into an empty database, telling `report` each step. A failed
 * demonstration load throws DemoLoadFailed (with a code for the page); anything else as it came.
 */
export async function bootServer(
  config: Config,
  say: (line: string) => void,
  held: Held,
  report: (update: Partial<StartupStatus>) => void,
  current: () => StartupStatus,
): Promise<{ app: FastifyInstance; handle: DatabaseHandle; startTimers(): void }> {
  const es = config.cliLanguage === 'es';
  report({ step: 'web' });
  await ensureWebBuilt(say, es);
  report({ step: 'database' });
  const handle = await prepareDatabase(config, say);
  held.handle = handle;
  // The server refuses to start if its audit log is not append-only, or cannot be written.
  await assertAuditProtected(handle.db);
  // A configured checkpoint key must be readable now, not fail an hour later.
  const checkpointKey = config.auditCheckpoints.keyFile ? readCheckpointKey(config.auditCheckpoints.keyFile) : undefined;
  await runAudited(handle.db, { actor: SYSTEM_ACTOR }, async (w) => {
    w.audit({ action: 'system.started', subjectType: 'system', subjectId: 'server', new: { version: VERSION, engine: handle.engine } });
  });
  const services = createServices(handle, config);
  const app = await buildApp(services, { logger: loggerOptions(config.logLevel) });
  held.app = app;
  // Answered by the front while starting; by the app once it listens (then always `ready`).
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/status',
    {
      config: { public: true },
      schema: { tags: ['system'], summary: 'Whether the server is ready: loading (with its step), ready or failed (no session needed)', response: { 200: statusSchema } },
    },
    async () => current(),
  );
  try {
    await loadDemoIfEmpty(handle, config, say, (progress) => report(progress));
  } catch (error) {
    const code = error instanceof DemoEstateRejected ? 'DEMO_ESTATE_REJECTED' : (safeError(error).code ?? 'DEMO_LOAD_ERROR');
    throw new DemoLoadFailed(code, error);
  }
  return {
    app,
    handle,
    startTimers() {
      // Logins purge a few expired sessions each; this sweeps the rest.
      held.timers.push(
        setInterval(() => {
          purgeExpiredSessions(services.db, services.clock).catch((error: unknown) => app.log.error({ err: error }, 'session purge failed'));
        }, SESSION_PURGE_INTERVAL_MS),
      );
      // Signed checkpoints of every chain's head, stored and exported: truncation and rewriting show.
      const checkpoint = () => {
        if (!checkpointKey) return;
        takeAuditCheckpoint(services.db, { actor: SYSTEM_ACTOR, clock: services.clock }, checkpointKey)
          .then((signed) => config.auditCheckpoints.exportFile && exportCheckpoint(config.auditCheckpoints.exportFile, signed))
          .catch((error: unknown) => app.log.error({ err: error }, 'audit checkpoint failed'));
      };
      checkpoint();
      held.timers.push(setInterval(checkpoint, AUDIT_CHECKPOINT_INTERVAL_MS));
      // The early warning: re-evaluated after every commit that changes a centre's facts, at start and every 10 minutes.
      if (config.warningReevaluation !== 'off') {
        services.warning.listen();
        services.warning.evaluateAll().catch((error: unknown) => app.log.error({ err: error }, 'warning re-evaluation failed'));
        services.warning.startSchedule();
      }
      held.timers.forEach((timer) => timer.unref());
    },
  };
}
