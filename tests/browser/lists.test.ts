import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, DEMO_PEOPLE, apiFromPage, chooseLanguage, logIn, shoot, startHarness, visibleCodes, type Harness } from './harness.ts';

/**
 * A director pages through the biggest pavilion of the demonstration estate, sorts it by register
 * number, keeps only the sentenced, and exports that list to CSV: the file holds every one of
 * them (all pages), with the columns and words the screen shows. Screenshots of the paged lists
 * (pavilion, group members, search) in Spanish and English, wide and narrow.
 */

let h: Harness;
const PASSWORD = 'una-clave-de-listas-larga';
const DIRECTOR = 'dir.listas';
const target = { centre: '', pavilion: '', people: 0, group: '' };

interface TreeLocation {
  code: string;
  kind: string;
  occupancy: number;
}

beforeAll(async () => {
  h = await startHarness({ demoPeople: DEMO_PEOPLE });
  const admin = await h.freshPage();
  await logIn(admin, 'admin', ADMIN_PASSWORD);
  // The biggest centre's biggest pavilion.
  const roll = (await apiFromPage(admin, 'GET', '/roll')).body as { centres: { code: string; on_roll: number }[] };
  const biggest = [...roll.centres].sort((a, b) => b.on_roll - a.on_roll)[0]?.code ?? '';
  const tree = (await apiFromPage(admin, 'GET', `/roll/centres/${biggest}`)).body as { locations: TreeLocation[] };
  for (const l of tree.locations) {
    if (l.kind === 'pavilion' && l.occupancy > target.people) Object.assign(target, { centre: biggest, pavilion: l.code, people: l.occupancy });
  }
  const user = { username: DIRECTOR, displayName: 'Diana Vera', roles: ['director'], caseload: { all: false, centres: [target.centre] }, language: 'es', password: PASSWORD };
  expect((await apiFromPage(admin, 'POST', '/users', user)).status).toBe(201);
}, 600_000);

afterAll(async () => {
  await h?.close();
});

const range = (page: Page) => page.getByTestId('pager-range').first();
const rows = (page: Page) => page.getByRole('table', { name: /Personas en|People in/ }).locator('tbody tr');
const ids = async (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-person') ?? ''));

describe('lists that page', () => {
  it('a director pages a pavilion, sorts, filters and exports what the list shows', async () => {
    expect(target.people, 'a pavilion with more than one page of 25').toBeGreaterThan(25);
    const page = await h.freshPage();
    await logIn(page, DIRECTOR, PASSWORD);
    await page.goto(`${h.baseUrl}/locations/${target.pavilion}`);
    await range(page).waitFor();
    expect(await range(page).innerText()).toBe(`1–${Math.min(50, target.people)} de ${target.people}`);

    // 25 a page, then the second page.
    await page.getByLabel('Filas por página').selectOption('25');
    await page.waitForFunction(() => document.querySelector('[data-testid="pager-range"]')?.textContent?.startsWith('1–25 '));
    expect(await rows(page).count()).toBe(25);
    const first = await ids(page);
    await page.getByRole('button', { name: 'Página siguiente' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="pager-range"]')?.textContent?.startsWith('26–'));
    const second = await ids(page);
    expect(second.some((id) => first.includes(id))).toBe(false);

    // By register number, highest first (a second click), back on the first page.
    await page.getByRole('button', { name: 'N.º de registro' }).click();
    await page.getByRole('button', { name: 'N.º de registro' }).click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort="descending"]') !== null);
    // The first click's page may arrive while the second's is on its way: the pager says when the list is settled.
    await page.waitForFunction(() => document.querySelector('nav.pager[aria-busy="false"] [data-testid="pager-range"]')?.textContent?.startsWith('1–'));
    const byId = await ids(page);
    expect(byId).toEqual([...byId].sort().reverse());

    // One legal status only (the one the pavilion has fewer of, but some): every row says so.
    const count = async (status: string) =>
      ((await apiFromPage(page, 'GET', `/roll/locations/${target.pavilion}/people?limit=1&legalStatus=${status}`)).body as { total: number }).total;
    const [pretrial, sentencedCount] = [await count('pretrial'), await count('sentenced')];
    const status = pretrial > 0 && (pretrial <= sentencedCount || sentencedCount === 0) ? 'pretrial' : 'sentenced';
    const words = status === 'pretrial' ? 'Prisión preventiva' : 'Con sentencia';
    const sentenced = status === 'pretrial' ? pretrial : sentencedCount;
    expect(sentenced).toBeGreaterThan(0);
    await page.getByLabel('Situación jurídica').selectOption(status);
    await page.waitForFunction((n) => document.querySelector('[data-testid="pager-range"]')?.textContent?.endsWith(` de ${n}`), sentenced);
    for (const text of await rows(page).allInnerTexts()) expect(text).toContain(words);
    expect(await visibleCodes(page)).toEqual([]);
    await shoot(page, 'lists-pavilion-es');

    // The CSV holds every sentenced person of the pavilion, not only the page on screen.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportar CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^personas-alojadas-.*\.csv$/);
    const text = await readFile((await file.path()) as string, 'utf8');
    const records = parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(sentenced);
    expect(new Set(records.map((r) => r['N.º de registro'])).size).toBe(sentenced);
    expect(records.every((r) => r['Situación jurídica'] === words)).toBe(true);
    const csvIds = records.map((r) => r['N.º de registro'] as string);
    expect(csvIds).toEqual([...csvIds].sort().reverse());
    await page.getByText(`Exportadas ${sentenced} filas`).waitFor();

    // The same screen in English.
    await chooseLanguage(page, 'en');
    await page.getByRole('button', { name: 'Export CSV' }).waitFor();
    await shoot(page, 'lists-pavilion-en');
    expect(h.problems(page)).toEqual([]);
  }, 120_000);

  it('the group members and a search page too (screens in both languages)', async () => {
    const page = await h.freshPage();
    // The director chose English in the first journey; the login form is in Spanish until then.
    await logIn(page, DIRECTOR, PASSWORD);
    const groups = (await apiFromPage(page, 'GET', '/groups')).body as { groups?: { code: string }[] };
    target.group = groups.groups?.[0]?.code ?? '';
    for (const language of ['en', 'es'] as const) {
      await apiFromPage(page, 'PUT', '/me/language', { language });
      if (target.group) {
        await page.goto(`${h.baseUrl}/groups/${target.group}`);
        await page.getByTestId('pager-range').first().waitFor();
        await shoot(page, `lists-group-${language}`);
      }
      await page.goto(`${h.baseUrl}/persons?q=a`);
      await page.goto(`${h.baseUrl}/persons?q=mac`);
      await page.getByRole('status').filter({ hasText: /mac/ }).first().waitFor();
      await shoot(page, `lists-search-${language}`);
    }
    const more = page.getByRole('button', { name: /^Ver \d+ más$/ });
    if ((await more.count()) > 0) {
      const before = await page.locator('table tbody tr').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('table tbody tr').length > n, before);
    }
    expect(h.problems(page)).toEqual([]);
  }, 120_000);
});
