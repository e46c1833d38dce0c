import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/kernel/access.ts';
import { ADMIN_PASSWORD, DEMO_PEOPLE, apiFromPage, logIn, startHarness, visibleCodes, type Harness } from './harness.ts';

/**
 * Every screen each role reaches by following the links its screens show, on the demonstration
 * estate: starting at the start page, every link to a screen of the app is followed, one screen
 * of each kind (a person's page stands for every person's page). On each: a heading, no answer
 * 5xx from the API, no script error, no failed load shown, no internal code in view.
 */

let h: Harness;
const PASSWORD = 'una-clave-de-recorrido-larga';

/** One user per role; centre staff work at MAC, HQ and oversight see the country. */
const WALKERS: { username: string; roles: Role[]; centres: string[] | 'all' }[] = [
  { username: 'walk.officer', roles: ['officer'], centres: ['MAC'] },
  { username: 'walk.supervisor', roles: ['supervisor'], centres: ['MAC'] },
  { username: 'walk.director', roles: ['director'], centres: ['MAC'] },
  { username: 'walk.classification', roles: ['classification'], centres: ['MAC'] },
  { username: 'walk.intelligence', roles: ['intelligence'], centres: ['MAC'] },
  { username: 'walk.health', roles: ['health'], centres: ['MAC'] },
  { username: 'walk.hq', roles: ['hq'], centres: 'all' },
  { username: 'walk.oversight', roles: ['oversight'], centres: 'all' },
];

/** At most this many kinds of screen per role, so a runaway list of links cannot stall CI. */
const MAX_SCREENS = 60;

beforeAll(async () => {
  h = await startHarness({ demoPeople: DEMO_PEOPLE, earlyWarning: true });
  const page = await h.freshPage();
  await logIn(page, 'admin', ADMIN_PASSWORD);
  for (const w of WALKERS) {
    const caseload = w.centres === 'all' ? { all: true, centres: [] } : { all: false, centres: w.centres };
    const created = await apiFromPage(page, 'POST', '/users', { username: w.username, displayName: w.username, roles: w.roles, caseload, language: 'es', password: PASSWORD });
    expect(created.status).toBe(201);
  }
});

afterAll(async () => {
  await h?.close();
});

/** The kind of a screen: its path with codes and numbers replaced (`/persons/P0000012` → `/persons/:x`). */
function screenKind(pathname: string): string {
  return pathname
    .split('/')
    .map((segment, i) => (i > 1 && /[0-9A-Z]/.test(segment) ? ':x' : segment))
    .join('/');
}

/**
 * Opens a screen as a click on a link in the app does: the router moves to it without loading the
 * app again (the first screen is loaded). The screen left behind has its heading marked, so that
 * `settled` waits for the new screen's heading.
 */
async function open(page: Page, href: string, first: boolean): Promise<void> {
  if (first) {
    await page.goto(`${h.baseUrl}${href}`);
    return;
  }
  await page.evaluate((to) => {
    for (const heading of document.querySelectorAll('h1')) heading.setAttribute('data-left', '');
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, href);
}

async function settled(page: Page): Promise<void> {
  await page.locator('h1:not([data-left])').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0, undefined, { timeout: 20_000 });
}

async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((href) => !href.startsWith('/api/') && !href.startsWith('/login'));
}

async function walk(username: string, password: string): Promise<{ visited: string[]; problems: string[] }> {
  const page = await h.freshPage();
  const problems: string[] = [];
  let here = '/';
  // A screen a role reaches must not ask the server for what that role may not have (403), nor fail (5xx).
  const onResponse = (response: Response) => {
    if (response.status() >= 500 || response.status() === 403) problems.push(`${here}: ${response.status()} ${new URL(response.url()).pathname}`);
  };
  page.on('response', onResponse);
  await logIn(page, username, password);
  const queue = ['/'];
  const kinds = new Set([screenKind('/')]);
  const visited: string[] = [];
  while (queue.length > 0 && visited.length < MAX_SCREENS) {
    const href = queue.shift() as string;
    here = href;
    await open(page, href, href === '/');
    try {
      await settled(page);
    } catch {
      problems.push(`${href}: no heading, or still loading after 20 s`);
      continue;
    }
    visited.push(href);
    if (await page.locator('.alert-error, [role="alert"].alert').count()) {
      const text = (await page.locator('.alert-error, [role="alert"].alert').first().innerText()).slice(0, 120);
      if (/no se pudo|error|could not/i.test(text)) problems.push(`${href}: ${text}`);
    }
    for (const code of await visibleCodes(page)) problems.push(`${href}: shows the code ${code}`);
    for (const link of await linksOn(page)) {
      const kind = screenKind(new URL(link, h.baseUrl).pathname);
      if (kinds.has(kind)) continue;
      kinds.add(kind);
      queue.push(link);
    }
  }
  // The responses above name what failed to load; the console's copy of them does not.
  problems.push(...h.problems(page).filter((p) => !p.startsWith('Failed to load resource')).map((p) => `script: ${p}`));
  page.off('response', onResponse);
  return { visited, problems };
}

describe('every screen each role reaches', () => {
  for (const w of WALKERS) {
    it(`${w.roles.join(', ')}: every screen opens, with no server error, script error or code shown`, { timeout: 240_000 }, async () => {
      const { visited, problems } = await walk(w.username, PASSWORD);
      expect(problems, visited.join(' ')).toEqual([]);
      // The start page and at least the module screens of the main menu.
      expect(visited.length).toBeGreaterThan(3);
    });
  }

  it('admin: every screen opens, with no server error, script error or code shown', { timeout: 240_000 }, async () => {
    const { visited, problems } = await walk('admin', ADMIN_PASSWORD);
    expect(problems).toEqual([]);
    expect(visited).toEqual(expect.arrayContaining(['/']));
    expect(visited.length).toBeGreaterThan(5);
  });
});
