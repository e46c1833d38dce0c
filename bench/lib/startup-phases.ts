/**
 * Where start-up time goes: runs the steps of startServer() one by one in this process and prints
 * one line `PHASES {…}` with the milliseconds each took (the web build is left out).
 * Usage: node bench/lib/startup-phases.mjs <db folder> <port>
 */
const t = () => performance.now();
const phases: Record<string, number> = {};
let mark = t();
const step = (name: string) => {
  const now = t();
  phases[name] = Math.round(now - mark);
  mark = now;
};
// performance.now() counts from the start of the process: this is node + tsx start-up.
phases['node + tsx loader'] = Math.round(mark);

const [{ openDatabase }, { ensureAdministrator }, { runAudited, SYSTEM_ACTOR }, app, { loadConfig }, { createServices }, { loadDemoIfEmpty }] =
  await Promise.all([
    import('../../src/db/engine.ts'),
    import('../../src/modules/auth/index.ts'),
    import('../../src/modules/audit/index.ts'),
    import('../../src/server/app.ts'),
    import('../../src/server/config.ts'),
    import('../../src/server/services.ts'),
    import('../../src/server/load-demo.ts'),
  ]);
step('import modules');

const db = process.argv[2] as string;
const port = Number(process.argv[3]);
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: String(port) }, { db });

const handle = await openDatabase(config.db);
step('open database (PGlite.create)');
await handle.migrate();
step('migrate');
await ensureAdministrator(handle.db, config.adminPassword);
step('ensure administrator (argon2 hash if new)');
await runAudited(handle.db, { actor: SYSTEM_ACTOR }, async (w) => {
  w.audit({ action: 'system.started', subjectType: 'system', subjectId: 'server', new: { version: app.VERSION, engine: handle.engine } });
});
step('audit system.started');
await loadDemoIfEmpty(handle, config, () => undefined);
step(`demo estate (CUSTODIA_DEMO=${config.demo.mode})`);
const server = await app.buildApp(createServices(handle, config), { logger: app.loggerOptions('silent') });
step('buildApp');
await server.listen({ port, host: '127.0.0.1' });
step('listen');
const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
await res.text();
step(`first GET /health (${res.status})`);
phases.total = Math.round(t());
process.stdout.write(`PHASES ${JSON.stringify(phases)}\n`);
await server.close();
await handle.close();
step('close');
process.exit(0);
