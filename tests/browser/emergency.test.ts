import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, DEMO_PEOPLE, apiFromPage, logIn, startHarness, type Harness } from './harness.ts';

/**
 * The roll screens on the demonstration estate: the live roll; an emergency at MAC declared by
 * its director, people verified by name, the rest declared escaped, a recapture, and the missing
 * list following it exactly; a count with a discrepancy reconciled and closed; the printable sheet.
 */

let h: Harness;

const PASSWORD = 'una-clave-de-prueba-larga';
const DIRECTOR = 'dir.mac';
const OFFICER = 'guia.mac';

interface ListedPerson {
  id: string;
  givenNames: string;
  familyNames: string;
  expectedLocation: string | null;
  status: string;
}

interface CountLine {
  location: string;
  name: string | null;
  pavilion: { code: string; name: string } | null;
  expected: number;
  status: string;
}

beforeAll(async () => {
  h = await startHarness({ demoPeople: DEMO_PEOPLE });
  const page = await h.freshPage();
  await logIn(page, 'admin', ADMIN_PASSWORD);
  const users = [
    { username: DIRECTOR, displayName: 'Rosa Cedeño', roles: ['director'], caseload: { all: false, centres: ['MAC'] } },
    { username: OFFICER, displayName: 'Kevin Loor', roles: ['officer'], caseload: { all: false, centres: ['MAC'] } },
  ];
  for (const user of users) {
    const created = await apiFromPage(page, 'POST', '/users', { ...user, language: 'es', password: PASSWORD });
    expect(created.status).toBe(201);
  }
});

afterAll(async () => {
  await h?.close();
});

const es = new Intl.NumberFormat('es-EC');

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Navegación principal' });
}

/** The missing list of MAC as the server gives it to this page's user. */
async function missingFromApi(page: Page): Promise<{ id: string }[]> {
  const answer = await apiFromPage(page, 'GET', '/roll/centres/MAC/missing');
  expect(answer.status).toBe(200);
  return (answer.body as { people: { id: string }[] }).people;
}

/** The big "still missing" figure of the emergency page, as a number. */
async function missingShown(page: Page): Promise<number> {
  return Number((await page.getByTestId('missing-count').innerText()).replace(/\D/g, ''));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The status note that follows a recorded action. */
function note(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}

describe('roll, emergency and missing list', () => {
  it('a director declares an emergency at MAC, verifies, declares escapes and records a recapture; the missing list follows', async () => {
    const page = await h.freshPage();
    await logIn(page, DIRECTOR, PASSWORD);

    // The roll of MAC, live: a movement recorded elsewhere shows without reloading.
    await nav(page).getByRole('link', { name: 'Recuento y movimientos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Recuento de la población' }).waitFor();
    await page.getByTestId('live-note').getByText('En vivo').waitFor();
    expect(await page.getByTestId('live-note').innerText()).toMatch(/actualizado \d{2}:\d{2}:\d{2}/);
    const population = page.locator('.figure').filter({ hasText: /^Fuera del centro/ });
    expect(await population.locator('.figure-value').innerText()).toBe('0');
    const roll = (await apiFromPage(page, 'GET', '/roll?centre=MAC')).body as { centres: { in: number; on_roll: number }[] };
    const inside = roll.centres[0]?.in ?? 0;
    expect(inside).toBeGreaterThan(10);
    const sheet = (await apiFromPage(page, 'GET', '/roll/centres/MAC/sheet?pavilion=MAC-P1')).body as {
      cells: { people: { id: string }[] }[];
    };
    const courtPerson = sheet.cells.flatMap((c) => c.people)[0]?.id as string;
    expect((await apiFromPage(page, 'POST', `/persons/${courtPerson}/movements`, { type: 'court_out', reason: 'audiencia' })).status).toBe(201);
    await expect.poll(() => population.locator('.figure-value').innerText()).toBe('1');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Recuento actualizado a las \d{2}:\d{2}:\d{2}$/ }).count()).toBe(1);
    expect((await apiFromPage(page, 'POST', `/persons/${courtPerson}/movements`, { type: 'court_return' })).status).toBe(201);
    await expect.poll(() => population.locator('.figure-value').innerText()).toBe('0');
    expect(await page.getByRole('list', { name: 'Acciones de MAC' }).getByRole('link').allInnerTexts()).toEqual([
      'Conteos',
      'Emergencia',
      'Sin localizar',
      'Hoja de recuento',
      'Fuera del centro',
      'Llegadas',
    ]);
    await h.screenshot(page, 'roll-es');

    // A past roll (mainland Ecuador is UTC−5 all year): as it stood then, and not live.
    const minuteAgo = new Date(Date.now() - 5 * 3_600_000 - 60_000).toISOString().slice(0, 16);
    // Typed as the user's language writes it (DD/MM/AAAA HH:MM), whatever the browser's locale.
    const [day, time] = minuteAgo.split('T') as [string, string];
    const [year, month, dayOfMonth] = day.split('-');
    await page.getByLabel('Recuento a una fecha y hora pasadas').fill(`${dayOfMonth}/${month}/${year} ${time}`);
    await page.getByRole('button', { name: 'Ver recuento' }).click();
    await page.getByText(/^Recuento histórico al \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}: no se actualiza\.$/).waitFor();
    const at = new URL(page.url()).searchParams.get('at') ?? '';
    expect(at).toBe(`${minuteAgo}:00-05:00`);
    const pastRoll = (await apiFromPage(page, 'GET', `/roll?centre=MAC&at=${encodeURIComponent(at)}`)).body as { centres: { on_roll: number }[] };
    const onRoll = page.locator('.figure').filter({ hasText: /^En registro/ }).locator('.figure-value');
    await expect.poll(() => onRoll.innerText()).toBe(es.format(pastRoll.centres[0]?.on_roll ?? -1));
    expect(await page.getByTestId('live-note').count()).toBe(0);
    await page.getByRole('button', { name: 'Volver a ahora' }).click();
    await page.getByTestId('live-note').getByText('En vivo').waitFor();

    // Declaring: what and why, then a confirmation that says how many people are on the list.
    await page.getByRole('list', { name: 'Acciones de MAC' }).getByRole('link', { name: 'Emergencia' }).click();
    await page.getByRole('heading', { level: 1, name: 'Emergencia' }).waitFor();
    await page.getByRole('button', { name: 'Declarar emergencia' }).click();
    await page.getByText('Elija el tipo de emergencia.').waitFor();
    await page.getByLabel(/^Tipo de emergencia/).selectOption({ label: 'Motín' });
    await page.getByLabel(/^Motivo/).fill('Motín en el pabellón 2, ala B; humo en el ala A.');
    await page.getByRole('button', { name: 'Declarar emergencia' }).click();
    const confirmation = page.getByRole('alertdialog', { name: '¿Declarar la emergencia?' });
    await confirmation.waitFor();
    expect(await confirmation.innerText()).toContain(`la lista de las ${es.format(inside)} personas que constan dentro del centro`);
    await confirmation.getByRole('button', { name: 'Sí, declarar la emergencia' }).click();
    await page.getByRole('heading', { level: 1, name: 'Emergencia activa en MAC' }).waitFor();
    expect(await page.getByRole('region', { name: 'EMERGENCIA ACTIVA' }).innerText()).toContain('Motín en Centro de Privación de Libertad El Oro');
    const emergencyPath = new URL(page.url()).pathname;
    const emergencyId = emergencyPath.split('/').pop() as string;

    // Everyone inside is expected, and all are missing until found.
    expect(await page.locator('[data-counter="expected"] .counter-value').innerText()).toBe(es.format(inside));
    expect(await missingShown(page)).toBe(inside);
    expect((await missingFromApi(page)).length).toBe(inside);

    // Three people found by name: two verified, one injured.
    const frozen = ((await apiFromPage(page, 'GET', `/emergencies/${emergencyId}`)).body as { people: ListedPerson[] }).people;
    expect(frozen.length).toBe(inside);
    const found = frozen.filter((p) => p.expectedLocation).slice(0, 3);
    const marks = ['Verificado', 'Herido', 'Verificado'] as const;
    const search = page.getByLabel('Buscar por nombre o cédula');
    for (const [index, person] of found.entries()) {
      await search.fill(`${person.givenNames} ${person.familyNames}`);
      const row = page.getByTestId('search-results').locator(`tr[data-person="${person.id}"]`);
      await row.waitFor();
      await row.getByRole('button', { name: marks[index] }).click();
      await note(page, `${person.familyNames}, ${person.givenNames}: ${marks[index]}.`).waitFor();
      await expect.poll(() => missingShown(page)).toBe(inside - index - 1);
      expect((await missingFromApi(page)).length).toBe(inside - index - 1);
      // The person leaves the list still to verify.
      await expect.poll(() => page.getByTestId('unverified-list').locator(`tr[data-person="${found[index]?.id}"]`).count()).toBe(0);
    }
    expect(await page.locator('[data-counter="verified"] .counter-value').innerText()).toBe('2');
    expect(await page.locator('[data-counter="injured"] .counter-value').innerText()).toBe('1');
    expect(await page.locator('[data-counter="unverified"] .counter-value').innerText()).toBe(es.format(inside - 3));
    expect(await page.getByRole('heading', { name: `Personas por verificar (${inside - 3})` }).count()).toBe(1);
    expect(await page.getByTestId('marked-list').innerText()).toContain(found[1]?.familyNames);
    // A death needs a confirmation: asked, then cancelled.
    const someone = page.getByTestId('unverified-list').locator('tbody tr').first();
    await someone.getByRole('button', { name: 'Fallecido' }).click();
    await someone.getByRole('group', { name: /^Confirmar el fallecimiento de/ }).getByRole('button', { name: 'Cancelar' }).click();
    await someone.getByRole('button', { name: 'Verificado' }).waitFor();
    await search.fill('');
    await page.getByTestId('search-results').waitFor({ state: 'detached' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, 'emergency-es', { fullPage: false });

    // The same page in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Active emergency at MAC' }).waitFor();
    expect(await page.getByRole('region', { name: 'EMERGENCY ACTIVE' }).innerText()).toContain('Riot at');
    expect(await page.locator('[data-counter="missing"]').innerText()).toContain('Still missing now');
    await page.getByRole('button', { name: 'Declare the remaining people escaped' }).waitFor();
    await h.screenshot(page, 'emergency-en', { fullPage: false });
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Emergencia activa en MAC' }).waitFor();

    // The rest declared escaped, after a confirmation that states how many.
    const remaining = inside - 3;
    await page.getByRole('button', { name: 'Declarar fugados a los restantes' }).click();
    const escapes = page.getByRole('alertdialog');
    expect(await escapes.innerText()).toContain(`Se registrará la fuga de las ${es.format(remaining)} personas que siguen sin verificar.`);
    await escapes.getByRole('button', { name: `Sí, declarar ${es.format(remaining)} fugados` }).click();
    await note(page, `Declaradas fugadas ${es.format(remaining)} personas.`).waitFor();
    await expect.poll(() => page.locator('[data-counter="escaped"] .counter-value').innerText()).toBe(es.format(remaining));
    expect(await missingShown(page)).toBe(remaining);
    expect((await missingFromApi(page)).length).toBe(remaining);
    expect(await page.getByText('No queda nadie por verificar.').count()).toBe(1);
    const escapedList = page.getByTestId('escaped-list');
    expect(await escapedList.locator('tbody tr').count()).toBe(remaining);

    // The missing list shows them, exactly.
    await page.getByRole('link', { name: 'Ver la lista de personas sin localizar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personas sin localizar' }).waitFor();
    const missingTable = page.getByTestId('missing-list');
    await missingTable.waitFor();
    const apiMissing = await missingFromApi(page);
    expect(apiMissing.length).toBe(remaining);
    expect(await page.getByTestId('missing-total').innerText()).toBe(es.format(remaining));
    expect(await missingTable.locator('tbody tr').count()).toBe(remaining);
    expect(await missingTable.getByRole('caption').innerText()).toBe(`${es.format(remaining)} personas sin localizar en MAC`);
    const [first, second] = apiMissing;
    expect(await missingTable.locator(`tr[data-person="${first?.id}"]`).count()).toBe(1);
    for (const person of found) expect(await missingTable.locator(`tr[data-person="${person.id}"]`).count()).toBe(0);
    await h.screenshot(page, 'missing-es');

    // A recapture recorded from the emergency page, back in the cell they escaped from.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Emergencia activa en MAC' }).waitFor();
    const recaptured = frozen.find((p) => p.id === first?.id) as ListedPerson;
    const row = page.getByTestId('escaped-list').locator(`tr[data-person="${recaptured.id}"]`);
    await row.getByRole('button', { name: /^Registrar recaptura/ }).click();
    const form = page.getByRole('form', { name: `Recaptura de ${recaptured.familyNames}, ${recaptured.givenNames}` });
    await form.getByRole('button', { name: 'Registrar recaptura' }).click();
    await form.getByText('Escriba la celda o el código del centro.').waitFor();
    await form.getByLabel(/^Destino: celda o centro/).fill(recaptured.expectedLocation ?? 'MAC');
    await form.getByLabel('Circunstancias (opcional)').fill('Hallado en el perímetro exterior');
    await form.getByRole('button', { name: 'Registrar recaptura' }).click();
    await note(page, `Recaptura de ${recaptured.familyNames}, ${recaptured.givenNames} registrada`).waitFor();
    await expect.poll(() => row.innerText()).toContain('Recapturado');
    await expect.poll(() => missingShown(page)).toBe(remaining - 1);
    expect(await page.locator('[data-counter="escaped"]').innerText()).toContain('recapturados: 1');

    // The missing list loses that person; then, while it is open, another recapture shows live.
    await page.getByRole('link', { name: 'Ver la lista de personas sin localizar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personas sin localizar' }).waitFor();
    await missingTable.waitFor();
    expect(await missingTable.locator(`tr[data-person="${recaptured.id}"]`).count()).toBe(0);
    expect(await page.getByTestId('missing-total').innerText()).toBe(es.format(remaining - 1));
    expect((await missingFromApi(page)).length).toBe(remaining - 1);
    expect(await missingTable.locator(`tr[data-person="${second?.id}"]`).count()).toBe(1);
    expect((await apiFromPage(page, 'POST', `/persons/${second?.id}/movements`, { type: 'recapture', to: 'MAC', reason: 'se entregó' })).status).toBe(201);
    await expect.poll(() => missingTable.locator(`tr[data-person="${second?.id}"]`).count()).toBe(0);
    expect(await page.getByTestId('missing-total').innerText()).toBe(es.format(remaining - 2));
    expect((await missingFromApi(page)).length).toBe(remaining - 2);
    await page.getByRole('status').filter({ hasText: `Lista actualizada: ${es.format(remaining - 2)} personas sin localizar.` }).waitFor();

    // Closing the emergency: the escaped stay on the missing list.
    await page.goto(`${h.baseUrl}${emergencyPath}`);
    await page.getByRole('heading', { level: 1, name: 'Emergencia activa en MAC' }).waitFor();
    await page.getByRole('button', { name: 'Cerrar la emergencia' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Sí, cerrar la emergencia' }).click();
    await page.getByRole('heading', { level: 1, name: 'Emergencia de MAC (cerrada)' }).waitFor();
    expect(await page.getByRole('region', { name: 'Emergencia cerrada' }).innerText()).toContain(`por ${DIRECTOR}`);
    expect(await missingShown(page)).toBe(remaining - 2);
    expect(await page.getByRole('button', { name: 'Verificado' }).count()).toBe(0);
    expect(h.problems(page)).toEqual([]);
  }, 240_000);

  it('an officer counts MAC with one discrepancy; the director reconciles it and closes the count', async () => {
    const page = await h.freshPage();
    await logIn(page, OFFICER, PASSWORD);
    await nav(page).getByRole('link', { name: 'Recuento y movimientos' }).click();
    await page.getByRole('list', { name: 'Acciones de MAC' }).getByRole('link', { name: 'Conteos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conteos' }).waitFor();
    await page.getByLabel('Tipo de conteo').selectOption({ label: 'Programado' });
    await page.getByLabel('Observación (opcional)').fill('Conteo de las 18:00');
    await page.getByRole('button', { name: 'Iniciar conteo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conteo de MAC' }).waitFor();
    const countPath = new URL(page.url()).pathname;
    const countId = countPath.split('/').pop() as string;
    const lines = ((await apiFromPage(page, 'GET', `/counts/${countId}`)).body as { lines: CountLine[] }).lines;
    expect(lines.length).toBeGreaterThan(100);

    // One cell counted by name, everyone ticked present.
    const occupied = lines.filter((l) => l.expected > 0 && l.pavilion);
    const byName = occupied[0] as CountLine;
    const missingOne = occupied.find((l) => l.pavilion?.code !== byName.pavilion?.code) as CountLine;
    const label = (l: CountLine) => (l.location === '' ? 'Sin celda asignada' : `${l.name} (${l.location})`);
    await page.getByRole('button', { name: `Por nombres · ${label(byName)}` }).click();
    const names = page.getByRole('group', { name: `Personas esperadas en ${label(byName)}: marque las presentes` });
    const boxes = names.getByRole('checkbox');
    await boxes.first().waitFor();
    expect(await boxes.count()).toBe(byName.expected);
    for (const box of await boxes.all()) await box.check();
    await names.getByRole('button', { name: 'Guardar marcas' }).click();
    await note(page, `Marcas guardadas: ${byName.expected} de ${byName.expected} presentes.`).waitFor();
    await expect.poll(() => page.locator(`tr[data-location="${byName.location}"]`).innerText()).toContain('Correcto');

    // Every other line by number, pavilion by pavilion; one cell is a person short.
    const groups = [...new Set(lines.map((l) => l.pavilion?.name ?? 'Otras dependencias'))];
    for (const group of groups) {
      for (const line of lines.filter((l) => (l.pavilion?.name ?? 'Otras dependencias') === group && l.location !== byName.location)) {
        const counted = line.location === missingOne.location ? line.expected - 1 : line.expected;
        await page.getByLabel(`Contados en ${label(line)}`, { exact: true }).fill(String(counted));
      }
      await page.getByRole('button', { name: `Guardar conteos de ${group}` }).click();
      await note(page, new RegExp(`^${escapeRegExp(group)}: guardadas? \\d+ ubicaci`)).waitFor();
    }
    const discrepancy = page.locator(`tr[data-location="${missingOne.location}"]`);
    await expect.poll(() => discrepancy.innerText()).toContain('Diferencia · falta 1');
    expect(await discrepancy.innerText()).toContain('−1');
    expect(await page.getByRole('region', { name: 'Diferencias' }).innerText()).toContain('Solo un supervisor o la dirección pueden conciliar las diferencias.');
    expect(await page.getByRole('button', { name: 'Cerrar conteo' }).count()).toBe(0);
    await expect.poll(() => page.locator('.figure').filter({ hasText: 'Sin contar' }).locator('.figure-value').innerText()).toBe('0');
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, 'count-sheet-es', { fullPage: false });
    await discrepancy.evaluate((row) => row.scrollIntoView({ block: 'center' }));
    await h.screenshot(page, 'count-sheet-rows-es', { fullPage: false });
    expect(h.problems(page)).toEqual([]);

    // The director: closing is refused while the discrepancy is not explained; then it is.
    const director = await h.freshPage();
    await logIn(director, DIRECTOR, PASSWORD);
    await director.goto(`${h.baseUrl}${countPath}`);
    await director.getByRole('heading', { level: 1, name: 'Conteo de MAC' }).waitFor();
    await director.getByRole('button', { name: 'Cerrar conteo' }).click();
    const refusal = director.getByRole('alert').filter({ hasText: 'No se puede cerrar el conteo.' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(missingOne.location);
    const reconcile = director.getByRole('form', { name: `Conciliar la diferencia de ${label(missingOne)}` });
    await reconcile.getByLabel(/^Explicación/).fill('Trasladado a la enfermería durante el conteo; comprobado por el supervisor de turno.');
    await reconcile.getByRole('button', { name: 'Conciliar' }).click();
    await expect.poll(() => director.locator(`tr[data-location="${missingOne.location}"]`).innerText()).toContain('Conciliada');
    await director.getByRole('button', { name: 'Cerrar conteo' }).click();
    await director.getByText(/^Conteo cerrado el .* por dir\.mac\.$/).waitFor();
    expect(await director.getByRole('button', { name: /^Guardar conteos/ }).count()).toBe(0);
    await director.getByRole('link', { name: 'Conteos', exact: true }).click();
    const history = director.getByRole('table', { name: /^Conteos de MAC/ });
    await history.waitFor();
    expect(await history.locator('tbody tr').first().innerText()).toContain('Cerrado');
    // The refused close is logged by the browser (409); nothing else may be.
    expect(h.problems(director).filter((problem) => !/status of 409/.test(problem))).toEqual([]);
  }, 180_000);

  it('the printable roll sheet: names per cell, a page per wing, printed without the menus', async () => {
    const page = await h.freshPage();
    await logIn(page, OFFICER, PASSWORD);
    await page.goto(`${h.baseUrl}/roll/sheet?centre=MAC&pavilion=MAC-P1`);
    await page.getByRole('heading', { level: 1, name: 'Hoja de recuento' }).waitFor();
    const sheet = (await apiFromPage(page, 'GET', '/roll/centres/MAC/sheet?pavilion=MAC-P1')).body as {
      cells: { code: string; people: { id: string; familyNames: string }[] }[];
    };
    const person = sheet.cells.flatMap((c) => c.people)[0];
    const wing = page.getByRole('region', { name: /^Pabellón 1 · Ala A$/ });
    await wing.waitFor();
    expect(await wing.innerText()).toContain(person?.familyNames);
    expect(await page.getByRole('region', { name: /^Pabellón 1 · Ala / }).count()).toBeGreaterThan(1);
    // The button prints (window.print, from the page's own script).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Imprimir' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Navegación principal' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimir' }).isVisible()).toBe(false);
    const breaks = await page.locator('.sheet-page').evaluateAll((pages) => pages.map((p) => getComputedStyle(p).breakBefore));
    expect(breaks[0]).not.toBe('page');
    expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
    await h.screenshot(page, 'roll-sheet-print');
    await page.emulateMedia({ media: 'screen' });
    expect(h.problems(page)).toEqual([]);
  });
});
