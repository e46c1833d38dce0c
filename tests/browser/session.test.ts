import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, chooseLanguage, logIn, startHarness, type Harness } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const SPANISH_MODULES = [
  'Inicio',
  'Establecimientos',
  'Personas',
  'Alojamiento',
  'Recuento y movimientos',
  'Inteligencia',
  'Estadísticas',
];

async function navTexts(page: Page, navName: string): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: navName });
  await nav.waitFor();
  return nav.locator('li').allInnerTexts();
}

describe('login, language and logout', () => {
  it('(a) logs in as the administrator and shows the shell in Spanish', async () => {
    const page = await h.freshPage();
    await page.goto(`${h.baseUrl}/`);
    // Not logged in: the login page, in Spanish.
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.title()).toBe('Iniciar sesión · Custodia');
    await h.screenshot(page, 'login-es');

    await logIn(page, 'admin', ADMIN_PASSWORD);

    expect(await page.getByTestId('user-display-name').innerText()).toBe('Administrador');
    expect(await page.getByTestId('user-roles').innerText()).toBe('Administrador');
    expect(await page.getByTestId('user-caseload').innerText()).toBe('Todos los centros');
    await page.getByRole('heading', { level: 1, name: 'Bienvenido/a, Administrador' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.title()).toBe('Inicio · Custodia');

    const items = await navTexts(page, 'Navegación principal');
    for (const module of SPANISH_MODULES) expect(items.some((text) => text.startsWith(module))).toBe(true);
    // Alerts are read by the centres' staff, HQ and oversight, not by the administrator.
    expect(items.some((text) => text.startsWith('Alertas'))).toBe(false);
    expect(items).toContain('Usuarios');
    expect(items).toContain('Auditoría');

    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    expect(await nav.getByRole('link', { name: 'Inicio' }).getAttribute('aria-current')).toBe('page');
    // Modules not built yet: shown as coming, disabled, and not links.
    const intelligence = nav.locator('[aria-disabled="true"]', { hasText: 'Inteligencia' });
    expect(await intelligence.innerText()).toContain('Próximamente');
    expect(await nav.getByRole('link', { name: /Inteligencia/ }).count()).toBe(0);
    expect(await nav.locator('[aria-disabled="true"]').count()).toBe(1);
    // Incident reports are not the administrator's: no entry for them.
    expect(await nav.getByRole('link', { name: 'Incidentes' }).count()).toBe(0);
    // Centres, people, housing and the roll are built: links.
    expect(await nav.getByRole('link', { name: 'Personas' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Alojamiento' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Recuento y movimientos' }).count()).toBe(1);
    await h.screenshot(page, 'shell-es');

    // The centres page: no centres yet, an empty state rather than an empty table.
    await nav.getByRole('link', { name: 'Establecimientos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Establecimientos' }).waitFor();
    await page.getByText('Todavía no se ha registrado ningún establecimiento.').waitFor();
    expect(await page.title()).toBe('Establecimientos · Custodia');

    // Nothing refused by the Content-Security-Policy, no script errors.
    expect(h.problems(page)).toEqual([]);
  });

  it('(a2) keyboard: the skip link comes first and leads to the main content', async () => {
    const page = await h.freshPage();
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await page.reload();
    await page.getByTestId('user-display-name').waitFor();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', id: document.activeElement?.id ?? '' }));
    expect((await focused()).text).toBe('Saltar al contenido principal');
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('main');
  });

  it('(b) switches to English, remembered for the user across a reload', async () => {
    const page = await h.freshPage();
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await navTexts(page, 'Navegación principal');

    expect((await chooseLanguage(page, 'en')).status()).toBe(204);

    let items = await navTexts(page, 'Main navigation');
    for (const module of ['Home', 'Centres', 'People', 'Housing', 'Roll & movements', 'Intelligence', 'Statistics']) {
      expect(items.some((text) => text.startsWith(module))).toBe(true);
    }
    expect(items).toContain('Users');
    expect(items).toContain('Audit');
    expect(items.find((text) => text.startsWith('Intelligence'))).toContain('Coming soon');
    expect(items.find((text) => text.startsWith('Housing'))).not.toContain('Coming soon');
    expect(items.find((text) => text.startsWith('People'))).not.toContain('Coming soon');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByTestId('user-roles').innerText()).toBe('Administrator');
    expect(await page.getByTestId('user-caseload').innerText()).toBe('All centres');
    await page.getByRole('heading', { level: 1, name: 'Welcome, Administrador' }).waitFor();
    expect(await page.title()).toBe('Home · Custodia');
    await h.screenshot(page, 'shell-en');

    // Forget what this browser remembers: the language must come back from the user's record.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    items = await navTexts(page, 'Main navigation');
    expect(items).toContain('Users');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Log out' }).isVisible()).toBe(true);

    // Back to Spanish for the other journeys.
    expect((await chooseLanguage(page, 'es')).status()).toBe(204);
    await navTexts(page, 'Navegación principal');
  });

  it('(c) a wrong password shows the server message and stays on the login page', async () => {
    const page = await h.freshPage();
    await page.getByLabel('Usuario', { exact: true }).fill('admin');
    await page.getByLabel('Contraseña', { exact: true }).fill('not-the-right-password');
    await page.getByRole('button', { name: 'Entrar' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^Usuario o contraseña incorrectos\./);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByRole('heading', { name: 'Iniciar sesión' }).isVisible()).toBe(true);
    expect(await page.getByTestId('user-display-name').count()).toBe(0);
    // The password field is emptied for the next try.
    expect(await page.getByLabel('Contraseña', { exact: true }).inputValue()).toBe('');

    // Chosen before login, the language applies to the form and to the server's messages.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await page.evaluate(() => window.localStorage.getItem('custodia.language'))).toBe('en');
    await page.getByLabel('Password', { exact: true }).fill('still-not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').getByText('Wrong username or password.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('(d) logs out: back on the login page, and the session is gone on the server', async () => {
    const page = await h.freshPage();
    await logIn(page, 'admin', ADMIN_PASSWORD);
    expect(await page.evaluate(async () => (await fetch('/api/v1/me')).status)).toBe(200);

    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByText('Ha cerrado la sesión.').waitFor();
    expect(await page.getByTestId('user-display-name').count()).toBe(0);
    expect(await page.evaluate(async () => (await fetch('/api/v1/me')).status)).toBe(401);

    // A page asked for without a session leads to the login page, then to that page.
    await page.goto(`${h.baseUrl}/admin/audit`);
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Auditoría' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/audit');
  });
});
