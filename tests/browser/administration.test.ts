import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, apiFromPage, logIn, startHarness, type Harness } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const CENTRE = {
  code: 'CRS-GYE-1',
  name: 'Centro de Rehabilitación Social Guayaquil N.º 1',
  city: 'Guayaquil',
  province: 'Guayas',
  type: 'CRS',
  sex: 'M',
  authority: 'snai',
};

let anaPassword = '';

describe('administration', () => {
  it('(e) an administrator creates an officer, who is shown a generated password once', async () => {
    const page = await h.freshPage();
    await logIn(page, 'admin', ADMIN_PASSWORD);
    expect((await apiFromPage(page, 'POST', '/centres', CENTRE)).status).toBe(201);
    // The start page may have read the (empty) list of centres already: read it again.
    await page.reload();
    await page.getByTestId('user-display-name').waitFor();

    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Usuarios' }).click();
    await page.getByRole('heading', { level: 1, name: 'Usuarios' }).waitFor();
    expect(await page.title()).toBe('Usuarios · Custodia');
    const table = page.getByRole('table', { name: /Usuarios/ });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(2); // header + admin

    await page.getByLabel('Nombre de usuario').fill('ana.perez');
    await page.getByLabel('Nombre y apellidos').fill('Ana Pérez');
    await page.getByRole('checkbox', { name: 'Guía penitenciario' }).check();
    // An officer is not national: not every centre, but the one centre chosen.
    expect(await page.getByRole('checkbox', { name: 'Todos los centros (ámbito nacional)' }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: /CRS-GYE-1/ }).check();
    await page.getByRole('button', { name: 'Crear usuario' }).click();

    await page.getByRole('heading', { name: 'Contraseña generada para ana.perez' }).waitFor();
    anaPassword = (await page.getByTestId('generated-password').innerText()).trim();
    expect(anaPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    await h.screenshot(page, 'users-generated-password');

    await page.getByRole('button', { name: 'Ya la he anotado' }).click();
    expect(await page.getByTestId('generated-password').count()).toBe(0);
    const ana = table.getByRole('row', { name: /ana\.perez/ });
    expect(await ana.innerText()).toContain('Ana Pérez');
    expect(await ana.innerText()).toContain('Guía penitenciario');
    expect(await ana.innerText()).toContain('CRS-GYE-1');
    expect(await ana.innerText()).toContain('Activo');
    await h.screenshot(page, 'users-admin');
  });

  it('(f) the new officer logs in, sees only their caseload, and changes the password', async () => {
    const page = await h.freshPage();
    await logIn(page, 'ana.perez', anaPassword);
    expect(await page.getByTestId('user-display-name').innerText()).toBe('Ana Pérez');
    expect(await page.getByTestId('user-roles').innerText()).toBe('Guía penitenciario');
    expect(await page.getByTestId('user-caseload').innerText()).toBe('CRS-GYE-1');
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    expect(await nav.innerText()).not.toContain('Administración');
    expect(await nav.getByRole('link', { name: 'Usuarios' }).count()).toBe(0);

    await nav.getByRole('link', { name: 'Establecimientos' }).click();
    const centres = page.getByRole('table', { name: /Establecimientos/ });
    await centres.waitFor();
    const row = centres.getByRole('row', { name: /CRS-GYE-1/ });
    expect(await row.innerText()).toContain('Centro de Rehabilitación Social Guayaquil N.º 1');
    expect(await row.innerText()).toContain('Guayaquil, Guayas');
    expect(await row.innerText()).toContain('SNAI');
    // Only the officer's centre: the totals are those of the caseload, not national.
    expect(await page.getByTestId('roll-totals').locator('th').innerText()).toBe('Total de su ámbito');
    await h.screenshot(page, 'centres-es');

    await page.goto(`${h.baseUrl}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Acceso denegado' }).waitFor();

    await page.getByRole('link', { name: 'Cambiar contraseña' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Cambiar contraseña' }).waitFor();
    await page.getByLabel('Contraseña actual').fill(anaPassword);
    await page.getByLabel('Nueva contraseña', { exact: true }).fill('una-clave-nueva-y-larga');
    await page.getByLabel('Repita la nueva contraseña').fill('una-clave-distinta-larga');
    await page.getByRole('button', { name: 'Cambiar contraseña' }).click();
    await page.getByRole('alert').getByText('La nueva contraseña y su confirmación no coinciden.').waitFor();

    await page.getByLabel('Repita la nueva contraseña').fill('una-clave-nueva-y-larga');
    await page.getByRole('button', { name: 'Cambiar contraseña' }).click();
    await page.getByRole('status').getByText('Su contraseña se ha cambiado.').waitFor();

    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    anaPassword = 'una-clave-nueva-y-larga';
    await logIn(page, 'ana.perez', anaPassword);
    expect(await page.getByTestId('user-display-name').innerText()).toBe('Ana Pérez');
  });

  it('(g) a locked account answers like a wrong password (no account can be probed); the administrator sees it locked, unlocks and deactivates it', async () => {
    const page = await h.freshPage();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.getByLabel('Usuario', { exact: true }).fill('ana.perez');
      await page.getByLabel('Contraseña', { exact: true }).fill(`wrong-password-${attempt}`);
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: 'Entrar' }).click();
      await answered;
    }
    // The answer warns that failures lock the account, but says the same for an unknown user.
    await page.getByRole('alert').getByText(/la cuenta queda bloqueada durante un tiempo/).waitFor();

    await logIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Usuarios' }).click();
    const ana = page.getByRole('table', { name: /Usuarios/ }).getByRole('row', { name: /ana\.perez/ });
    await ana.waitFor();
    expect(await ana.innerText()).toContain('Bloqueado');
    await ana.getByRole('button', { name: 'Desbloquear ana.perez' }).click();
    await page.getByRole('status').getByText('Se ha desbloqueado la cuenta ana.perez.').waitFor();
    expect(await ana.innerText()).not.toContain('Bloqueado');

    await ana.getByRole('button', { name: 'Desactivar ana.perez' }).click();
    await ana.getByRole('button', { name: 'Sí, desactivar' }).click();
    await page.getByRole('status').getByText('Se ha desactivado la cuenta ana.perez.').waitFor();
    expect(await ana.innerText()).toContain('Inactivo');
    expect(await ana.getByRole('button', { name: 'Activar ana.perez' }).isVisible()).toBe(true);
    // No one may deactivate themselves or reset their own password: only their roles and caseload on their own row.
    const self = page.getByRole('row', { name: /^admin/ });
    expect(await self.getByRole('button').allInnerTexts()).toEqual(['Roles y ámbito']);

    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByLabel('Usuario', { exact: true }).fill('ana.perez');
    await page.getByLabel('Contraseña', { exact: true }).fill(anaPassword);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('alert').getByText('La cuenta está desactivada.').waitFor();
  });

  it('(h) the audit log lists the actions newest first and its chain verifies', async () => {
    const page = await h.freshPage();
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Auditoría' }).click();
    const table = page.getByRole('table', { name: 'Registros de auditoría' });
    await table.waitFor();
    const seqs = (await table.locator('tbody tr th').allInnerTexts()).map(Number);
    expect(seqs.length).toBeGreaterThan(10);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    const text = await table.innerText();
    for (const action of ['Alta de usuario', 'Alta de establecimiento', 'Cuenta bloqueada', 'Usuario desactivado', 'Inicio de sesión']) {
      expect(text).toContain(action);
    }

    await page.getByRole('button', { name: 'Verificar cadena' }).click();
    const verdict = page.getByRole('status').filter({ hasText: 'Cadena íntegra' });
    await verdict.waitFor();
    expect(await verdict.innerText()).toMatch(/^Cadena íntegra: \d+ registros verificados\.$/);

    await page.getByLabel('Filtrar por actor').fill('ana.perez');
    await page.getByRole('button', { name: 'Filtrar', exact: true }).click();
    await page.getByRole('button', { name: 'Quitar filtros' }).waitFor();
    await expect.poll(async () => (await table.locator('tbody tr td:nth-child(3)').allInnerTexts()).every((a) => a === 'ana.perez')).toBe(true);
    await h.screenshot(page, 'audit-es');
    expect(h.problems(page)).toEqual([]);
  });

  it('(i) the administrator changes a role and resets a password; the one-time password leads straight to choosing a new one', async () => {
    const page = await h.freshPage();
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Usuarios' }).click();
    const ana = page.getByRole('table', { name: /Usuarios/ }).getByRole('row', { name: /ana\.perez/ });
    await ana.getByRole('button', { name: 'Activar ana.perez' }).click();
    await page.getByRole('status').getByText('Se ha activado la cuenta ana.perez.').waitFor();

    await ana.getByRole('button', { name: 'Roles y ámbito ana.perez' }).click();
    const access = page.getByRole('region', { name: 'Roles y ámbito de ana.perez' });
    await access.getByRole('checkbox', { name: 'Supervisor' }).check();
    await access.getByRole('button', { name: 'Revisar cambios' }).click();
    await page.getByText('de «Guía penitenciario» a «Guía penitenciario, Supervisor»').waitFor();
    await page.getByRole('button', { name: 'Confirmar cambios' }).click();
    await page.getByRole('status').getByText('Se han cambiado los roles o el ámbito de ana.perez.').waitFor();
    expect(await ana.innerText()).toContain('Guía penitenciario, Supervisor');

    await ana.getByRole('button', { name: 'Restablecer contraseña ana.perez' }).click();
    await ana.getByRole('button', { name: 'Sí, restablecer' }).click();
    await page.getByRole('heading', { name: 'Contraseña de un solo uso para ana.perez' }).waitFor();
    const oneTime = (await page.getByTestId('generated-password').innerText()).trim();
    await h.screenshot(page, 'users-reset-es');
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();

    // The old password is refused; the one-time password opens only the password page.
    await page.getByLabel('Usuario', { exact: true }).fill('ana.perez');
    await page.getByLabel('Contraseña', { exact: true }).fill(anaPassword);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('alert').getByText(/Usuario o contraseña incorrectos/).waitFor();
    await logIn(page, 'ana.perez', oneTime);
    await page.getByRole('heading', { level: 1, name: 'Cambiar contraseña' }).waitFor();
    await page.getByText('Debe cambiar su contraseña.').waitFor();
    expect(await page.getByRole('navigation', { name: 'Navegación principal' }).count()).toBe(0);
    await h.screenshot(page, 'password-forced-es');
    await page.goto(`${h.baseUrl}/centres`);
    await page.getByRole('heading', { level: 1, name: 'Cambiar contraseña' }).waitFor();

    await page.getByLabel('Contraseña de un solo uso').fill(oneTime);
    await page.getByLabel('Nueva contraseña', { exact: true }).fill('otra-clave-bien-larga');
    await page.getByLabel('Repita la nueva contraseña').fill('otra-clave-bien-larga');
    await page.getByRole('button', { name: 'Cambiar contraseña' }).click();
    await page.getByRole('status').getByText('Su contraseña se ha cambiado.').waitFor();
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Establecimientos' }).click();
    await page.getByRole('table', { name: /Establecimientos/ }).waitFor();
    expect(h.problems(page)).toEqual([]);
  });
});
