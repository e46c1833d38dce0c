import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, isPostgresRun, type TestDatabase } from '../db/testing/index.ts';
import { loadConfig } from './config.ts';
import { launchServer, type LaunchedServer } from './launch.ts';

/**
 * A first start as `npm start` does it: the server answers at once while it opens the database
 * and loads a (small) demonstration estate; the status says how far it got, the API answers 503
 * with a clear code, pages get the loading page; then it is ready and the app answers.
 */
describe('first start', { timeout: 240_000 }, () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const target = async (): Promise<string> => {
    if (isPostgresRun()) {
      const database: TestDatabase = await createTestDatabase();
      // Its tables are created by the server's own migration; the handle is only for dropping it.
      cleanups.push(() => database.close());
      return database.target ?? '';
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'custodia-first-start-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return path.join(dir, 'data');
  };

  it('answers the status at once, 503 elsewhere while loading, then serves the app with the estate loaded', async () => {
    const config = loadConfig({
      CUSTODIA_ADMIN_PASSWORD: 'first-start-password',
      CUSTODIA_DEMO: 'true',
      CUSTODIA_DEMO_PEOPLE: '300',
      CUSTODIA_LANG: 'en',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    }, { db: await target(), port: 0, host: '127.0.0.1' });
    const lines: string[] = [];
    const server: LaunchedServer = await launchServer(config, (line) => lines.push(line));
    cleanups.push(() => server.stop());
    // Listening before anything else: the first answer comes while it is still loading.
    const status = await fetch(`${server.url}/api/v1/status`);
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ state: 'loading' });

    const centres = await fetch(`${server.url}/api/v1/centres`, { headers: { 'accept-language': 'en' } });
    expect(centres.status).toBe(503);
    expect(centres.headers.get('retry-after')).toBe('5');
    expect(await centres.json()).toMatchObject({ error: { code: 'SERVER_STARTING', message: expect.stringContaining('starting') } });
    const login = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(login.status).toBe(503);
    const page = await fetch(`${server.url}/login`);
    expect(page.status).toBe(503);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('/api/v1/status');

    // The steps seen while polling move forward, and end ready.
    const seen = new Set<string>();
    const ready = server.ready.then(() => 'ready');
    while ((await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 100, 'polling'))])) !== 'ready') {
      // The hand-over from the front to the app refuses connections for a few milliseconds.
      const answer = await fetch(`${server.url}/api/v1/status`).catch(() => null);
      if (!answer) continue;
      const body = (await answer.json()) as { step: string; state: string };
      if (body.state === 'ready') continue;
      expect(body.state).toBe('loading');
      seen.add(body.step);
    }
    expect(seen.size).toBeGreaterThan(1);
    const after = await fetch(`${server.url}/api/v1/status`);
    expect(await after.json()).toMatchObject({ state: 'ready', step: 'ready' });
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
    // The app now answers: no session, so 401, not 503.
    expect((await fetch(`${server.url}/api/v1/centres`)).status).toBe(401);
    expect(lines.join('\n')).toMatch(/Demonstration estate loaded in [\d.]+ s: \d+ centres, 300 people/);
  });
});
