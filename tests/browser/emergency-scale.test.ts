import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, DEMO_PEOPLE, apiFromPage, logIn, startHarness, visibleCodes, type Harness } from './harness.ts';

/**
 * An emergency at scale: an officer narrows the list still to verify to one wing, verifies the
 * whole wing in one action after reading the names, and the counters and the missing list
 * follow; the counters keep their figures inside their cards at 120,000; the missing list's
 * printable view.
 */

let h: Harness;
const PASSWORD = 'una-clave-de-prueba-larga';
const es = new Intl.NumberFormat('es-EC');

interface TreeLocation {
  code: string;
  kind: string;
}

beforeAll(async () => {
  h = await startHarness({ demoPeople: DEMO_PEOPLE });
  const page = await h.freshPage();
  await logIn(page, 'admin', ADMIN_PASSWORD);
  const users = [
    { username: 'dir.lit', displayName: 'Rosa Cedeño', roles: ['director'], caseload: { all: false, centres: ['MAC'] } },
    { username: 'guia.lit', displayName: 'Kevin Loor', roles: ['officer'], caseload: { all: false, centres: ['MAC'] } },
  ];
  for (const user of users) expect((await apiFromPage(page, 'POST', '/users', { ...user, language: 'es', password: PASSWORD })).status).toBe(201);
}, 400_000);

afterAll(async () => {
  await h?.close();
});

/** Whether every counter's figure fits inside its card (no overflow, no clipping). */
async function countersFit(page: Page): Promise<string[]> {
  return page.locator('.counter-value').evaluateAll((values) =>
    values.filter((v) => v.scrollWidth > v.clientWidth + 1 || v.getBoundingClientRect().right > (v.closest('.counter')?.getBoundingClientRect().right ?? 0)).map((v) => v.textContent ?? ''),
  );
}

describe('emergencies at scale', () => {
  it('an officer verifies a whole wing in one action, after reading the names', { timeout: 300_000 }, async () => {
    const page = await h.freshPage();
    await logIn(page, 'dir.lit', PASSWORD);
    const declared = await apiFromPage(page, 'POST', '/emergencies', { centre: 'MAC', kind: 'riot', reason: 'Motín en el pabellón 1' });
    expect(declared.status).toBe(201);
    const { id, counts } = declared.body as { id: string; counts: { expected: number } };
    const tree = (await apiFromPage(page, 'GET', '/roll/centres/MAC')).body as { locations: TreeLocation[] };
    const wings = tree.locations.filter((l) => l.kind === 'wing').map((l) => l.code);
    // The wing with people expected in it.
    let wing = '';
    let inWing: { id: string; familyNames: string }[] = [];
    for (const code of wings) {
      const listed = (await apiFromPage(page, 'GET', `/emergencies/${id}/people?status=unverified&location=${code}&limit=500`)).body as { items: { id: string; familyNames: string }[] };
      if (listed.items.length > 1) {
        wing = code;
        inWing = listed.items;
        break;
      }
    }
    expect(inWing.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await logIn(page, 'guia.lit', PASSWORD);

    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${h.baseUrl}/roll/emergency/${id}`);
      await page.getByRole('heading', { level: 1, name: 'Emergencia activa en MAC' }).waitFor();
      await page.getByRole('heading', { name: `Personas por verificar (${es.format(counts.expected)})` }).waitFor();
      expect(await countersFit(page)).toEqual([]);
    }

    // The list narrowed to the wing; the action names the wing and how many.
    await page.getByTestId('location-filter').selectOption(wing);
    await page.getByRole('heading', { name: new RegExp(`^Personas por verificar en .*\\(${wing}\\) \\(${inWing.length}\\)$`) }).waitFor();
    const panel = page.getByTestId('verify-location');
    await panel.getByRole('button', { name: new RegExp(`^Verificar a las ${inWing.length} personas de .*\\(${wing}\\)$`) }).click();
    const question = panel.getByRole('alertdialog');
    await question.waitFor();
    expect(await question.getByTestId('verify-names').locator('li').count()).toBe(inWing.length);
    for (const person of inWing) expect(await question.innerText()).toContain(person.id);
    await h.screenshot(page, 'emergency-verify-wing-es-390', { fullPage: false });
    await page.setViewportSize({ width: 1366, height: 900 });
    await h.screenshot(page, 'emergency-verify-wing-es-1366', { fullPage: false });

    await question.getByRole('button', { name: `Sí, verificar a las ${inWing.length}` }).click();
    await page.getByRole('status').filter({ hasText: `${inWing.length} personas de` }).filter({ hasText: wing }).waitFor();
    await expect.poll(() => page.locator('[data-counter="verified"] .counter-value').innerText()).toBe(es.format(inWing.length));
    await page.getByText(/^No queda nadie por verificar en /).waitFor();
    const missing = (await apiFromPage(page, 'GET', '/roll/centres/MAC/missing')).body as { total: number; people: { id: string }[] };
    expect(missing.total).toBe(counts.expected - inWing.length);
    expect(missing.people.some((p) => inWing.some((w) => w.id === p.id))).toBe(false);
    expect(await visibleCodes(page)).toEqual([]);

    // English, both widths.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('location-filter').selectOption('');
    await page.getByRole('heading', { name: /^People to verify \(/ }).waitFor();
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await h.screenshot(page, `emergency-scale-en-${width}`, { fullPage: false });
    }
    // Back to a laptop's width: on a phone the language buttons are under the menu button.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: /^Personas por verificar \(/ }).waitFor();

    // Counters at national scale: the figures stay inside their cards at 390 px.
    // The emergency itself, whatever its query string (the page asks `?people=marked`).
    const emergencyUrl = (url: URL) => url.pathname === `/api/v1/emergencies/${id}`;
    await page.route(emergencyUrl, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { counts: Record<string, number> };
      body.counts = { expected: 120_000, unverified: 112_345, verified: 7_000, injured: 120, hostage: 35, dead: 12, escaped: 488, recaptured: 7 };
      await route.fulfill({ response, json: body });
    });
    await page.reload();
    await page.locator('[data-counter="expected"] .counter-value').filter({ hasText: es.format(120_000) }).waitFor();
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await countersFit(page)).toEqual([]);
      await page.locator('.emergency-counters').scrollIntoViewIfNeeded();
      await h.screenshot(page, `emergency-counters-120000-es-${width}`, { fullPage: false });
    }
    await page.unroute(emergencyUrl);

    // The missing list, filtered to a wing, and its printable view with photo, ID, age.
    await page.goto(`${h.baseUrl}/roll/missing?centre=MAC`);
    await page.getByTestId('missing-list').waitFor();
    expect(await page.getByTestId('missing-total').innerText()).toBe(es.format(counts.expected - inWing.length));
    await h.screenshot(page, 'missing-paged-es-390', { fullPage: false });
    await page.setViewportSize({ width: 1366, height: 900 });
    await h.screenshot(page, 'missing-paged-es-1366', { fullPage: false });
    await page.getByRole('link', { name: 'Vista para imprimir' }).click();
    const print = page.getByTestId('missing-print');
    await print.waitFor();
    expect(await print.locator('tbody tr').count()).toBe(counts.expected - inWing.length);
    expect(await print.locator('thead').innerText()).toMatch(/Foto[\s\S]*Cédula[\s\S]*Edad[\s\S]*Última ubicación[\s\S]*Desde/i);
    await page.emulateMedia({ media: 'print' });
    await h.screenshot(page, 'missing-print-es-1366', { fullPage: false });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'People unaccounted for — printable' }).waitFor();
    await page.setViewportSize({ width: 390, height: 900 });
    await h.screenshot(page, 'missing-print-en-390', { fullPage: false });
    expect(h.problems(page)).toEqual([]);
  });
});
