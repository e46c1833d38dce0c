import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngImage } from '../../src/modules/register/testing.ts';
import { ADMIN_PASSWORD, apiFromPage, logIn, shoot, startHarness, type Harness } from './harness.ts';

/**
 * Identification on the person's file: an officer admits someone without typing a register
 * number and sees the number the system issued, uploads a photograph (a PNG made here), records
 * the physical description and sees them on the file, with the sentence's computed release date.
 */

let h: Harness;
const PASSWORD = 'una-clave-de-prueba-larga';
const CENTRE = 'IDN';
const OFFICER = 'guia.idn';

beforeAll(async () => {
  h = await startHarness();
  const admin = await h.freshPage();
  await logIn(admin, 'admin', ADMIN_PASSWORD);
  const centre = { code: CENTRE, name: 'CPL Identificación', city: 'Guayaquil', province: 'Guayas', type: 'CPL', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' };
  expect((await apiFromPage(admin, 'POST', '/centres', centre)).status).toBe(201);
  const officer = { username: OFFICER, displayName: 'Kevin Loor', roles: ['officer'], caseload: { all: false, centres: [CENTRE] }, language: 'es', password: PASSWORD };
  expect((await apiFromPage(admin, 'POST', '/users', officer)).status).toBe(201);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('identification on the person file', () => {
  it('admits without a number, shows the issued one, and keeps a photograph and a description', { timeout: 180_000 }, async () => {
    const page = await h.freshPage();
    await logIn(page, OFFICER, PASSWORD);
    await page.goto(`${h.baseUrl}/admissions/new`);
    await page.getByRole('heading', { level: 1, name: 'Registrar ingreso' }).waitFor();
    expect(await page.getByTestId('register-number-issued').innerText()).toContain('El sistema asigna el número de registro');
    await shoot(page, 'admission-number-es', { region: 'admission-identity' });

    await page.getByLabel(/^Nombres/).fill('Wilmer Andrés');
    await page.getByLabel(/^Apellidos/).fill('Quiñónez Bone');
    await page.getByLabel(/^Sexo/).selectOption({ label: 'Hombre' });
    await page.getByLabel(/^Boleta de encarcelamiento/).fill('BE-2025-09-1234');
    await page.getByLabel(/^Autoridad que la emite/).fill('Unidad Judicial Penal de Guayaquil');
    await page.getByLabel(/^Delito/).selectOption({ label: 'Robo' });
    await page.getByLabel(/^Situación jurídica/).selectOption({ label: 'Con sentencia' });
    await page.getByLabel(/^Condena \(meses\)/).fill('30');
    await page.getByRole('button', { name: 'Registrar ingreso' }).click();

    const id = `${CENTRE}-000001`;
    await page.getByRole('heading', { level: 1, name: 'Wilmer Andrés Quiñónez Bone' }).waitFor();
    expect(page.url()).toContain(`/persons/${id}`);
    expect(await page.getByText(`Ingreso registrado con el número de registro ${id}.`).count()).toBe(1);
    // Sentenced on admission today: 30 months from today.
    expect(await page.getByRole('region', { name: 'Situación jurídica y delito' }).innerText()).toContain('Fecha de libertad calculada');

    const identification = page.getByTestId('identification');
    expect(await identification.innerText()).toContain('Sin fotografía');
    await identification.locator('input[type="file"]').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: pngImage(120, 150) });
    const photo = identification.getByRole('img', { name: 'Fotografía de Wilmer Andrés Quiñónez Bone' });
    await photo.waitFor();
    await identification.getByText('Fotografía guardada.').waitFor();
    // The browser really drew it (the app's CSP lets the photograph's address through).
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(120);

    await identification.getByRole('button', { name: 'Registrar la descripción' }).click();
    await identification.getByLabel(/^Estatura/).fill('172');
    await identification.getByLabel(/^Peso/).fill('68');
    await identification.getByLabel(/^Cabello/).fill('Negro, corto');
    await identification.getByLabel(/^Ojos/).fill('Cafés oscuros');
    await identification.getByLabel(/^Cicatrices y señas particulares/).fill('Cicatriz de 4 cm en la ceja izquierda');
    await identification.getByLabel(/^Tatuajes/).fill('Rosa y el nombre «Mayra» en el antebrazo derecho');
    await identification.getByRole('button', { name: 'Guardar la descripción' }).click();
    await identification.getByText('Descripción física guardada.').waitFor();
    const shown = await identification.innerText();
    for (const text of ['172 cm', '68 kg', 'Negro, corto', 'Cafés oscuros', 'Cicatriz de 4 cm en la ceja izquierda', 'antebrazo derecho']) expect(shown).toContain(text);
    await shoot(page, 'person-identification-es', { region: 'identification' });

    await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
    await page.getByTestId('identification').getByText('Physical description', { exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Legal status and offence' }).innerText()).toContain('Computed release date');
    await shoot(page, 'person-identification-en', { region: 'identification' });
    await page.goto(`${h.baseUrl}/admissions/new`);
    await page.getByTestId('register-number-issued').waitFor();
    await shoot(page, 'admission-number-en', { region: 'admission-identity' });
    expect(h.problems(page)).toEqual([]);
  });
});
