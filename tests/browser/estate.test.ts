import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, DEMO_PEOPLE, apiFromPage, chooseLanguage, logIn, startHarness, type Harness } from './harness.ts';

/**
 * The estate and the people register on the demonstration estate: the national list, a centre's
 * tree down to a cell and a person; an admission and a fuzzy search; capacity and closing.
 */

let h: Harness;

const PASSWORD = 'una-clave-de-prueba-larga';
const DAY = 86_400_000;

interface RollLine {
  on_roll: number;
  design_capacity: number;
  pretrial: number;
}

interface TreeLocation {
  code: string;
  parent: string | null;
  kind: string;
  name: string;
  status: string;
  sex: string;
  regime: string;
  occupancy: number;
  max: number;
}

beforeAll(async () => {
  h = await startHarness({ demoPeople: DEMO_PEOPLE });
  // The users of the journeys, created by the administrator through the API.
  const page = await h.freshPage();
  await logIn(page, 'admin', ADMIN_PASSWORD);
  const users = [
    { username: 'hq1', displayName: 'Lucía Andrade', roles: ['hq'], caseload: { all: true, centres: [] } },
    { username: 'reg1', displayName: 'Marco Zambrano', roles: ['officer'], caseload: { all: false, centres: ['MAC'] } },
  ];
  for (const user of users) {
    const created = await apiFromPage(page, 'POST', '/users', { ...user, language: 'es', password: PASSWORD });
    expect(created.status).toBe(201);
  }
});

afterAll(async () => {
  await h?.close();
});

/** The Spanish number format the page uses (es-EC), to compare figures with the API's. */
const es = new Intl.NumberFormat('es-EC');
const esPercent = new Intl.NumberFormat('es-EC', { style: 'percent', maximumFractionDigits: 0 });

async function tree(page: Page, centre: string): Promise<TreeLocation[]> {
  const answer = await apiFromPage(page, 'GET', `/roll/centres/${centre}`);
  expect(answer.status).toBe(200);
  return (answer.body as { locations: TreeLocation[] }).locations;
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Navegación principal' });
}

describe('estate and people', () => {
  it('(a) HQ: national list → LIT → pavilion → wing → cell → person', async () => {
    const page = await h.freshPage();
    await logIn(page, 'hq1', PASSWORD);
    await nav(page).getByRole('link', { name: 'Establecimientos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Establecimientos' }).waitFor();
    const table = page.getByRole('table', { name: /Establecimientos \(23\)/ });
    await table.waitFor();

    // The totals are the API's.
    const roll = (await apiFromPage(page, 'GET', '/roll')).body as { centres: (RollLine & { code: string })[]; totals: RollLine };
    expect(roll.centres.length).toBe(23);
    const totals = page.getByTestId('roll-totals');
    expect(await totals.locator('th').innerText()).toBe('Total nacional');
    expect(await totals.locator('[data-column="design"]').innerText()).toBe(es.format(roll.totals.design_capacity));
    expect(await totals.locator('[data-column="onRoll"]').innerText()).toBe(es.format(roll.totals.on_roll));
    expect(await totals.locator('[data-column="pretrial"]').innerText()).toBe(es.format(roll.totals.pretrial));
    expect(await totals.locator('[data-column="occupancy"]').innerText()).toContain(
      esPercent.format(roll.totals.on_roll / roll.totals.design_capacity),
    );
    expect(await totals.locator('[data-column="pretrialShare"]').innerText()).toBe(esPercent.format(roll.totals.pretrial / roll.totals.on_roll));

    // One row per centre, with its authority and an estimated capacity marked as such.
    const lit = table.getByRole('row', { name: /^LIT / });
    const litText = await lit.innerText();
    expect(litText).toContain('Penitenciaría del Litoral');
    expect(litText).toContain('Fuerzas Armadas');
    expect(litText).toContain(es.format(roll.centres.find((c) => c.code === 'LIT')?.on_roll ?? -1));
    expect(await table.getByText('estimada').count()).toBeGreaterThan(0);

    // Sorting: by population, largest first, announced with aria-sort; again, smallest first.
    const population = table.getByRole('columnheader', { name: 'Población' });
    await population.getByRole('button').click();
    expect(await population.getAttribute('aria-sort')).toBe('descending');
    const largest = [...roll.centres].sort((a, b) => b.on_roll - a.on_roll)[0];
    expect(await table.locator('tbody tr').first().locator('th').innerText()).toBe(largest?.code);
    await population.getByRole('button').press('Enter');
    expect(await population.getAttribute('aria-sort')).toBe('ascending');
    expect(await table.getByRole('columnheader', { name: 'Código' }).getAttribute('aria-sort')).toBeNull();
    await table.getByRole('columnheader', { name: 'Código' }).getByRole('button').click();
    expect(await table.locator('tbody tr').first().locator('th').innerText()).toBe('AMB');
    await h.screenshot(page, 'national-list-es');

    // The centre: facts, authority, figures, the tree with pavilions open on their wings.
    await lit.getByRole('link', { name: /Penitenciaría del Litoral/ }).click();
    await page.getByRole('heading', { level: 1, name: /Penitenciaría del Litoral/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/centres/LIT');
    expect(await page.getByRole('region', { name: 'Autoridad de control' }).innerText()).toContain('Fuerzas Armadas');
    const figures = page.getByRole('definition').filter({ hasText: /^\d/ });
    expect(await figures.count()).toBeGreaterThan(5);
    const treeTable = page.getByRole('table', { name: /Ubicaciones de/ });
    await treeTable.waitFor();

    const locations = await tree(page, 'LIT');
    const cell = locations.find((l) => l.kind === 'cell' && l.occupancy > 0 && l.parent?.includes('-P'));
    if (!cell) throw new Error('no occupied cell in LIT');
    const wing = locations.find((l) => l.code === cell.parent) as TreeLocation;
    const pavilion = locations.find((l) => l.code === wing.parent) as TreeLocation;

    // Wings are shown, cells are not until their wing is opened.
    const pavilionRow = treeTable.getByRole('row').filter({ has: page.getByRole('link', { name: pavilion.name, exact: true }) });
    expect(await pavilionRow.getByRole('button').getAttribute('aria-expanded')).toBe('true');
    expect(await pavilionRow.innerText()).toContain('Pabellón');
    await h.screenshot(page, 'centre-tree-es');
    const cellRow = treeTable.locator(`tr[data-location="${cell.code}"]`);
    expect(await cellRow.count()).toBe(0);
    // Several wings share a name (Ala A in each pavilion): the row is found by its code.
    const wingRow = treeTable.locator(`tr[data-location="${wing.code}"]`);
    const wingToggle = wingRow.getByRole('button', { name: `Mostrar el contenido de ${wing.name}`, exact: false });
    expect(await wingToggle.getAttribute('aria-expanded')).toBe('false');
    await wingToggle.click();
    expect(await wingRow.getByRole('button').getAttribute('aria-expanded')).toBe('true');
    await cellRow.waitFor();
    expect(await cellRow.innerText()).toContain(cell.name);
    // Bands in words, not colour alone.
    expect(await treeTable.getByText('Con plazas libres').count()).toBeGreaterThan(0);
    // The opened wing and its cells, in the window.
    await wingRow.evaluate((row) => row.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -160));
    await h.screenshot(page, 'centre-cells-es', { fullPage: false });

    // Pavilion → wing → cell, each page with its breadcrumb.
    await pavilionRow.getByRole('link', { name: pavilion.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: pavilion.name }).waitFor();
    const crumbs = page.getByRole('navigation', { name: 'Ruta de navegación' });
    expect(await crumbs.innerText()).toContain('Penitenciaría del Litoral');
    await page.getByRole('table', { name: new RegExp(`^Dentro de ${pavilion.name}`) }).getByRole('link', { name: wing.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: wing.name }).waitFor();
    expect(await crumbs.getByRole('link', { name: pavilion.name, exact: true }).count()).toBe(1);
    await page.getByRole('table', { name: new RegExp(`^Dentro de ${wing.name}`) }).getByRole('link', { name: cell.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: cell.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/locations/${cell.code}`);
    expect(await crumbs.innerText()).toMatch(new RegExp(`${pavilion.name}.*${wing.name}.*${cell.name}`, 's'));

    const people = page.getByRole('table', { name: new RegExp(`^Personas en ${cell.name}`) });
    await people.waitFor();
    expect(await people.locator('tbody tr').count()).toBe(cell.occupancy);
    const first = people.locator('tbody tr').first();
    const personLink = first.getByRole('link');
    const listed = await personLink.innerText();
    const [familyNames, givenNames] = listed.split(', ');
    await personLink.click();

    // The person: identity, where they are, legal status, custody and movements.
    await page.getByRole('heading', { level: 1, name: `${givenNames} ${familyNames}` }).waitFor();
    const where = page.getByRole('region', { name: 'Ubicación actual' });
    await where.getByRole('link', { name: cell.name }).waitFor();
    expect(await where.innerText()).toContain('Penitenciaría del Litoral');
    expect(await where.innerText()).toContain('Presente');
    expect(await page.getByRole('region', { name: 'Identidad' }).innerText()).toContain(familyNames ?? '');
    expect(await page.getByRole('region', { name: 'Movimientos' }).innerText()).toContain('Ingreso');
    expect(await page.getByRole('region', { name: 'Historial de custodia' }).innerText()).toContain('Historial de situación jurídica');
    // HQ records no releases or moves within a centre: no such actions offered.
    expect(await page.getByRole('button', { name: 'Excarcelación' }).count()).toBe(0);
    expect(h.problems(page)).toEqual([]);
  });

  it('(b) a registry officer admits a person to a MAC cell, then finds them with a misspelt search', async () => {
    const page = await h.freshPage();
    await logIn(page, 'reg1', PASSWORD);
    // A cell the placement check lets a man on remand into: not for women, not for the sentenced only.
    const cell = (await tree(page, 'MAC')).find(
      (l) => l.kind === 'cell' && l.status === 'active' && l.occupancy < l.max && l.sex !== 'F' && l.regime !== 'sentenced',
    );
    if (!cell) throw new Error('no free cell in MAC');

    await nav(page).getByRole('link', { name: 'Personas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personas' }).waitFor();
    await page.getByRole('link', { name: 'Registrar ingreso' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrar ingreso' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admissions/new');
    // The officer's only centre is chosen already; the nationality defaults to Ecuador.
    await expect.poll(() => page.getByLabel(/^Centro/).inputValue(), { timeout: 10_000 }).toBe('MAC');
    expect(await page.getByLabel('Nacionalidad').inputValue()).toBe('ECU');

    // Nothing filled in: the form says which fields are missing, next to them.
    await page.getByRole('button', { name: 'Registrar ingreso' }).click();
    await page.getByRole('alert').getByText(/Revise los campos marcados/).waitFor();
    expect(await page.getByLabel(/^Nombres/).getAttribute('aria-invalid')).toBe('true');

    const admitted = new Date(Date.now() - 400 * DAY);
    // Dates and times are typed as Spanish writes them (DD/MM/AAAA HH:MM), whatever the browser's locale.
    const local = (d: Date) => {
      const [day, time] = new Date(d.getTime() - 5 * 3_600_000).toISOString().slice(0, 16).split('T') as [string, string];
      const [year, month, dayOfMonth] = day.split('-');
      return `${dayOfMonth}/${month}/${year} ${time}`;
    };
    // The system issues register numbers; a person who already has one gets it typed in.
    await page.getByText('¿La persona ya tiene número de registro?').click();
    await page.getByLabel('N.º de registro').fill('p0000105');
    await page.getByLabel('Cédula').fill('1312345678');
    await page.getByLabel(/^Nombres/).fill('José Adolfo');
    await page.getByLabel(/^Apellidos/).fill('Macías Villamar');
    await page.getByLabel('Alias').fill('Fito');
    await page.getByLabel('Fecha de nacimiento').fill('28/10/1979');
    await page.getByLabel('Sexo').selectOption('M');
    await page.getByLabel('Nombre y apellidos').fill('Mariana Villamar');
    await page.getByLabel('Parentesco').fill('Hermana');
    await page.getByLabel('Teléfono').fill('0991234567');
    await page.getByLabel('Boleta de encarcelamiento').fill('BE-2025-13801-0456');
    await page.getByLabel('Autoridad que la emite').fill('Unidad Judicial Penal de Manta');
    await page.getByLabel('Detención').fill(local(new Date(admitted.getTime() - DAY)));
    await page.getByLabel(/^Ingreso/).fill(local(admitted));
    // Preventive detention starts on the admission day unless said otherwise.
    expect(await page.getByLabel('En prisión preventiva desde').inputValue()).toBe(local(admitted).slice(0, 10));
    await page.getByLabel('Lesiones observadas al ingreso').fill('Hematoma de 3 cm en el antebrazo izquierdo.');
    await page.getByLabel('Delito').selectOption('weapons');
    await page.getByLabel('Pena máxima (años)').fill('5');
    await page.getByLabel('Riesgo').selectOption('maximum');
    await page.getByLabel('Celda (opcional)').fill(cell.code);
    await h.screenshot(page, 'admission-form-es');

    // The register number is taken: the server's refusal is shown next to it.
    await page.getByRole('button', { name: 'Registrar ingreso' }).click();
    const idError = page.locator('.field-invalid').filter({ has: page.getByLabel('N.º de registro') });
    await idError.getByText(/Ya existe la persona «P0000105»/).waitFor();
    expect(await page.getByRole('alert').first().innerText()).toContain('Ya existe la persona «P0000105»');
    await page.getByLabel('N.º de registro').scrollIntoViewIfNeeded();
    await h.screenshot(page, 'admission-refused-es', { fullPage: false });
    await page.getByLabel('N.º de registro').fill('MAC-2025-0001');
    await page.getByRole('button', { name: 'Registrar ingreso' }).click();

    // The person's file: where they are, and the pretrial clock, overdue after 400 days on a 12-month limit.
    await page.getByRole('heading', { level: 1, name: 'José Adolfo Macías Villamar' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/persons/MAC-2025-0001');
    const clock = page.getByRole('region', { name: 'Plazo de prisión preventiva' });
    await clock.waitFor();
    expect(await clock.innerText()).toContain('Plazo vencido');
    expect(await clock.innerText()).toContain('12 meses');

    // Found again by a misspelt search, as one types.
    await nav(page).getByRole('link', { name: 'Personas' }).click();
    await page.getByLabel('Buscar por nombre, alias o cédula').fill('jose macais');
    const results = page.getByRole('table', { name: /Resultados para «jose macais»/ });
    await results.waitFor();
    const row = results.getByRole('row', { name: /Macías Villamar, José Adolfo/ });
    expect(await row.innerText()).toContain('Fito');
    expect(await row.innerText()).toContain('MAC-2025-0001');
    expect(await row.innerText()).toContain('1312345678');
    expect(await row.innerText()).toContain('Prisión preventiva');
    expect(new URL(page.url()).search).toBe('?q=jose%20macais');
    await h.screenshot(page, 'search-results-es');

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'José Adolfo Macías Villamar' }).waitFor();
    await page.getByRole('region', { name: 'Plazo de prisión preventiva' }).waitFor();
    const where = page.getByRole('region', { name: 'Ubicación actual' });
    await where.getByRole('link', { name: cell.name }).waitFor();
    const custody = page.getByRole('region', { name: 'Historial de custodia' });
    expect(await custody.innerText()).toContain('BE-2025-13801-0456');
    expect(await custody.innerText()).toContain('Hematoma de 3 cm');
    expect(await custody.innerText()).toContain('Tenencia de armas');
    expect(await page.getByRole('region', { name: 'Familiares y contactos' }).innerText()).toContain('Mariana Villamar');
    // An officer may release or move within the centre, not transfer.
    expect(await page.getByRole('button', { name: 'Excarcelación' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Traslado inmediato' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Salida de traslado' }).count()).toBe(0);
    await h.screenshot(page, 'person-es');
    // The refused admission (a taken register number) is the only error the browser saw.
    expect(h.problems(page).filter((p) => !/status of 409/.test(p))).toEqual([]);
  });

  it('(c) an administrator changes a cell’s capacity with a reason, and cannot close it while occupied', async () => {
    const page = await h.freshPage();
    await logIn(page, 'admin', ADMIN_PASSWORD);
    const cell = (await tree(page, 'MAC')).find((l) => l.kind === 'cell' && l.occupancy > 0 && l.status === 'active');
    if (!cell) throw new Error('no occupied cell in MAC');

    await chooseLanguage(page, 'en');
    await page.goto(`${h.baseUrl}/locations/${cell.code}`);
    await page.getByRole('heading', { level: 1, name: cell.name }).waitFor();

    const capacity = page.getByRole('form', { name: 'Change the capacity' });
    await capacity.getByLabel('Design').fill('5');
    await capacity.getByLabel('Working').fill('6');
    await capacity.getByLabel('Maximum').fill('10');
    await capacity.getByLabel('Reason').fill('Technical inspection: bunk beds added');
    await capacity.getByRole('button', { name: 'Save the capacity' }).click();
    await page.getByRole('status').getByText(`The capacity of ${cell.name} has been changed.`).waitFor();

    const history = page.getByRole('table', { name: 'Changes, newest first' });
    const change = history.getByRole('row', { name: /bunk beds added/ });
    await change.waitFor();
    expect(await change.innerText()).toContain('5 / 6 / 10');
    expect(await change.innerText()).toContain('admin');
    const figures = page.getByRole('definition').filter({ hasText: /^10$/ });
    expect(await figures.count()).toBeGreaterThan(0);

    // Closing an occupied cell is refused, with the server's reason.
    const status = page.getByRole('form', { name: 'Close, reopen or mark damaged' });
    await status.getByRole('radio', { name: 'Close' }).check();
    await status.getByLabel('Reason').fill('Renovation of the wing');
    await status.getByRole('button', { name: 'Close the location' }).click();
    const refusal = status.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(new RegExp(`Cannot close "${cell.code}": \\d+ people are housed there\\.`));
    expect(await page.getByRole('row', { name: /Renovation of the wing/ }).count()).toBe(0);
    await h.screenshot(page, 'location-en');

    await chooseLanguage(page, 'es');
    expect(h.problems(page).filter((p) => !/status of 409/.test(p))).toEqual([]);
  });

  it('(d) a person held in Galápagos is as old as the day it is there, not on the mainland', async () => {
    const admin = await h.freshPage();
    await logIn(admin, 'admin', ADMIN_PASSWORD);
    const centre = { code: 'GPS', name: 'CRS Santa Cruz', city: 'Puerto Ayora', province: 'Galápagos', type: 'CRS', sex: 'mixed', authority: 'snai', timezone: 'Pacific/Galapagos' };
    expect((await apiFromPage(admin, 'POST', '/centres', centre)).status).toBe(201);
    const officer = { username: 'reg2', displayName: 'Rosa Gil', roles: ['officer'], caseload: { all: false, centres: ['GPS'] }, language: 'es', password: PASSWORD };
    expect((await apiFromPage(admin, 'POST', '/users', officer)).status).toBe(201);

    const page = await h.freshPage();
    await logIn(page, 'reg2', PASSWORD);
    const admission = {
      person: { id: 'GPS-2025-0001', givenNames: 'Darwin', familyNames: 'Chávez Yépez', birthDate: '1995-06-15', sex: 'M' },
      to: 'GPS',
      admittedAt: new Date(Date.now() - DAY).toISOString(),
      commitmentOrder: 'BE-2025-20101-0001',
      issuingAuthority: 'Unidad Judicial de Santa Cruz',
      offence: 'homicide',
      legalStatus: 'sentenced',
    };
    expect((await apiFromPage(page, 'POST', '/admissions', admission)).status).toBe(201);

    // 00:30 on his birthday on the mainland is still 23:30 the day before in Galápagos.
    await page.clock.setFixedTime(new Date('2025-06-15T05:30:00Z'));
    await page.goto(`${h.baseUrl}/persons/GPS-2025-0001`);
    const identity = page.getByRole('region', { name: 'Identidad' });
    await identity.waitFor();
    expect(await identity.innerText()).toContain('(29 años)');
  });
});
