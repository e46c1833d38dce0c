import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { launchServer, type LaunchedServer } from '../../src/server/launch.ts';
import { LOADING_PAGE_CSP, LOADING_PAGE_HTML } from '../../src/server/loading-page.ts';
import { ADMIN_PASSWORD, SCREENSHOTS, shoot } from './harness.ts';

/**
 * The first start as a user sees it: the browser opened on a server still loading its
 * demonstration estate shows the loading page with its progress, in Spanish or English, and
 * then, by itself, the login.
 */

let server: LaunchedServer;
let context: BrowserContext;
const dirs: string[] = [];

beforeAll(async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'custodia-first-start-'));
  const profileDir = await mkdtemp(path.join(tmpdir(), 'custodia-first-start-profile-'));
  dirs.push(dataDir, profileDir);
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 860 },
    locale: 'es-EC',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  // Big enough to be seen loading for a few seconds, small enough for CI.
  const config = loadConfig(
    { CUSTODIA_ADMIN_PASSWORD: ADMIN_PASSWORD, CUSTODIA_DEMO: 'true', CUSTODIA_DEMO_PEOPLE: '2000', LOG_LEVEL: 'silent', NODE_ENV: 'test' },
    { db: dataDir, port: 0, host: 'localhost' },
  );
  server = await launchServer(config, () => {});
});

afterAll(async () => {
  await context?.close().catch(() => {});
  await server?.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const watch = (page: Page) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // 503 (the page and files while loading), 401 (the app before logging in) and a refused poll (the
  // milliseconds the app takes over the port; the page tries again) are expected; anything else is not.
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of (401|503)|ERR_CONNECTION_REFUSED/.test(message.text())) problems.push(message.text());
  });
  return problems;
};

it('shows the loading page with its progress, then the login by itself', { timeout: 300_000 }, async () => {
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(server.url);
  await expect.poll(() => page.locator('h1').textContent(), { timeout: 120_000 }).toBe('Cargando el estado de demostración');
  await expect.poll(async () => Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  // The step counter, unless loading has already finished and the page has moved on to the app.
  await expect
    .poll(async () => (await page.locator('#count').count()) === 0 || /^Paso \d+ de \d+$/.test((await page.locator('#count').textContent()) ?? ''))
    .toBe(true);
  // Ready: the page reloads itself into the app.
  await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor({ timeout: 240_000 });
  expect(problems).toEqual([]);
  await page.close();
});

it('says where loading stands, or that it failed, in Spanish and English (screenshots)', async () => {
  const page = await context.newPage();
  const problems = watch(page);
  // The same page and status answers as a start gives, held still for the screenshots.
  let status: object = { state: 'loading', step: 'persons', done: 8, total: 15, rows: 35_000 };
  await page.route(`${server.url}/`, (route) =>
    route.fulfill({ status: 503, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': LOADING_PAGE_CSP }, body: LOADING_PAGE_HTML }),
  );
  await page.route(`${server.url}/api/v1/status`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(status) }));
  await page.goto(server.url);
  await expect.poll(() => page.locator('#step').textContent()).toBe('Guardando las personas (35.000)');
  await expect(page.locator('#count').textContent()).resolves.toBe('Paso 9 de 15');
  await shoot(page, 'first-start-loading-es');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#step').textContent()).resolves.toBe('Saving the people (35,000)');
  await shoot(page, 'first-start-loading-en');

  status = { state: 'failed', step: 'persons', done: 8, total: 15, rows: 35_000, error: 'DEMO_LOAD_ERROR' };
  await page.reload();
  await expect.poll(() => page.locator('h1').textContent()).toBe('The demonstration estate could not be loaded');
  await expect(page.locator('#error').textContent()).resolves.toContain('Restart Custodia');
  await expect(page.getByRole('progressbar').isVisible()).resolves.toBe(false);
  await shoot(page, 'first-start-failed-en');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe('No se pudo cargar el estado de demostración');
  await shoot(page, 'first-start-failed-es');
  expect(problems).toEqual([]);
});
