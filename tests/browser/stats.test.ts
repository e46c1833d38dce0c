import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsReport } from '../../src/modules/stats/schemas.ts';
import { ADMIN_PASSWORD, DEMO_PEOPLE, apiFromPage, logIn, SCREENSHOTS, shoot, startHarness, visibleCodes, type Harness } from './harness.ts';

/**
 * Official statistics on the demonstration estate: HQ opens the dashboard, changes the period
 * and sees the charts and tables change; oversight sees the same country; an officer of MAC sees
 * MAC's figures only; `/datos` opens without a login and shows small counts as "<5"; the annual
 * report prints on A4. Screenshots in Spanish and English at a laptop's width and a phone's.
 */

let h: Harness;
const PASSWORD = 'una-clave-de-estadisticas-larga';
const es = new Intl.NumberFormat('es-EC', { maximumFractionDigits: 0 });

beforeAll(async () => {
  h = await startHarness({ demoPeople: DEMO_PEOPLE });
  const page = await h.freshPage();
  // The server may still be starting on a busy machine: its loading page gives way to the login.
  await page.getByLabel('Usuario', { exact: true }).waitFor({ timeout: 180_000 });
  await logIn(page, 'admin', ADMIN_PASSWORD);
  const users = [
    { username: 'est.hq', displayName: 'Marta Intriago', roles: ['hq'], caseload: { all: true, centres: [] } },
    { username: 'est.oversight', displayName: 'Inés Defensoría', roles: ['oversight'], caseload: { all: true, centres: [] } },
    { username: 'est.officer', displayName: 'Pedro Zambrano', roles: ['officer'], caseload: { all: false, centres: ['MAC'] } },
  ];
  for (const user of users) expect((await apiFromPage(page, 'POST', '/users', { ...user, language: 'es', password: PASSWORD })).status).toBe(201);
});

afterAll(async () => {
  await h?.close();
});

async function logInAs(username: string): Promise<Page> {
  const page = await h.freshPage();
  // Generous: on a busy machine the server may take a while to answer the first page.
  await page.getByLabel('Usuario', { exact: true }).waitFor({ timeout: 170_000 });
  await logIn(page, username, PASSWORD);
  return page;
}

/** Waits until the page has at least `charts` charts, every one drawn, and nothing is loading. */
async function drawn(page: Page, charts: number) {
  await page.waitForFunction(
    (n) => {
      const boxes = [...document.querySelectorAll('.chart-drawing')];
      return boxes.length >= n && boxes.every((box) => box.firstElementChild) && document.querySelectorAll('.loading').length === 0;
    },
    charts,
    { timeout: 60_000 },
  );
}

/**
 * `shoot` with the `charts` charts drawn again at 390 px, checking nothing but tables and wide charts
 * runs off a phone's screen; back at 1366 px, waits until they are drawn again.
 */
async function shootCharts(page: Page, name: string, charts: number) {
  const redrawn = async () => {
    await drawn(page, charts);
    await page.waitForTimeout(300);
  };
  await shoot(page, name, { atPhone: redrawn, fits: '.table-wrap, .chart' });
  await drawn(page, charts);
}

/** The figures of the "Total" row of a panel's table (opened first), by column heading. */
async function totalRow(page: Page, panel: string): Promise<Record<string, string>> {
  const section = page.getByRole('region', { name: panel });
  const details = section.locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await section.getByText('Ver como tabla').click();
  return section.locator('table').evaluate((table) => {
    const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    const cells = [...table.querySelectorAll('tfoot tr > *')].map((c) => c.textContent ?? '');
    return Object.fromEntries(headings.map((heading, i) => [heading, cells[i] ?? '']));
  });
}

async function statsOf(page: Page, query: string): Promise<StatsReport> {
  const answer = await apiFromPage(page, 'GET', `/stats?${query}`);
  expect(answer.status).toBe(200);
  return answer.body as StatsReport;
}

/** The two days the page shows ("del 01/12/2025 al 30/11/2026"), as the API takes them. */
async function shownPeriod(page: Page): Promise<string> {
  const text = await page.locator('.stats-scope h2').innerText();
  const [from, to] = [...text.matchAll(/(\d{2})\/(\d{2})\/(\d{4})/g)].map((m) => `${m[3]}-${m[2]}-${m[1]}`);
  return `from=${from}&to=${to}`;
}

describe('official statistics', { timeout: 400_000 }, () => {
  let hqTotal = '';

  it('HQ opens the dashboard, changes the period, and the charts and tables change', async () => {
    const page = await logInAs('est.hq');
    await page.getByRole('link', { name: 'Estadísticas', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Estadísticas oficiales' }).waitFor();
    await drawn(page, 3);
    expect(await page.locator('.stats-scope h2').innerText()).toContain('Todo el país');

    // The last twelve months: the table per centre adds up to the server's national figures.
    const recent = await statsOf(page, await shownPeriod(page));
    const before = await totalRow(page, 'Población y capacidad por centro');
    expect(before['Población media']).toBe(es.format(recent.totals.average_population));
    expect(before['Población al final']).toBe(es.format(recent.totals.on_roll_end));
    hqTotal = before['Población media'] ?? '';
    const monthsBefore = await page.getByRole('region', { name: 'Población y capacidad por mes' }).locator('tbody tr').count();
    expect(monthsBefore).toBe(12);
    const drawingBefore = await page.getByRole('region', { name: 'Población y capacidad por mes' }).locator('.chart-drawing').innerHTML();

    await shootCharts(page, 'stats-dashboard-es', 3);

    // Another period: two months typed as dates.
    await page.getByLabel(/^Periodo/).selectOption({ label: 'Otras fechas…' });
    // The last two months of those twelve.
    const to = recent.to;
    const end = new Date(`${to}T00:00:00Z`);
    const fromDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
    const typed = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
    await page.getByLabel('Desde', { exact: true }).fill(typed(fromDay));
    await page.getByLabel('Hasta', { exact: true }).fill(typed(to));
    await page.waitForURL(/from=/);
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await drawn(page, 2);
    const shorter = await statsOf(page, `from=${fromDay}&to=${to}`);
    const after = await totalRow(page, 'Población y capacidad por centro');
    expect(after['Población media']).toBe(es.format(shorter.totals.average_population));
    expect(after['Población media']).not.toBe(before['Población media']);
    expect(await page.getByRole('region', { name: 'Población y capacidad por mes' }).locator('tbody tr').count()).toBe(2);
    expect(await page.getByRole('region', { name: 'Población y capacidad por mes' }).locator('.chart-drawing').innerHTML()).not.toBe(drawingBefore);
    expect(await visibleCodes(page)).toEqual([]);

    // The same dashboard in English, numbers in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Official statistics' }).waitFor();
    await drawn(page, 2);
    await page.getByLabel(/^Period/).selectOption({ label: 'Last 12 full months' });
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await drawn(page, 3);
    await shootCharts(page, 'stats-dashboard-en', 3);
    await page.getByRole('button', { name: 'Español' }).click();
    expect(h.problems(page)).toEqual([]);
  });

  it('oversight sees the same country', async () => {
    const page = await logInAs('est.oversight');
    await page.goto(`${h.baseUrl}/stats`);
    await page.getByRole('heading', { level: 1, name: 'Estadísticas oficiales' }).waitFor();
    await drawn(page, 3);
    expect((await totalRow(page, 'Población y capacidad por centro'))['Población media']).toBe(hqTotal);
    const centres = (await apiFromPage(page, 'GET', '/centres')).body as { centres: unknown[] };
    // "Todo el país" and every centre.
    expect(await page.getByLabel(/^Centro/).locator('option').count()).toBe(centres.centres.length + 1);
    expect(h.problems(page)).toEqual([]);
  });

  it('an officer sees their centre only: the filter offers no other, and the totals are theirs', async () => {
    const hq = await logInAs('est.hq');
    await hq.goto(`${h.baseUrl}/stats`);
    await drawn(hq, 3);
    const country = await statsOf(hq, await shownPeriod(hq));
    const mac = country.centres.find((c) => c.code === 'MAC');
    const other = country.centres.find((c) => c.code !== 'MAC');
    expect(mac && other).toBeTruthy();

    const page = await logInAs('est.officer');
    await page.getByRole('link', { name: 'Estadísticas', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Estadísticas oficiales' }).waitFor();
    await drawn(page, 2);
    const options = await page.getByLabel(/^Centro/).locator('option').allInnerTexts();
    expect(options).toEqual(['Todos sus centros', mac?.name]);
    // One centre: no chart per centre; the figures are MAC's, not the country's.
    expect(await page.getByRole('region', { name: 'Población y capacidad por centro' }).count()).toBe(0);
    const average = page.locator('.figure', { hasText: 'Población media' }).locator('.figure-value');
    expect(await average.innerText()).toBe(es.format(mac?.average_population ?? -1));
    expect(await average.innerText()).not.toBe(es.format(country.totals.average_population));
    expect(await page.locator('body').innerText()).not.toContain(other?.name ?? '—');
    // The API answers the officer for MAC alone, and nothing for another centre.
    const own = await statsOf(page, await shownPeriod(page));
    expect(own.centres.map((c) => c.code)).toEqual(['MAC']);
    expect(h.problems(page)).toEqual([]);
    expect((await apiFromPage(page, 'GET', `/stats?centre=${other?.code}`)).status).toBe(404);
  });

  it('/datos opens without login and shows small counts as "<5"', async () => {
    const page = await h.freshPage();
    await page.getByRole('link', { name: 'Datos abiertos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Datos abiertos del sistema penitenciario' }).waitFor();
    await page.getByRole('table', { name: 'Algunas cifras de cada centro; los archivos traen todas' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
    expect(await page.getByRole('cell', { name: '<5', exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'national_annual.csv' }).getAttribute('href')).toContain('/api/v1/open-data/national_annual.csv');
    // The data dictionary names every column of the files, with its definition.
    expect(await page.getByRole('rowheader', { name: 'average_population', exact: true }).count()).toBe(1);
    expect(await visibleCodes(page)).toEqual([]);
    await shootCharts(page, 'stats-open-data-es', 0);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Open data of the prison service' }).waitFor();
    await shootCharts(page, 'stats-open-data-en', 0);
    expect(h.problems(page)).toEqual([]);
  });

  it('prints the annual report on A4, without the navigation', async () => {
    const page = await logInAs('est.hq');
    const year = new Date().getUTCFullYear();
    await page.goto(`${h.baseUrl}/stats/report?year=${year}`);
    await page.getByRole('heading', { level: 1, name: `Informe estadístico anual ${year} · Todo el país` }).waitFor();
    await drawn(page, 3);
    await shootCharts(page, 'stats-report-es', 3);

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Imprimir el informe' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Navegación principal' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimir el informe' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(path.join(SCREENSHOTS, 'stats-report-es.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(2);
    // Every page A4: 595 × 842 points.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${Math.round(Number(m[1]))}×${Math.round(Number(m[2]))}`);
    expect(new Set(boxes)).toEqual(new Set(['595×842']));
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Annual statistical report ${year} · The whole country` }).waitFor();
    await drawn(page, 3);
    await shootCharts(page, 'stats-report-en', 3);
    await page.getByRole('button', { name: 'Español' }).click();
    expect(h.problems(page)).toEqual([]);
  });
});
