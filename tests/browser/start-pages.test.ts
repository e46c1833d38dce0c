import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pretrialClock } from '../../src/modules/register/index.ts';
import { pngImage } from '../../src/modules/register/testing.ts';
import { ADMIN_PASSWORD, DEMO_PEOPLE, apiFromPage, logIn, overflowing, shoot, startHarness, type Harness } from './harness.ts';

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
  h = await startHarness({ demoPeople: DEMO_PEOPLE });
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
    await shoot(page, 'start-director-es', { firstScreen: true });

    await card.getByRole('link', { name: 'Ver todos los plazos' }).click();
    await page.getByRole('heading', { level: 1, name: /^Plazos de prisión preventiva de .*\(MAC\)$/ }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Quiñónez Plaza' }).innerText()).toContain('Vence en 9 días');
    await h.screenshot(page, 'pretrial-due-es');

    await page.goto(`${h.baseUrl}/`);
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('region', { name: 'Pretrial detention limits' });
    await english.getByRole('listitem').filter({ hasText: 'Due in 9 days' }).waitFor();
    await shoot(page, 'start-director-en', { firstScreen: true });
    await expectLargeFiguresFit(page, 'start-director-en');
    expect(h.problems(page)).toEqual([]);
  }, 240_000);

  it('tells the director which standard count is due, with a way to start it', async () => {
    // The director of LIT (the one of MAC chose English above, and the language is remembered).
    const page = await logInAs('dir.lit');
    await page.goto(`${h.baseUrl}/`);
    const card = page.getByRole('region', { name: 'Conteos' });
    const due = card.getByTestId('count-due');
    await due.waitFor();
    // No count was started at LIT in this run: whichever time it is, that count is pending.
    expect(await due.innerText()).toMatch(/^Conteo de las (06|12|18|21):00 pendiente\.$/);
    await card.getByRole('link', { name: 'Empezar el conteo' }).click();
    await page.getByRole('heading', { level: 1, name: /Conteos/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('centre')).toBe('LIT');
    expect(h.problems(page)).toEqual([]);
  }, 240_000);

  it('keeps the users page within a phone screen', async () => {
    const page = await h.freshPage();
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto(`${h.baseUrl}/admin/users`);
    await page.getByRole('table').waitFor();
    for (const language of ['es', 'en'] as const) {
      if (language === 'en') {
        await page.setViewportSize({ width: 1366, height: 860 });
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      }
      await h.screenshot(page, `users-${language}-1366`);
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await overflowing(page), `users page (${language}) at 390 px`).toEqual([]);
      await h.screenshot(page, `users-${language}-390`);
    }
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
    // The national figures count escapes apart, so that they never contradict the notice with a 0.
    const figures = await page.getByRole('region', { name: 'Todos los centros' }).innerText();
    expect(figures).toContain('Evadidos sin recapturar');
    expect(figures).not.toContain('Sin localizar');
    // First on the page: before the table of every centre, where LIT is marked.
    const row = page.locator('tr[data-centre="LIT"]');
    expect(await row.textContent()).toContain('Emergencia activa');
    expect(await page.locator('tr[data-centre="MAC"]').textContent()).not.toContain('Emergencia activa');
    const noticeTop = (await notice.boundingBox())?.y ?? Infinity;
    expect(noticeTop).toBeLessThan((await page.getByRole('heading', { name: 'Todos los centros' }).boundingBox())?.y ?? 0);
    await shoot(page, 'start-hq-es', { firstScreen: true });

    // On a phone, the number unaccounted for is on the first screen: the header is one line,
    // its menu (the user, the language, the modules) folded behind a button.
    await page.setViewportSize({ width: 390, height: 844 });
    const number = await notice.getByTestId('emergency-unaccounted').boundingBox();
    expect((number?.y ?? Infinity) + (number?.height ?? 0)).toBeLessThan(844);
    expect(await overflowing(page)).toEqual([]);
    const menu = page.getByRole('button', { name: 'Menú' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('navigation', { name: 'Navegación principal' }).isVisible()).toBe(false);
    await menu.click();
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    await nav.waitFor();
    expect(await page.getByRole('button', { name: 'Cerrar el menú' }).getAttribute('aria-expanded')).toBe('true');
    await h.screenshot(page, 'start-hq-es-390-menu', { fullPage: false });
    // Choosing a page folds the menu again.
    await nav.getByRole('link', { name: 'Establecimientos' }).click();
    // Exactly «Menú»: «Cerrar el menú» would match too, before the menu has folded.
    await page.getByRole('button', { name: 'Menú', exact: true }).waitFor();
    expect(await nav.isVisible()).toBe(false);
    await page.goto(`${h.baseUrl}/`);
    await notice.waitFor();
    await page.setViewportSize({ width: 1366, height: 860 });
    expect(await page.getByRole('button', { name: 'Menú' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Navegación principal' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('article', { name: /^ACTIVE EMERGENCY AT .*\(LIT\)$/ }).waitFor();
    await shoot(page, 'start-hq-en', { firstScreen: true });
    const open = page.getByRole('article', { name: /^ACTIVE EMERGENCY AT/ }).getByRole('link', { name: 'Open the emergency' });
    expect(await open.getAttribute('href')).toBe(`/roll/emergency/${(declared.body as { id: string }).id}`);
    expect(h.problems(page)).toEqual([]);
    await expectLargeFiguresFit(page, 'start-hq-en');
  }, 240_000);

  it("prints each person's photograph on the roll sheet when the register holds one", async () => {
    const page = await logInAs('dir.mac');
    const sheet = (await apiFromPage(page, 'GET', '/roll/centres/MAC/sheet?pavilion=MAC-P1')).body as { cells: { people: { id: string; familyNames: string; givenNames: string }[] }[] };
    const person = sheet.cells.flatMap((c) => c.people)[0];
    if (!person) throw new Error('no one in MAC-P1');
    expect((await apiFromPage(page, 'PUT', `/persons/${person.id}/photo`, { photo: pngImage(60, 75).toString('base64') })).status).toBe(200);
    await page.goto(`${h.baseUrl}/roll/sheet?centre=MAC&pavilion=MAC-P1`);
    // The director of MAC chose English in the first test.
    const photo = page.getByRole('img', { name: `Photograph of ${person.familyNames}, ${person.givenNames}` });
    await photo.waitFor();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(60);
    expect(await page.getByText('No photo').count()).toBeGreaterThan(0);
    await shoot(page, 'roll-sheet-photo-en', { firstScreen: true });
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('img', { name: `Fotografía de ${person.familyNames}, ${person.givenNames}` }).waitFor();
    await shoot(page, 'roll-sheet-photo-es', { firstScreen: true });
    await page.emulateMedia({ media: 'print' });
    await h.screenshot(page, 'roll-sheet-photo-print-es');
    await page.emulateMedia({ media: 'screen' });
    expect(h.problems(page)).toEqual([]);
  }, 240_000);
});
