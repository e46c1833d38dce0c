import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { startServer, type StartedServer } from '../../src/server/start.ts';

export const ADMIN_PASSWORD = 'a-strong-test-password';
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Debian's Chromium: never a downloaded browser. */
const CHROMIUM = '/usr/bin/chromium';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, 'localhost', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export interface Harness {
  server: StartedServer;
  context: BrowserContext;
  baseUrl: string;
  /** A new tab with no session and no remembered language. */
  freshPage(): Promise<Page>;
  /** Script errors and Content-Security-Policy refusals seen by a page from `freshPage`. */
  problems(page: Page): string[];
  /** The whole page, or with `fullPage: false` what the window shows (for long pages). */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * Load the demonstration estate with this many synthetic people (every centre, their
   * pavilions, wings and cells). Without it the database starts empty, which is fast.
   */
  demoPeople?: number;
}

const CLI = fileURLToPath(new URL('../../bin/custodia.mjs', import.meta.url));

/**
 * The demonstration database of `people` people, generated once per run with the command line
 * (as a user would) and kept in the run's cache folder; each file then starts from a copy, so
 * every file still has a database of its own.
 */
async function demoTemplate(people: number, env: Record<string, string>): Promise<string> {
  const template = path.join(inject('browserDemoCache'), `demo-${people}`);
  if (existsSync(template)) return template;
  // Files run two at a time: each builds in a folder of its own, and the first to finish keeps it.
  const building = `${template}.${process.pid}`;
  await promisify(execFile)(process.execPath, [CLI, 'demo', '--db', building, '--people', String(people)], {
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  try {
    await rename(building, template);
  } catch {
    await rm(building, { recursive: true, force: true });
  }
  return template;
}

/** Starts the server; with a demonstration estate, on a copy of that size's database. */
async function startWithData(env: Record<string, string>, dataDir: string, demoPeople: number | undefined): Promise<StartedServer> {
  if (demoPeople !== undefined) await cp(await demoTemplate(demoPeople, env), dataDir, { recursive: true });
  return startServer(loadConfig(env), () => {});
}

/** Starts the real server on a fresh database and a headless Chromium with a fresh profile. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'custodia-browser-data-'));
  const profileDir = await mkdtemp(path.join(tmpdir(), 'custodia-browser-profile-'));
  const port = await freePort();
  const env: Record<string, string> = {
    CUSTODIA_DATA_DIR: dataDir,
    CUSTODIA_ADMIN_PASSWORD: ADMIN_PASSWORD,
    PORT: String(port),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    ...(options.demoPeople === undefined
      ? { CUSTODIA_DEMO: 'false' }
      : { CUSTODIA_DEMO: 'true', CUSTODIA_DEMO_PEOPLE: String(options.demoPeople) }),
  };
  const server = await startWithData(env, dataDir, options.demoPeople);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1366, height: 860 },
      locale: 'es-EC',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  const baseUrl = server.url;
  const seen = new WeakMap<Page, string[]>();

  return {
    server,
    context,
    baseUrl,
    async freshPage() {
      await context.clearCookies();
      for (const open of context.pages()) await open.close();
      const page = await context.newPage();
      const problems: string[] = [];
      seen.set(page, problems);
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // 401s (not logged in, wrong password) are logged by the browser and expected.
        if (message.type() === 'error' && !/status of 401/.test(message.text())) problems.push(message.text());
      });
      await page.goto(`${baseUrl}/login`);
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      return page;
    },
    problems(page) {
      return seen.get(page) ?? [];
    },
    async screenshot(page, name, options = {}) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? true });
    },
    async close() {
      await context.close().catch(() => {});
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Logs in through the login form (labels in the current language) and waits for the shell. */
export async function logIn(page: Page, username: string, password: string, labels = { user: 'Usuario', password: 'Contraseña', submit: 'Entrar' }) {
  await page.getByLabel(labels.user, { exact: true }).fill(username);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.getByTestId('user-display-name').waitFor();
}

/** Calls the API from the page, as the signed-in user (with the session's CSRF token). */
export async function apiFromPage(page: Page, method: string, apiPath: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method, apiPath, body }) => {
      const me = await fetch('/api/v1/me');
      const token = me.ok ? ((await me.json()) as { csrfToken: string }).csrfToken : '';
      const response = await fetch(`/api/v1${apiPath}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, apiPath, body },
  );
}

/**
 * Internal codes visible on the page (outside form fields): words like PLACEMENT_OVER_CAPACITY or
 * user.password_reset, and table cells holding only «M» or «F». A screen must say them in words.
 */
export async function visibleCodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('input, textarea, select, option, script, style, [hidden], .visually-hidden')) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\b|\b[a-z]+\.[a-z]+_[a-z_]+\b/g)) found.push(match[0]);
      if (parent.closest('td, dd') && /^\s*[MF]\s*$/.test(text)) found.push(text.trim());
    }
    return found;
  });
}
