import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admissionBody, personBody } from '../../src/modules/register/testing.ts';
import { ADMIN_PASSWORD, apiFromPage, logIn, shoot, startHarness, type Harness } from './harness.ts';

/**
 * Movements from the browser: an officer takes a person to court from their page and brings them
 * back from the centre's list of people out; a supervisor sends a person on a transfer, and the
 * receiving centre's officer receives them from its arrivals list into a cell, checked.
 */

let h: Harness;
const PASSWORD = 'una-clave-de-prueba-larga';
const COURT_PERSON = 'MVA-000001';
const TRANSFER_PERSON = 'MVA-000002';
const RELEASED_PERSON = 'MVA-000003';

/** A centre with one pavilion, one wing and two cells for men. */
async function addCentre(admin: Page, code: string, name: string) {
  const centre = { code, name, city: 'Guayaquil', province: 'Guayas', type: 'CPL', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' };
  expect((await apiFromPage(admin, 'POST', '/centres', centre)).status).toBe(201);
  const place = (suffix: string, parent: string | null, kind: string, label: string, beds: number | null) => ({
    code: `${code}-${suffix}`,
    centre: code,
    parent,
    kind,
    name: label,
    sex: 'M',
    designCapacity: beds,
    workingCapacity: beds,
    maxCapacity: beds,
  });
  for (const location of [
    place('P1', null, 'pavilion', 'Pabellón 1', null),
    place('P1-A', `${code}-P1`, 'wing', 'Ala A', null),
    place('P1-A-001', `${code}-P1-A`, 'cell', 'Celda 001', 2),
    place('P1-A-002', `${code}-P1-A`, 'cell', 'Celda 002', 2),
  ]) {
    const added = await apiFromPage(admin, 'POST', '/locations', location);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
  }
}

beforeAll(async () => {
  h = await startHarness();
  const admin = await h.freshPage();
  await logIn(admin, 'admin', ADMIN_PASSWORD);
  await addCentre(admin, 'MVA', 'CPL Movimientos A');
  await addCentre(admin, 'MVB', 'CPL Movimientos B');
  const users = [
    { username: 'guia.mva', displayName: 'Kevin Loor', roles: ['officer'], caseload: { all: false, centres: ['MVA'] } },
    { username: 'guia.mvb', displayName: 'Diana Vera', roles: ['officer'], caseload: { all: false, centres: ['MVB'] } },
    { username: 'sup.sur', displayName: 'Jorge Plúas', roles: ['supervisor'], caseload: { all: false, centres: ['MVA', 'MVB'] } },
  ];
  for (const user of users) expect((await apiFromPage(admin, 'POST', '/users', { ...user, language: 'es', password: PASSWORD })).status).toBe(201);
  const supervisor = await h.freshPage();
  await logIn(supervisor, 'sup.sur', PASSWORD);
  for (const [id, family, cell] of [
    [COURT_PERSON, 'Cedeño Alava', 'MVA-P1-A-001'],
    [TRANSFER_PERSON, 'Tenorio Quiñónez', 'MVA-P1-A-001'],
    [RELEASED_PERSON, 'Bravo Mendoza', 'MVA-P1-A-002'],
  ] as const) {
    const admitted = await apiFromPage(supervisor, 'POST', '/admissions', admissionBody(personBody(id, { givenNames: 'Segundo', familyNames: family }), cell));
    expect(admitted.status, JSON.stringify(admitted.body)).toBe(201);
  }
}, 300_000);

afterAll(async () => {
  await h?.close();
});

async function switchToEnglish(page: Page) {
  await page.getByRole('button', { name: 'English' }).click();
}

describe('movements of a person', () => {
  it('takes a person to court from their page and brings them back from the list of people out', async () => {
    const page = await h.freshPage();
    await logIn(page, 'guia.mva', PASSWORD);
    await page.goto(`${h.baseUrl}/persons/${COURT_PERSON}`);
    const panel = page.getByTestId('movement-panel');
    // Inside: no return is offered, and a death is its own action, never a reason for release.
    expect(await panel.getByRole('button', { name: 'Regreso de audiencia' }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Excarcelación' }).click();
    const releaseReasons = await panel.getByLabel(/^Motivo de la excarcelación/).locator('option').allInnerTexts();
    expect(releaseReasons).not.toContain('Fallecimiento');
    await panel.getByRole('button', { name: 'Salida a audiencia' }).click();
    const form = page.getByRole('form', { name: 'Salida a audiencia' });
    await form.getByLabel(/^Motivo/).fill('Audiencia preparatoria de juicio');
    await shoot(page, 'movement-court-out-es', { focus: form });
    await form.getByRole('button', { name: 'Registrar la salida a audiencia' }).click();
    await page.getByText('Se ha registrado la salida a audiencia.').waitFor();
    // The whereabouts follow at once, and the panel now offers the return.
    await page.getByRole('region', { name: 'Ubicación actual' }).getByText('En audiencia').waitFor();
    await panel.getByRole('button', { name: 'Regreso de audiencia' }).waitFor();

    await page.goto(`${h.baseUrl}/roll/out?centre=MVA`);
    const list = page.getByTestId('out-list');
    const row = list.locator(`tr[data-person="${COURT_PERSON}"]`);
    expect(await row.innerText()).toContain('En audiencia');
    await shoot(page, 'out-list-es');
    await row.getByRole('button', { name: 'Registrar el regreso de Cedeño Alava, Segundo' }).click();
    await page.getByText('Cedeño Alava, Segundo está de vuelta en el centro.').waitFor();
    await page.getByText('Nadie está fuera del centro ahora.').waitFor();

    await page.goto(`${h.baseUrl}/persons/${COURT_PERSON}`);
    await page.getByRole('region', { name: 'Ubicación actual' }).getByText('Presente').waitFor();

    // To hospital and back from the person's own page, the cell left blank (back to their cell).
    await panel.getByRole('button', { name: 'Salida a hospital' }).click();
    const out = page.getByRole('form', { name: 'Salida a hospital' });
    await out.getByLabel(/^Motivo/).fill('Control médico');
    await out.getByRole('button', { name: 'Registrar la salida a hospital' }).click();
    await page.getByText('Se ha registrado la salida a hospital.').waitFor();
    await panel.getByRole('button', { name: 'Regreso del hospital' }).click();
    const back = page.getByRole('form', { name: 'Regreso del hospital' });
    await back.getByRole('button', { name: 'Registrar el regreso' }).click();
    await page.getByText('Se ha registrado el regreso del hospital.').waitFor();
    await page.getByRole('region', { name: 'Ubicación actual' }).getByText('Presente').waitFor();
    expect(h.problems(page)).toEqual([]);
  }, 120_000);

  it('releases a person from their page without asking for a classification they no longer have', async () => {
    const page = await h.freshPage();
    await logIn(page, 'sup.sur', PASSWORD);
    await page.goto(`${h.baseUrl}/persons/${RELEASED_PERSON}`);
    // The classification is on screen (its query live) when the release is recorded.
    await page.getByTestId('classification').waitFor();
    const panel = page.getByTestId('movement-panel');
    await panel.getByRole('button', { name: 'Excarcelación' }).click();
    await panel.getByLabel(/^Motivo de la excarcelación/).selectOption({ label: 'Cumplimiento de la pena' });
    await panel.getByRole('button', { name: 'Registrar la excarcelación' }).click();
    await page.getByText('Se ha registrado la excarcelación.').waitFor();
    await expect.poll(() => page.getByTestId('classification').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(h.problems(page)).toEqual([]);
  }, 120_000);

  it('sends a person on a transfer and receives them at the other centre from its arrivals list', async () => {
    const page = await h.freshPage();
    await logIn(page, 'sup.sur', PASSWORD);
    await page.goto(`${h.baseUrl}/persons/${TRANSFER_PERSON}`);
    const panel = page.getByTestId('movement-panel');
    await panel.getByRole('button', { name: 'Salida de traslado' }).click();
    const form = page.getByRole('form', { name: 'Salida de traslado' });
    await form.getByLabel(/^Centro o celda de destino/).fill('MVB');
    await form.getByLabel(/^Motivo/).fill('Hacinamiento');
    await form.getByRole('button', { name: 'Registrar la salida' }).click();
    await page.getByText(/Se ha registrado la salida de traslado/).waitFor();
    await page.getByRole('region', { name: 'Ubicación actual' }).getByText('En traslado').waitFor();

    const receiver = await h.freshPage();
    await logIn(receiver, 'guia.mvb', PASSWORD);
    await receiver.goto(`${h.baseUrl}/roll/arrivals?centre=MVB`);
    const row = receiver.getByTestId('arrivals-list').locator(`tr[data-person="${TRANSFER_PERSON}"]`);
    expect(await row.innerText()).toContain('CPL Movimientos A');
    await row.getByRole('button', { name: 'Recibir a Tenorio Quiñónez, Segundo' }).click();
    const arrival = receiver.getByRole('form', { name: 'Llegada de Tenorio Quiñónez, Segundo' });
    await arrival.getByLabel(/^Celda de ingreso/).fill('MVB-P1-A-002');
    // The receiving officer sees the placement check of the cell before receiving him.
    await receiver.getByTestId('placement-check').waitFor();
    expect(await receiver.getByTestId('placement-check').getAttribute('data-allowed')).toBe('true');
    await shoot(receiver, 'arrivals-es', { focus: arrival });
    await arrival.getByRole('button', { name: 'Registrar la llegada' }).click();
    await receiver.getByText('Se ha registrado la llegada de Tenorio Quiñónez, Segundo.').waitFor();
    await receiver.getByText('Nadie está en tránsito hacia este centro.').waitFor();

    await receiver.goto(`${h.baseUrl}/persons/${TRANSFER_PERSON}`);
    const where = receiver.getByRole('region', { name: 'Ubicación actual' });
    await where.getByText('Presente').waitFor();
    expect(await where.innerText()).toContain('MVB-P1-A-002');
    expect(h.problems(receiver)).toEqual([]);
  }, 120_000);

  it('shows the panel and the lists in English', async () => {
    const page = await h.freshPage();
    await logIn(page, 'sup.sur', PASSWORD);
    await switchToEnglish(page);
    await page.goto(`${h.baseUrl}/persons/${COURT_PERSON}`);
    const panel = page.getByTestId('movement-panel');
    await panel.getByRole('button', { name: 'Death' }).click();
    await page.getByText(/an entry opens in the deaths register/).waitFor();
    await shoot(page, 'movement-death-en', { focus: panel });
    await page.goto(`${h.baseUrl}/roll/out?centre=MVA`);
    await page.getByText('No one is out of the centre now.').waitFor();
    await shoot(page, 'out-list-en');
    await page.goto(`${h.baseUrl}/roll/arrivals?centre=MVB`);
    await page.getByText('No one is en route to this centre.').waitFor();
    await shoot(page, 'arrivals-en');
  }, 120_000);
});
