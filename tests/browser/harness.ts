import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Locator, type Page, type Response } from 'playwright-core';
import { expect, inject } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { startServer, type StartedServer } from '../../src/server/start.ts';
import { ADMIN_PASSWORD, EMPTY_DATABASE } from './shared.ts';

export { ADMIN_PASSWORD, DEMO_PEOPLE } from './shared.ts';
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
  /**
   * Re-evaluate the early warning as `serve` does (at start, after every write, every 10 minutes).
   * Without it the server keeps no alerts up to date: only the journeys that read alerts pay for it.
   */
  earlyWarning?: boolean;
}

const CLI = fileURLToPath(new URL('../../bin/custodia.mjs', import.meta.url));

/**
 * With CUSTODIA_BROWSER_TIMINGS naming a file, each test file appends one JSON line of where its
 * time went (estate, start, first page, the server's and the browser's CPU, the event loop's
 * longest stall): the figures for tuning this phase, printed, never asserted.
 */
const TIMINGS = process.env.CUSTODIA_BROWSER_TIMINGS;

/** CPU seconds (user and system, with reaped children) of this process's descendants: the browser. */
async function descendantsCpuSeconds(): Promise<number> {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    if (!stat) continue;
    // After the command's closing parenthesis: state, ppid, … utime (12th), stime, cutime, cstime.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    const parent = fields[1] ?? 0;
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    ticks.set(Number(name), (fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0));
  }
  let total = 0;
  const pending = [...(children.get(process.pid) ?? [])];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += ticks.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total / 100;
}

/** The figures of one test file, started when its harness starts. */
function startFigures(demoPeople: number | undefined) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const figures: Record<string, number | string | null> = { file: path.basename(expect.getState().testPath ?? ''), demoPeople: demoPeople ?? null };
  const since = (from: number) => Math.round(performance.now() - from);
  return {
    /** Times a step under `name` (milliseconds). */
    async step<T>(name: string, work: () => Promise<T>): Promise<T> {
      const from = performance.now();
      const result = await work();
      figures[name] = since(from);
      return result;
    },
    mark(name: string) {
      figures[name] ??= since(started);
    },
    async write() {
      if (!TIMINGS) return;
      loop.disable();
      const used = process.cpuUsage(cpu);
      figures.wallMs = since(started);
      figures.serverCpuS = Math.round((used.user + used.system) / 1e4) / 100;
      figures.browserCpuS = await descendantsCpuSeconds();
      figures.loopDelayMaxMs = Math.round(loop.max / 1e6);
      figures.loopDelayP99Ms = Math.round(loop.percentile(99) / 1e6);
      await appendFile(TIMINGS, `${JSON.stringify(figures)}\n`);
    },
  };
}

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

/** Starts the server on a copy of the run's empty database, or of the demonstration estate of that size. */
async function startWithData(env: Record<string, string>, dataDir: string, demoPeople: number | undefined, figures: Figures): Promise<StartedServer> {
  const template =
    demoPeople === undefined ? path.join(inject('browserDemoCache'), EMPTY_DATABASE) : await figures.step('demoTemplateMs', () => demoTemplate(demoPeople, env));
  await figures.step('copyMs', () => cp(template, dataDir, { recursive: true }));
  const server = await figures.step('serverStartMs', () => startServer(loadConfig(env), () => {}));
  return server;
}

type Figures = ReturnType<typeof startFigures>;

/** Starts the real server on a fresh database and a headless Chromium with a fresh profile. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const figures = startFigures(options.demoPeople);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'custodia-browser-data-'));
  const profileDir = await mkdtemp(path.join(tmpdir(), 'custodia-browser-profile-'));
  const port = await freePort();
  const env: Record<string, string> = {
    CUSTODIA_DATA_DIR: dataDir,
    CUSTODIA_ADMIN_PASSWORD: ADMIN_PASSWORD,
    PORT: String(port),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    CUSTODIA_WARNING_REEVALUATION: options.earlyWarning ? 'auto' : 'off',
    ...(options.demoPeople === undefined
      ? { CUSTODIA_DEMO: 'false' }
      : { CUSTODIA_DEMO: 'true', CUSTODIA_DEMO_PEOPLE: String(options.demoPeople) }),
  };
  const server = await startWithData(env, dataDir, options.demoPeople, figures);
  let context: BrowserContext;
  try {
    context = await figures.step('browserLaunchMs', () => chromium.launchPersistentContext(profileDir, {
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
    }));
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
      // The remembered language forgotten before the app loads, so it loads once, not twice.
      const devtools = await context.newCDPSession(page);
      await devtools.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl).origin, storageTypes: 'local_storage' });
      await devtools.detach();
      await page.goto(`${baseUrl}/login`);
      figures.mark('firstPageMs');
      return page;
    },
    problems(page) {
      return seen.get(page) ?? [];
    },
    screenshot,
    async close() {
      await figures.write();
      await context.close().catch(() => {});
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** `<name>.png` in the screenshots folder: the whole page, or with `fullPage: false` what the window shows. */
async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? true });
}

/** What `shoot` checks and shows besides the whole page at 1366 and 390 px. */
export interface ShootOptions {
  /** First, no internal code in view (`visibleCodes`). */
  codes?: boolean;
  /** At 390 px, nothing runs off the side (`overflowing`): `true`, or the selector of the boxes that may. */
  fits?: boolean | string;
  /** At 390 px, before its checks and screenshots: the caller's own waits and checks. */
  atPhone?: (page: Page) => Promise<void>;
  /** At 390 px, also the first screen as the window shows it: `<name>-390-first-screen`. */
  firstScreen?: boolean;
  /** At 390 px, also the element with this test id alone: `<name>-390-<testId>`. */
  region?: string;
  /** At 390 px, also the screen showing this element, scrolled into view: `<name>-390-screen`. */
  focus?: Locator;
}

/**
 * Screenshots `<name>-1366` and `<name>-390` (a laptop's window, then a phone's, 390×844) with the
 * checks and extra screenshots of `options`, and leaves the window at 1366×860.
 */
export async function shoot(page: Page, name: string, options: ShootOptions = {}): Promise<void> {
  if (options.codes) expect(await visibleCodes(page), name).toEqual([]);
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await options.atPhone?.(page);
  if (options.fits) expect(await overflowing(page, options.fits === true ? undefined : options.fits), `${name} at 390 px`).toEqual([]);
  await screenshot(page, `${name}-390`);
  if (options.firstScreen) await screenshot(page, `${name}-390-first-screen`, { fullPage: false });
  if (options.region) await page.getByTestId(options.region).screenshot({ path: path.join(SCREENSHOTS, `${name}-390-${options.region}.png`) });
  if (options.focus) {
    await options.focus.scrollIntoViewIfNeeded();
    await screenshot(page, `${name}-390-screen`, { fullPage: false });
  }
  await page.setViewportSize({ width: 1366, height: 860 });
}

/**
 * The elements wider than the window (the page scrolls sideways because of them), outside the boxes
 * matching `except` that scroll sideways by design; none is right.
 */
export async function overflowing(page: Page, except = '.table-wrap'): Promise<string[]> {
  return page.evaluate((except) => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest(except))
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`);
  }, except);
}

/**
 * Chooses `language` with the header's button and waits until the server has kept the choice (the
 * next page load asks it); answers the server's response.
 */
export async function chooseLanguage(page: Page, language: 'es' | 'en'): Promise<Response> {
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/language') && r.request().method() === 'PUT');
  const [group, button] = language === 'en' ? ['Idioma', 'English'] : ['Language', 'Español'];
  await page.getByRole('group', { name: group }).getByRole('button', { name: button }).click();
  return saved;
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
