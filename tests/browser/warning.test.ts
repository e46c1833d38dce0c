import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, DEMO_PEOPLE, apiFromPage, logIn, shoot, startHarness, type Harness, type ShootOptions } from './harness.ts';

/**
 * The early warning from the browser, on the demonstration estate with the test's own groups (the
 * Litoral case of 13 November 2021 with invented people): in one centre, a pavilion held by
 * T-ALFA with its leader, and three pavilions held by its rival T-BETA. The director of the centre
 * watches the centre's board; the leader is released (through the API, from the director's page,
 * which is not reloaded); a critical leadership vacuum appears on the board and in the shell's
 * notice without a reload; the director acknowledges it with a note. An officer of the centre,
 * without intelligence access, sees the alert and its severity but not the reasons, people or
 * groups. HQ reconstructs the national board as of before the release. Every screen in Spanish
 * and English at 1366 and 390 px, with no internal code shown and nothing wider than the phone.
 */

let h: Harness;
const PASSWORD = 'una-clave-de-prueba-larga';
const INTEL = 'intel.alerta';
const DIRECTOR = 'dir.alerta';
const OFFICER = 'guia.alerta';
const HQ = 'hq.alerta';

const ALFA = { code: 'T-ALFA', name: 'Los Alfa de Prueba', kind: 'gang', parent: null, aliases: [], notes: null };
const BETA = { code: 'T-BETA', name: 'Los Beta de Prueba', kind: 'gang', parent: null, aliases: [], notes: null };

interface SheetPerson {
  id: string;
  givenNames: string;
  familyNames: string;
  state: string;
}

interface PowerPavilion {
  code: string;
  name: string;
  onRoll: number;
  affiliated: number;
  dominant: { code: string } | null;
  leaders: { person: string; group: string; role: string }[];
}

/** What the journeys need to know of the data made for them. */
const data = {
  centre: '',
  centreName: '',
  pavilion: '',
  pavilionName: '',
  rivalPavilions: [] as string[],
  leader: { id: '', name: '' },
  releasedAt: '',
  alertId: '',
};

async function expectStatus(answer: Promise<{ status: number; body: unknown }>, status: number): Promise<unknown> {
  const { status: got, body } = await answer;
  expect(got, JSON.stringify(body)).toBe(status);
  return body;
}

async function powerMap(page: Page, centre: string): Promise<PowerPavilion[]> {
  return ((await expectStatus(apiFromPage(page, 'GET', `/centres/${centre}/power-map`), 200)) as { pavilions: PowerPavilion[] }).pavilions;
}

/** The people inside a pavilion, as the roll sheet lists them. */
async function peopleIn(page: Page, centre: string, pavilion: string): Promise<SheetPerson[]> {
  const sheet = (await expectStatus(apiFromPage(page, 'GET', `/roll/centres/${centre}/sheet?pavilion=${pavilion}`), 200)) as { cells: { people: SheetPerson[] }[] };
  return sheet.cells.flatMap((c) => c.people.filter((p) => p.state === 'in'));
}

async function hasOpenMembership(page: Page, person: string): Promise<boolean> {
  const answer = (await expectStatus(apiFromPage(page, 'GET', `/persons/${person}/memberships`), 200)) as { memberships: { until: string | null }[] };
  return answer.memberships.some((m) => m.until === null);
}

/** Members a group needs in a pavilion to hold it whatever memberships are there: more than half of the affiliated, at least 3. */
const needed = (p: PowerPavilion) => Math.max(3, p.affiliated + 2);

/**
 * The centre with four pavilions that have room for the test's groups to hold them; in the
 * roomiest, T-ALFA with its leader; in the other three, T-BETA, its rival.
 */
async function makeLitoralCase(page: Page): Promise<void> {
  for (const group of [ALFA, BETA]) await expectStatus(apiFromPage(page, 'POST', '/groups', group), 201);
  await expectStatus(apiFromPage(page, 'POST', '/group-relations', { groupA: ALFA.code, groupB: BETA.code, relation: 'rival', since: '2021-02-23', confidence: 'confirmed' }), 201);

  const centres = ((await expectStatus(apiFromPage(page, 'GET', '/centres'), 200)) as { centres: { code: string; name: string }[] }).centres;
  let best: { centre: { code: string; name: string }; pavilions: PowerPavilion[]; room: number } | null = null;
  for (const centre of centres) {
    const roomiest = (await powerMap(page, centre.code))
      .map((p) => ({ p, room: p.onRoll - p.affiliated - needed(p) }))
      .sort((a, b) => b.room - a.room)
      .slice(0, 4);
    if (roomiest.length < 4) continue;
    const room = Math.min(...roomiest.map((r) => r.room));
    if (!best || room > best.room) best = { centre, pavilions: roomiest.map((r) => r.p), room };
  }
  if (!best || best.room < 2) throw new Error('no centre has four pavilions with room for the test groups');
  const [held, ...rivals] = best.pavilions as [PowerPavilion, ...PowerPavilion[]];

  async function join(pavilion: PowerPavilion, group: string, leader: boolean): Promise<SheetPerson | null> {
    const free: SheetPerson[] = [];
    for (const person of await peopleIn(page, best!.centre.code, pavilion.code)) {
      if (free.length === needed(pavilion)) break;
      if (!(await hasOpenMembership(page, person.id))) free.push(person);
    }
    expect(free.length, `unaffiliated people in ${pavilion.code}`).toBe(needed(pavilion));
    for (const [i, person] of free.entries()) {
      const role = leader && i === 0 ? 'leader' : 'member';
      await expectStatus(apiFromPage(page, 'POST', `/persons/${person.id}/memberships`, { group, role, since: '2025-01-10', confidence: 'confirmed' }), 201);
    }
    return leader ? (free[0] ?? null) : null;
  }

  const leader = await join(held, ALFA.code, true);
  for (const rival of rivals) await join(rival, BETA.code, false);
  if (!leader) throw new Error('no leader');
  Object.assign(data, {
    centre: best.centre.code,
    centreName: best.centre.name,
    pavilion: held.code,
    pavilionName: held.name,
    rivalPavilions: rivals.map((r) => r.code),
    leader: { id: leader.id, name: `${leader.familyNames}, ${leader.givenNames}` },
  });
}

beforeAll(async () => {
  h = await startHarness({ demoPeople: DEMO_PEOPLE, earlyWarning: true });
  const admin = await h.freshPage();
  await logIn(admin, 'admin', ADMIN_PASSWORD);
  await expectStatus(
    apiFromPage(admin, 'POST', '/users', { username: INTEL, displayName: 'Diego Játiva', roles: ['intelligence'], caseload: { all: true, centres: [] }, language: 'es', password: PASSWORD }),
    201,
  );
  await expectStatus(
    apiFromPage(admin, 'POST', '/users', { username: HQ, displayName: 'Lucía Andrade', roles: ['hq'], caseload: { all: true, centres: [] }, language: 'es', password: PASSWORD }),
    201,
  );
  const intel = await h.freshPage();
  await logIn(intel, INTEL, PASSWORD);
  await makeLitoralCase(intel);

  // The power map (read again in the background after the writes) shows the pavilion held by T-ALFA, with its leader.
  let held: PowerPavilion | undefined;
  for (let tries = 0; tries < 30 && held?.dominant?.code !== ALFA.code; tries++) {
    if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
    held = (await powerMap(intel, data.centre)).find((p) => p.code === data.pavilion);
  }
  expect(held?.dominant?.code).toBe(ALFA.code);
  expect(held?.leaders.some((l) => l.person === data.leader.id && l.group === ALFA.code && l.role === 'leader')).toBe(true);

  // The writes above are re-evaluated off the request path: the server may take a while to answer.
  const admin2 = await h.freshPage();
  await admin2.getByLabel('Usuario', { exact: true }).waitFor({ timeout: 120_000 });
  await logIn(admin2, 'admin', ADMIN_PASSWORD);
  const centreOnly = { all: false, centres: [data.centre] };
  await expectStatus(apiFromPage(admin2, 'POST', '/users', { username: DIRECTOR, displayName: 'Rosa Cedeño', roles: ['director'], caseload: centreOnly, language: 'es', password: PASSWORD }), 201);
  await expectStatus(apiFromPage(admin2, 'POST', '/users', { username: OFFICER, displayName: 'Kevin Loor', roles: ['officer'], caseload: centreOnly, language: 'es', password: PASSWORD }), 201);
}, 400_000);

afterAll(async () => {
  await h?.close();
});

/** For `shoot`: no code in view, nothing wider than the phone. */
const checked: ShootOptions = { codes: true, fits: true };

async function logInAs(username: string): Promise<Page> {
  const page = await h.freshPage();
  await page.getByLabel('Usuario', { exact: true }).waitFor({ timeout: 120_000 });
  await logIn(page, username, PASSWORD);
  return page;
}

const tile = (page: Page, pavilion: string) => page.getByTestId('risk-map').locator(`[data-pavilion="${pavilion}"]`);
const vacuumCard = (page: Page) => page.getByTestId('centre-alerts').locator(`article[data-alert-type="leadership_vacuum"][data-location="${data.pavilion}"]`);

describe('the early warning', () => {
  it("a leader's release makes a critical vacuum appear on the director's board without reloading; the director acknowledges it", async () => {
    const page = await logInAs(DIRECTOR);
    // The start page: the centre's open alerts in a card, with the way to its board.
    const card = page.getByRole('region', { name: 'Alertas abiertas' });
    await card.locator('.figure').first().waitFor();
    await card.getByRole('link', { name: 'Ver el tablero de alertas' }).click();
    await page.getByRole('heading', { level: 1, name: `Alerta temprana de ${data.centreName}` }).waitFor();
    await page.getByText('En vivo', { exact: true }).waitFor();

    // Before: the pavilion keeps its leader; its rivals hold three pavilions, no vacuum.
    await tile(page, data.pavilion).waitFor();
    expect(await vacuumCard(page).count()).toBe(0);
    expect(await tile(page, data.pavilion).getAttribute('data-severity')).not.toBe('critical');
    await shoot(page, 'warning-centre-before-es', checked);

    // The release, recorded through the API from this very page: it is not reloaded.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const released = (await expectStatus(apiFromPage(page, 'POST', `/persons/${data.leader.id}/movements`, { type: 'release', reason: 'sentence_served' }), 201)) as { at: string };
    data.releasedAt = released.at;

    // The critical alert appears on the board, the map and in the shell's notice.
    await vacuumCard(page).waitFor({ timeout: 60_000 });
    expect(await vacuumCard(page).getAttribute('data-severity')).toBe('critical');
    expect(await vacuumCard(page).innerText()).toContain('Crítica');
    expect(await vacuumCard(page).innerText()).toContain(data.leader.name);
    await page.locator(`[data-testid="risk-map"] [data-pavilion="${data.pavilion}"][data-severity="critical"]`).waitFor();
    expect(await tile(page, data.pavilion).innerText()).toContain('Riesgo crítico');
    const notice = page.getByTestId('critical-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain(`Alerta crítica en ${data.centreName}: Vacío de liderazgo`);
    expect(await notice.getByRole('alert').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await shoot(page, 'warning-centre-after-es', checked);

    // The alert's page: reasons naming the leader, the groups, the timeline; acknowledged with a note.
    await vacuumCard(page).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `Vacío de liderazgo · ${data.pavilionName}` }).waitFor();
    data.alertId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const facts = page.getByTestId('alert-facts');
    expect(await facts.innerText()).toContain('Crítica');
    expect(await facts.innerText()).toContain('Abierta');
    expect(await page.getByTestId('alert-people').innerText()).toContain(data.leader.name);
    expect(await page.getByTestId('alert-groups').innerText()).toContain(ALFA.name);
    expect(await page.getByTestId('alert-groups').innerText()).toContain(BETA.name);
    expect(await page.getByTestId('alert-timeline').innerText()).toContain(data.leader.name);
    // The notice does not offer the page one is on.
    expect(await page.getByTestId('critical-notice').getByRole('link', { name: 'Ver la alerta' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Reconocer la alerta' }).click();
    const form = page.getByRole('form', { name: 'Reconocer la alerta' });
    // The note is required.
    await form.getByRole('button', { name: 'Reconocer' }).click();
    await form.getByText('Escriba una nota para reconocer la alerta.').first().waitFor();
    const note = 'Se refuerza la guardia del pabellón y se separa a los líderes rivales esta noche.';
    await form.getByLabel(/^Nota/).fill(note);
    await form.getByRole('button', { name: 'Reconocer' }).click();
    await page.getByText('La alerta quedó reconocida con su nota.').waitFor();
    expect(await facts.innerText()).toContain('Rosa Cedeño, el ');
    const acknowledged = page.locator('tr[data-event="acknowledged"]');
    expect(await acknowledged.innerText()).toContain('Rosa Cedeño');
    expect(await acknowledged.innerText()).toContain(note);
    await page.getByTestId('critical-notice').getByRole('button', { name: 'Cerrar el aviso' }).click();
    await shoot(page, 'warning-alert-es', checked);

    // The pavilion's risk history, from the alert's place.
    await page.getByTestId('alert-facts').getByRole('link', { name: data.pavilionName }).click();
    await page.getByRole('heading', { level: 1, name: `Historial de riesgo de ${data.pavilionName}` }).waitFor();
    await page.getByTestId('risk-stretches').locator('tr[data-severity="critical"]').waitFor();
    await shoot(page, 'warning-risk-history-es', checked);

    // The same screens in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Risk history of ${data.pavilionName}` }).waitFor();
    await page.getByTestId('risk-stretches').locator('tr[data-severity="critical"]').waitFor();
    expect(await page.getByTestId('risk-stretches').innerText()).toContain('Critical');
    await shoot(page, 'warning-risk-history-en', checked);
    await page.goto(`${h.baseUrl}/alerts/${data.alertId}`);
    await page.getByRole('heading', { level: 1, name: `Leadership vacuum · ${data.pavilionName}` }).waitFor();
    expect(await page.getByTestId('alert-facts').innerText()).toContain('Rosa Cedeño, on ');
    await shoot(page, 'warning-alert-en', checked);
    await page.goto(`${h.baseUrl}/alerts/centres/${data.centre}`);
    await page.getByRole('heading', { level: 1, name: `Early warning at ${data.centreName}` }).waitFor();
    await vacuumCard(page).waitFor();
    expect(await vacuumCard(page).innerText()).toContain('Acknowledged');
    await shoot(page, 'warning-centre-en', checked);
    expect(h.problems(page)).toEqual([]);
  }, 300_000);

  it('an officer without intelligence access sees the alert and its severity, not the reasons, people or groups', async () => {
    expect(data.alertId, 'the first journey raised the alert').not.toBe('');
    const page = await logInAs(OFFICER);
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Alertas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Alerta temprana' }).waitFor();
    await page.locator(`tr[data-centre="${data.centre}"] a`).click();
    await page.getByRole('heading', { level: 1, name: `Alerta temprana de ${data.centreName}` }).waitFor();
    await vacuumCard(page).waitFor();
    expect(await vacuumCard(page).getAttribute('data-severity')).toBe('critical');
    const text = await vacuumCard(page).innerText();
    expect(text).toContain('Crítica');
    expect(text).toContain('Motivo reservado a inteligencia');
    expect(text).not.toContain(data.leader.name);
    expect(text).not.toContain(ALFA.name);
    // Officers are not notified in the shell.
    expect(await page.getByTestId('critical-notice').count()).toBe(0);
    await shoot(page, 'warning-centre-officer-es', checked);

    await vacuumCard(page).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `Vacío de liderazgo · ${data.pavilionName}` }).waitFor();
    expect(await page.getByTestId('alert-facts').innerText()).toContain('Crítica');
    expect(await page.getByTestId('alert-reasons').innerText()).toContain('Motivo reservado a inteligencia');
    const body = await page.locator('main').innerText();
    for (const hidden of [data.leader.name, ALFA.name, BETA.name]) expect(body).not.toContain(hidden);
    expect(await page.getByTestId('alert-people').count()).toBe(0);
    expect(await page.getByTestId('alert-groups').count()).toBe(0);
    expect(await page.getByTestId('alert-timeline').count()).toBe(0);
    // Nor may an officer acknowledge or resolve it.
    expect(await page.getByRole('button', { name: 'Reconocer la alerta' }).count()).toBe(0);
    await shoot(page, 'warning-alert-officer-es', checked);
    expect(h.problems(page)).toEqual([]);
  }, 240_000);

  it('HQ sees the national board, and reconstructs it as of before the release', async () => {
    expect(data.releasedAt, 'the first journey released the leader').not.toBe('');
    const page = await logInAs(HQ);
    // The start page's card of the caseload's alerts.
    await page.getByRole('region', { name: 'Alertas abiertas' }).getByRole('link', { name: 'Ver el tablero de alertas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Alerta temprana' }).waitFor();
    const row = page.locator(`tr[data-centre="${data.centre}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-severity')).toBe('critical');
    expect(await row.innerText()).toContain('Vacío de liderazgo: 1');
    // Most severe first.
    expect(await page.locator('tr[data-centre]').first().getAttribute('data-severity')).toBe('critical');
    await page.locator('.alert-cards article').first().waitFor();
    await shoot(page, 'warning-board-es', checked);

    // What the system knew an hour before the release: no vacuum, marked as a reconstruction.
    const before = new Date(Date.parse(data.releasedAt) - 3_600_000).toISOString();
    await page.goto(`${h.baseUrl}/alerts?at=${encodeURIComponent(before)}`);
    await page.getByTestId('reconstruction').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('reconstruction').innerText()).toContain('Reconstrucción al');
    await row.waitFor({ timeout: 120_000 });
    expect(await page.locator(`article[data-alert-type="leadership_vacuum"][data-location="${data.pavilion}"]`).count()).toBe(0);
    await shoot(page, 'warning-board-reconstruction-es', checked);

    // The centre's board as of a moment ago (after the release; never the future, which is refused) shows the vacuum, reconstructed.
    await page.goto(`${h.baseUrl}/alerts/centres/${data.centre}?at=${encodeURIComponent(new Date(Date.now() - 2_000).toISOString())}`);
    await page.getByTestId('reconstruction').waitFor({ timeout: 120_000 });
    await vacuumCard(page).waitFor({ timeout: 120_000 });
    expect(await vacuumCard(page).innerText()).toContain('Reconstrucción');
    await page.getByRole('button', { name: 'Volver a ahora' }).click();
    await page.getByText('En vivo', { exact: true }).waitFor();
    expect(await page.getByTestId('reconstruction').count()).toBe(0);

    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${h.baseUrl}/alerts`);
    await page.getByRole('heading', { level: 1, name: 'Early warning' }).waitFor();
    await row.waitFor();
    expect(await row.innerText()).toContain('Leadership vacuum: 1');
    await page.locator('.alert-cards article').first().waitFor();
    await shoot(page, 'warning-board-en', checked);
    await page.goto(`${h.baseUrl}/alerts?at=${encodeURIComponent(before)}`);
    await page.getByTestId('reconstruction').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('reconstruction').innerText()).toContain('Reconstruction as of');
    await shoot(page, 'warning-board-reconstruction-en', checked);

    // Resolving an alert someone resolved meanwhile: refused (409), said in words, the alert read again.
    await page.goto(`${h.baseUrl}/alerts/${data.alertId}`);
    await page.getByRole('heading', { level: 1, name: `Leadership vacuum · ${data.pavilionName}` }).waitFor();
    await page.getByRole('button', { name: 'Resolve the alert' }).click();
    const form = page.getByRole('form', { name: 'Resolve the alert' });
    await form.getByLabel(/^Reason/).fill('The pavilion has a leader again.');
    const shown = (await expectStatus(apiFromPage(page, 'GET', `/alerts/${data.alertId}`), 200)) as { version: number };
    await expectStatus(apiFromPage(page, 'POST', `/alerts/${data.alertId}/resolve`, { version: shown.version, reason: 'Resolved from another window.' }), 200);
    await form.getByRole('button', { name: 'Resolve', exact: true }).click();
    const refusal = page.getByTestId('alert-actions').getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('already resolved');
    await page.getByTestId('alert-facts').getByText('Resolved', { exact: true }).first().waitFor();
    expect(await page.locator('tr[data-event="resolved"]').innerText()).toContain('Resolved from another window.');
    await shoot(page, 'warning-alert-resolved-en', checked);
    // The one refusal above is the only failed request.
    expect(h.problems(page).filter((p) => !p.includes('status of 409'))).toEqual([]);
  }, 420_000);
});
