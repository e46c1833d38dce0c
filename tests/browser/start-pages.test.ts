import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pretrialClock } from '../../src/modules/register/index.ts';
import { ADMIN_PASSWORD, apiFromPage, logIn, startHarness, type Harness } from './harness.ts';

/**
 * The start page by role on the demonstration estate: a director of MAC sees a pretrial limit
 * falling due among the director's cards; HQ sees, first and large, an emergency declared at
 * another centre (LIT) with how many people are unaccounted for, and LIT marked in the table of
 * every centre.
 */

let h: Harness;

const PASSWORD = 'una-clave-de-prueba-larga';
const es = new Intl.NumberFormat('es-EC');

beforeAll(async () => {
  h = await startHarness({ demoPeople: 600 });
  const page = await h.freshPage();
  await logIn(page, 'admin', ADMIN_PASSWORD);
  const users = [
    { username: 'dir.mac', displayName: 'Rosa Cedeño', roles: ['director'], caseload: { all: false, centres: ['MAC'] } },
    { username: 'dir.lit', displayName: 'Luis Bravo', roles: ['director'], caseload: { all: false, centres: ['LIT'] } },
    { username: 'jefe.hq', displayName: 'Marta Intriago', roles: ['hq'], caseload: { all: true, centres: [] } },
  ];
  for (const user of users) expect((await apiFromPage(page, 'POST', '/users', { ...user, language: 'es', password: PASSWORD })).status).toBe(201);
});

afterAll(async () => {
  await h?.close();
});

/** A start of preventive detention whose limit (five years' maximum penalty: a year) is `days` from today. */
function sinceFor(days: number): string {
  const now = new Date();
  for (let back = 300; back < 400; back += 1) {
    const since = new Date(now.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    if (pretrialClock(since, 5, now, 'America/Guayaquil').daysRemaining === days) return since;
  }
  throw new Error(`no start date gives ${days} days`);
}

/** Logs in on a fresh page, waiting longer than the default for the form on a busy machine. */
async function logInAs(username: string): Promise<Page> {
  const page = await h.freshPage();
  await page.getByLabel('Usuario', { exact: true }).waitFor({ timeout: 90_000 });
  await logIn(page, username, PASSWORD);
  return page;
}

/** Screenshots at a laptop's width and a phone's. */
async function shoot(page: Page, name: string) {
  await h.screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await h.screenshot(page, `${name}-390`);
  await h.screenshot(page, `${name}-390-first-screen`, { fullPage: false });
  await page.setViewportSize({ width: 1366, height: 860 });
}

/**
 * Writes 120.000 into every figure of the page and the emergency notices, and answers those that
 * no longer fit on one line of their box (the page is read again after).
 */
async function figuresNotFitting(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll<HTMLElement>('.figure-value, .start-emergency-number')];
    for (const value of values) value.textContent = '120.000';
    return values
      .filter((value) => {
        const box = value.closest<HTMLElement>('.figure, .emergency-banner') ?? value;
        const oneLine = parseFloat(getComputedStyle(value).fontSize) * 1.6;
        return value.getBoundingClientRect().height > oneLine || box.scrollWidth > box.clientWidth + 1;
      })
      .map((value) => value.closest('.figure')?.querySelector('dt')?.textContent ?? value.className);
  });
}

/** At a laptop's width and a phone's, every figure fits at 120.000. */
async function expectLargeFiguresFit(page: Page, name: string) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 860 });
    expect(await figuresNotFitting(page), `${name} at ${width} px`).toEqual([]);
    await h.screenshot(page, `${name}-120000-${width}`, { fullPage: false });
  }
  await page.setViewportSize({ width: 1366, height: 860 });
}

describe('start pages', () => {
  it("shows a director the pretrial limit falling due at the centre, and the full list behind the card", async () => {
    const page = await logInAs('dir.mac');
    const admitted = await apiFromPage(page, 'POST', '/admissions', {
      person: { id: 'MAC-PLAZO-1', givenNames: 'Segundo Víctor', familyNames: 'Quiñónez Plaza', sex: 'M', birthDate: '1990-04-02' },
      to: 'MAC',
      admittedAt: new Date(Date.now() - 3_600_000).toISOString(),
      commitmentOrder: 'Boleta 77-2025',
      issuingAuthority: 'Unidad Judicial Penal de Manta',
      offence: 'robbery',
      maxPenaltyYears: 5,
      legalStatus: 'pretrial',
      pretrialSince: sinceFor(9),
    });
    expect(admitted.status, JSON.stringify(admitted.body)).toBe(201);

    await page.goto(`${h.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Bienvenido/a, Rosa Cedeño' }).waitFor();
    // The officers' cards of the centre, then the director's.
    const onRoll = page.getByRole('region', { name: 'Población ahora' });
    await onRoll.locator('.figure').first().waitFor();
    const card = page.getByRole('region', { name: 'Plazos de prisión preventiva' });
    const person = card.getByRole('listitem').filter({ hasText: 'Quiñónez Plaza, Segundo Víctor' });
    await person.waitFor();
    expect(await person.innerText()).toMatch(/Vence en 9 días · \d{2}\/\d{2}\/\d{4}/);
    const due = Number((await card.locator('.figure').filter({ hasText: /^Vencen en 30 días/ }).locator('.figure-value').innerText()).replace(/\D/g, ''));
    expect(due).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('region', { name: 'Pabellones sobre su capacidad' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Autorizaciones pese a bloqueo' }).count()).toBe(1);
    await shoot(page, 'start-director-es');

    await card.getByRole('link', { name: 'Ver todos los plazos' }).click();
    await page.getByRole('heading', { level: 1, name: /^Plazos de prisión preventiva de .*\(MAC\)$/ }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Quiñónez Plaza' }).innerText()).toContain('Vence en 9 días');
    await h.screenshot(page, 'pretrial-due-es');

    await page.goto(`${h.baseUrl}/`);
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('region', { name: 'Pretrial detention limits' });
    await english.getByRole('listitem').filter({ hasText: 'Due in 9 days' }).waitFor();
    await shoot(page, 'start-director-en');
    await expectLargeFiguresFit(page, 'start-director-en');
    expect(h.problems(page)).toEqual([]);
  }, 240_000);

  it("shows HQ an emergency declared at another centre, with how many people are unaccounted for", async () => {
    const director = await logInAs('dir.lit');
    const declared = await apiFromPage(director, 'POST', '/emergencies', { centre: 'LIT', kind: 'riot', reason: 'Motín en el pabellón 2' });
    expect(declared.status).toBe(201);
    const expected = (declared.body as { counts: { expected: number } }).counts.expected;
    expect(expected).toBeGreaterThan(10);

    const page = await logInAs('jefe.hq');
    const notice = page.getByRole('article', { name: /^EMERGENCIA ACTIVA EN .*\(LIT\)$/ });
    await notice.waitFor();
    expect(await notice.getByTestId('emergency-unaccounted').innerText()).toBe(es.format(expected));
    expect(await notice.innerText()).toContain('personas sin localizar');
    // First on the page: before the table of every centre, where LIT is marked.
    const row = page.locator('tr[data-centre="LIT"]');
    expect(await row.textContent()).toContain('Emergencia activa');
    expect(await page.locator('tr[data-centre="MAC"]').textContent()).not.toContain('Emergencia activa');
    const noticeTop = (await notice.boundingBox())?.y ?? Infinity;
    expect(noticeTop).toBeLessThan((await page.getByRole('heading', { name: 'Todos los centros' }).boundingBox())?.y ?? 0);
    await shoot(page, 'start-hq-es');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('article', { name: /^ACTIVE EMERGENCY AT .*\(LIT\)$/ }).waitFor();
    await shoot(page, 'start-hq-en');
    const open = page.getByRole('article', { name: /^ACTIVE EMERGENCY AT/ }).getByRole('link', { name: 'Open the emergency' });
    expect(await open.getAttribute('href')).toBe(`/roll/emergency/${(declared.body as { id: string }).id}`);
    expect(h.problems(page)).toEqual([]);
    await expectLargeFiguresFit(page, 'start-hq-en');
  }, 240_000);
});
