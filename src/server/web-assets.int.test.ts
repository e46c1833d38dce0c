import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/testing/index.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createServices } from './services.ts';

describe('the web app’s files', () => {
  const db = useTestDatabase();
  const base = mkdtempSync(path.join(os.tmpdir(), 'custodia-web-'));
  const root = path.join(base, 'web');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(base, 'secret.txt'), 'not for the web');
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Custodia</title>');
  writeFileSync(path.join(root, 'assets', 'index-old.js'), 'console.log("old")');
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('serves a file the web app gained after the server started, answers 404 for a missing one, nothing outside the web root, and the page shell for a page', async () => {
    const app = await buildApp(createServices(db, loadConfig({ NODE_ENV: 'test' })), { webRoot: root });
    try {
      // The web app rebuilt while the server runs: new file names.
      writeFileSync(path.join(root, 'assets', 'index-new.js'), 'console.log("new")');

      const fresh = await app.inject({ method: 'GET', url: '/assets/index-new.js' });
      expect(fresh.statusCode).toBe(200);
      expect(fresh.headers['content-type']).toMatch(/javascript/);
      expect(fresh.body).toBe('console.log("new")');

      const missing = await app.inject({ method: 'GET', url: '/assets/gone.js' });
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).not.toMatch(/html/);

      for (const url of ['/assets/%2e%2e/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%E0%A4%A']) {
        const outside = await app.inject({ method: 'GET', url });
        expect(outside.statusCode, url).toBeLessThan(500);
        expect(outside.body, url).not.toContain('not for the web');
      }

      const page = await app.inject({ method: 'GET', url: '/persons/P0001' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Custodia</title>');
    } finally {
      await app.close();
    }
  });

  it('lets a browser keep the content-named files for good and check the page shell on every load', async () => {
    const app = await buildApp(createServices(db, loadConfig({ NODE_ENV: 'test' })), { webRoot: root });
    try {
      writeFileSync(path.join(root, 'assets', 'index-later.js'), 'console.log("later")');
      for (const url of ['/assets/index-old.js', '/assets/index-later.js']) {
        const asset = await app.inject({ method: 'GET', url });
        expect(asset.statusCode, url).toBe(200);
        expect(asset.headers['cache-control'], url).toBe('public, max-age=31536000, immutable');
      }
      for (const url of ['/', '/index.html', '/persons/P0001']) {
        const shell = await app.inject({ method: 'GET', url });
        expect(shell.statusCode, url).toBe(200);
        expect(shell.headers['cache-control'], url).toBe('no-cache');
      }
    } finally {
      await app.close();
    }
  });
});
