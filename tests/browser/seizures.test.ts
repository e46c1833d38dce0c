import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admissionBody, personBody } from '../../src/modules/register/testing.ts';
import { ADMIN_PASSWORD, apiFromPage, chooseLanguage, logIn, shoot, startHarness, visibleCodes, type Harness, type ShootOptions } from './harness.ts';

/**
 * Searches and seizures from the browser: an officer records a search of a pavilion with two
 * finds (a firearm on a person, found through the register's search, and phones), opens an
 * incident report for the firearm, is shown a negative quantity by its field, and sees the finds
 * in the list and in the centre's finds per pavilion; in English, a zero quantity is refused the
 * same way and a second search's drugs join the centre's table.
 */

let h: Harness;
const PASSWORD = 'una-clave-de-prueba-larga';
const CENTRE = 'RQA';
const CENTRE_NAME = 'CPL Requisas A';
const PERSON = 'RQA-000001';
const FAMILY = 'Quiñónez Bravo';

beforeAll(async () => {
  h = await startHarness();
  const admin = await h.freshPage();
  await logIn(admin, 'admin', ADMIN_PASSWORD);
  const centre = { code: CENTRE, name: CENTRE_NAME, city: 'Machala', province: 'El Oro', type: 'CPL', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' };
  expect((await apiFromPage(admin, 'POST', '/centres', centre)).status).toBe(201);
  const place = (suffix: string, parent: string | null, kind: string, name: string, beds: number | null) => ({
    code: `${CENTRE}-${suffix}`,
    centre: CENTRE,
    parent: parent ? `${CENTRE}-${parent}` : null,
    kind,
    name,
    sex: 'M',
    designCapacity: beds,
    workingCapacity: beds,
    maxCapacity: beds,
  });
  for (const location of [
    place('P1', null, 'pavilion', 'Pabellón 1', null),
    place('P1-A', 'P1', 'wing', 'Ala A', null),
    place('P1-A-001', 'P1-A', 'cell', 'Celda 001', 4),
    place('P2', null, 'pavilion', 'Pabellón 2', null),
    place('P2-A', 'P2', 'wing', 'Ala A', null),
    place('P2-A-001', 'P2-A', 'cell', 'Celda 001', 4),
  ]) {
    const added = await apiFromPage(admin, 'POST', '/locations', location);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
  }
  const users = [
    { username: 'guia.rqa', displayName: 'Kevin Loor', roles: ['officer'], caseload: { all: false, centres: [CENTRE] } },
    { username: 'sup.rqa', displayName: 'Jorge Plúas', roles: ['supervisor'], caseload: { all: false, centres: [CENTRE] } },
  ];
  for (const user of users) expect((await apiFromPage(admin, 'POST', '/users', { ...user, language: 'es', password: PASSWORD })).status).toBe(201);
  const supervisor = await h.freshPage();
  await logIn(supervisor, 'sup.rqa', PASSWORD);
  const admitted = await apiFromPage(supervisor, 'POST', '/admissions', admissionBody(personBody(PERSON, { givenNames: 'Segundo', familyNames: FAMILY }), `${CENTRE}-P1-A-001`));
  expect(admitted.status, JSON.stringify(admitted.body)).toBe(201);
}, 300_000);

afterAll(async () => {
  await h?.close();
});

/** For `shoot`: nothing wider than the window at 390 px (tables scroll inside their frame). */
const narrow: ShootOptions = {
  atPhone: async (page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390),
};

/** The search's own fields, in the language of `words`. */
async function fillSearch(page: Page, words: { place: string; kind: string; team: string; result: string }, team: string) {
  await page.getByLabel(new RegExp(`^${words.place}`)).selectOption(`${CENTRE}-P1`);
  await page.getByLabel(new RegExp(`^${words.kind}`)).selectOption({ index: 1 });
  await page.getByLabel(new RegExp(`^${words.team}`)).fill(team);
  await page.getByLabel(new RegExp(`^${words.result}`)).selectOption('items_found');
}

describe('searches and seizures', () => {
  it('an officer records a search of a pavilion with a firearm on a person and phones, opens an incident report, and sees the finds per pavilion', async () => {
    const page = await h.freshPage();
    await logIn(page, 'guia.rqa', PASSWORD);
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Requisas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Requisas y hallazgos' }).waitFor();
    await page.getByText('No hay requisas con estos filtros.').waitFor();
    await page.getByRole('link', { name: 'Registrar requisa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrar una requisa' }).waitFor();
    // The centre's locations are offered once its tree has loaded.
    await page.locator(`option[value="${CENTRE}-P1"]`).first().waitFor({ state: 'attached' });
    await fillSearch(page, { place: 'Lugar requisado', kind: 'Tipo de requisa', team: 'Equipo', result: 'Resultado' }, 'Grupo de requisa 3: Loor, Vera, Plúas');

    await page.getByRole('button', { name: 'Añadir objeto hallado' }).click();
    const firearm = page.getByTestId('find-1');
    await firearm.getByLabel(/^Objeto/).selectOption({ label: 'Arma de fuego' });
    await firearm.getByLabel(/^Dónde se halló/).fill('En la cintura');
    await firearm.getByRole('button', { name: 'Buscar persona · Objeto 1' }).click();
    await firearm.getByLabel('Nombre, alias o número de registro').fill(FAMILY);
    await firearm.getByLabel('Nombre, alias o número de registro').press('Enter');
    const match = firearm.getByRole('button', { name: `Elegir a ${FAMILY}, Segundo` });
    await match.waitFor();
    // The match says who it is: register number and centre, by name.
    expect(await match.innerText()).toContain(`${PERSON} · ${CENTRE_NAME}`);
    await firearm.getByRole('status').filter({ hasText: '1 persona coincide.' }).waitFor();
    await shoot(page, 'search-form-person-picker-es', { ...narrow, focus: firearm });
    await match.click();
    expect(await firearm.getByLabel(/^Hallado en poder de/).inputValue()).toBe(PERSON);
    await firearm.getByLabel('Abrir parte de incidente por este hallazgo').check();

    await page.getByRole('button', { name: 'Añadir objeto hallado' }).click();
    const phones = page.getByTestId('find-2');
    await phones.getByLabel(/^Objeto/).selectOption({ label: 'Teléfono celular' });
    await phones.getByLabel(/^Cantidad/).fill('-3');
    await phones.getByLabel(/^Dónde se halló/).fill('Dentro de una pared de la celda 001');
    await page.getByRole('button', { name: 'Registrar requisa' }).click();
    // Said by the field, and nothing was sent.
    const error = phones.locator('.field-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('Debe ser como mínimo 1.');
    expect(await phones.getByLabel(/^Cantidad/).getAttribute('aria-invalid')).toBe('true');
    await shoot(page, 'search-form-negative-quantity-es', { ...narrow, focus: phones });

    await phones.getByLabel(/^Cantidad/).fill('3');
    await page.getByRole('button', { name: 'Registrar requisa' }).click();
    await page.getByText('La requisa quedó registrada.').waitFor();
    const finds = page.getByTestId('finds-table');
    const firearmRow = finds.locator('tr', { hasText: 'Arma de fuego' });
    expect(await firearmRow.innerText()).toContain(`${FAMILY}`);
    expect(await firearmRow.innerText()).toMatch(/RQA-INC-\d{4}-000001/);
    expect(await finds.locator('tr', { hasText: 'Teléfono celular' }).innerText()).not.toContain('-INC-');
    // Places by name, with the code under it.
    expect(await firearmRow.locator('td').first().innerText()).toMatch(/^Pabellón 1\s+RQA-P1$/);
    expect(await visibleCodes(page)).toEqual([]);
    await shoot(page, 'search-recorded-es', narrow);

    // The list shows what the search found, in words.
    await page.goto(`${h.baseUrl}/searches`);
    const row = page.getByTestId('searches-table').locator('tbody tr').first();
    await row.waitFor();
    expect(await row.innerText()).toContain('1 × Arma de fuego, 3 × Teléfono celular');
    expect(await row.innerText()).toContain('Pabellón 1');
    await shoot(page, 'searches-list-es', narrow);

    // The centre's finds per pavilion, from the centre's page.
    await page.goto(`${h.baseUrl}/centres/${CENTRE}`);
    const link = page.getByRole('link', { name: 'Hallazgos del centro' });
    await link.waitFor();
    await shoot(page, 'centre-page-finds-link-es', narrow);
    await link.click();
    await page.getByRole('heading', { level: 1, name: `Hallazgos en ${CENTRE_NAME}` }).waitFor();
    const table = page.getByTestId('centre-finds');
    const pavilion = table.locator('tbody tr', { hasText: 'Pabellón 1' });
    await pavilion.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    const cells = await pavilion.locator('th, td').allTextContents();
    const cell = (header: string) => cells[headers.indexOf(header)];
    expect([cell('Arma de fuego'), cell('Teléfono celular'), cell('Total')]).toEqual(['1', '3', '4']);
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await visibleCodes(page)).toEqual([]);
    await shoot(page, 'centre-finds-es', narrow);
    expect(h.problems(page)).toEqual([]);
  }, 180_000);

  it('in English: a zero quantity is refused by its field, and the drugs found join the centre’s table', async () => {
    const page = await h.freshPage();
    await logIn(page, 'guia.rqa', PASSWORD);
    // The choice is kept for the user: the next page load asks the server, so wait until it is saved.
    expect((await chooseLanguage(page, 'en')).ok()).toBe(true);
    await page.goto(`${h.baseUrl}/searches/new`);
    await page.getByRole('heading', { level: 1, name: 'Record a search' }).waitFor();
    await page.locator(`option[value="${CENTRE}-P1"]`).first().waitFor({ state: 'attached' });
    await fillSearch(page, { place: 'Place searched', kind: 'Kind of search', team: 'Team', result: 'Result' }, 'Search team 1');
    await page.getByRole('button', { name: 'Add an item found' }).click();
    const drugs = page.getByTestId('find-1');
    await drugs.getByLabel(/^Item/).selectOption({ label: 'Drugs' });
    await drugs.getByRole('button', { name: 'Find a person · Item 1' }).click();
    await drugs.getByLabel('Name, alias or register number').fill('Zzyzx Nadie');
    await drugs.getByRole('button', { name: 'Search', exact: true }).click();
    await drugs.getByRole('status').filter({ hasText: 'Nobody held at CPL Requisas A matches "Zzyzx Nadie".' }).or(drugs.getByRole('status').filter({ hasText: 'Nobody matches "Zzyzx Nadie".' })).waitFor();
    await shoot(page, 'search-form-person-none-en', { ...narrow, focus: drugs });
    await drugs.getByRole('button', { name: 'Close the search' }).click();
    await drugs.getByLabel(/^Quantity/).fill('0');
    await drugs.getByLabel(/^Place of the find/).selectOption(`${CENTRE}-P2-A-001`);
    await page.getByRole('button', { name: 'Record the search' }).click();
    const error = drugs.locator('.field-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('Must be at least 1.');
    await shoot(page, 'search-form-zero-quantity-en', { ...narrow, focus: drugs });
    await drugs.getByLabel(/^Quantity/).fill('12');
    await page.getByRole('button', { name: 'Record the search' }).click();
    await page.getByText('The search has been recorded.').waitFor();
    await shoot(page, 'search-recorded-en', narrow);

    await page.goto(`${h.baseUrl}/centres/${CENTRE}/finds`);
    await page.getByRole('heading', { level: 1, name: `Finds at ${CENTRE_NAME}` }).waitFor();
    const table = page.getByTestId('centre-finds');
    const second = table.locator('tbody tr', { hasText: 'Pabellón 2' });
    await second.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    const cells = await second.locator('th, td').allTextContents();
    expect(cells[headers.indexOf('Drugs')]).toBe('12');
    expect(await visibleCodes(page)).toEqual([]);
    await shoot(page, 'centre-finds-en', narrow);

    await page.goto(`${h.baseUrl}/searches`);
    await page.getByRole('button', { name: 'Finds' }).click();
    await page.getByTestId('finds-table').locator('tbody tr').nth(2).waitFor();
    expect(await page.getByTestId('finds-table').locator('tbody tr').count()).toBe(3);
    // Filtered by the person the firearm was found on (typed in small letters).
    await page.getByLabel(/^Person/).fill(PERSON.toLowerCase());
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('status').filter({ hasText: '1–1 of 1' }).waitFor();
    expect(await page.getByTestId('finds-table').locator('tbody tr').innerText()).toContain('Firearm');
    await shoot(page, 'finds-list-en', narrow);
    expect(h.problems(page)).toEqual([]);
  }, 180_000);
});
