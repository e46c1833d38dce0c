import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, DEMO_PEOPLE, apiFromPage, logIn, SCREENSHOTS, startHarness, type Harness } from './harness.ts';

/**
 * Criminal groups and housing on the demonstration estate, with the test's own groups,
 * memberships and non-association (whatever the demonstration itself holds): a cell move
 * blocked by a non-association, refused to an officer and authorised by the director; the
 * power map of MAC; the group network drawn and clicked through to a group.
 */

let h: Harness;

const PASSWORD = 'una-clave-de-prueba-larga';
const INTEL = 'intel.nac';
const DIRECTOR = 'dir.mac';
const OFFICER = 'guia.mac';
const CENTRE = 'MAC';

const LOBOS = { code: 'T-LOBOS', name: 'Los Lobos de Prueba', kind: 'gang', parent: null, aliases: ['Lobos'], notes: null };
const CHONE = { code: 'T-CHONE', name: 'Los Choneros de Prueba', kind: 'gang', parent: null, aliases: [], notes: null };
const NORTE = { code: 'T-NORTE', name: 'Facción Norte', kind: 'faction', parent: 'T-LOBOS', aliases: [], notes: null };
const ALIADO = { code: 'T-ALIADO', name: 'Tiguerones de Prueba', kind: 'gang', parent: null, aliases: [], notes: null };

interface SheetPerson {
  id: string;
  givenNames: string;
  familyNames: string;
  state: string;
}

interface TreeLocation {
  code: string;
  kind: string;
  name: string;
}

interface SuggestedCell {
  code: string;
  occupants: number;
  maxCapacity: number | null;
}

/** What the journeys need to know of the data made for them. */
const data = {
  pavilion: '',
  pavilionName: '',
  leader: { id: '', name: '' },
  rivalMember: '',
  mover: { id: '', name: '' },
  keptApart: { id: '', name: '' },
  cell: '',
  from: '',
};

async function expectStatus(answer: Promise<{ status: number; body: unknown }>, status: number): Promise<unknown> {
  const { status: got, body } = await answer;
  expect(got, JSON.stringify(body)).toBe(status);
  return body;
}

/** The people inside a pavilion of MAC, cell by cell, as the roll sheet lists them. */
async function peopleIn(page: Page, pavilion: string): Promise<(SheetPerson & { cell: string })[]> {
  const sheet = (await expectStatus(apiFromPage(page, 'GET', `/roll/centres/${CENTRE}/sheet?pavilion=${pavilion}`), 200)) as {
    cells: { code: string; people: SheetPerson[] }[];
  };
  return sheet.cells.flatMap((c) => c.people.filter((p) => p.state === 'in').map((p) => ({ ...p, cell: c.code })));
}

async function hasOpenMembership(page: Page, person: string): Promise<boolean> {
  const answer = (await expectStatus(apiFromPage(page, 'GET', `/persons/${person}/memberships`), 200)) as { memberships: { until: string | null }[] };
  return answer.memberships.some((m) => m.until === null);
}

/**
 * Groups with a rivalry, an alliance and a faction; in one pavilion of MAC, enough members of
 * T-LOBOS (a leader among them) to dominate it whatever memberships were there already, and
 * one member of its rival T-CHONE.
 */
async function makeGroups(page: Page): Promise<void> {
  for (const group of [LOBOS, CHONE, ALIADO, NORTE]) await expectStatus(apiFromPage(page, 'POST', '/groups', group), 201);
  await expectStatus(apiFromPage(page, 'POST', '/group-relations', { groupA: LOBOS.code, groupB: CHONE.code, relation: 'rival', since: '2021-02-23', confidence: 'confirmed' }), 201);
  await expectStatus(apiFromPage(page, 'POST', '/group-relations', { groupA: LOBOS.code, groupB: ALIADO.code, relation: 'allied', since: null, confidence: 'probable' }), 201);

  const map = (await expectStatus(apiFromPage(page, 'GET', `/centres/${CENTRE}/power-map`), 200)) as {
    pavilions: { code: string; name: string; onRoll: number; affiliated: number }[];
  };
  const pavilion = [...map.pavilions].sort((a, b) => b.onRoll - 2 * b.affiliated - (a.onRoll - 2 * a.affiliated))[0];
  if (!pavilion) throw new Error('MAC has no pavilions');
  // More than half of the affiliated, and at least 3: members > (already + members + 1) / 2.
  const needed = Math.max(3, pavilion.affiliated + 2);
  const free: (SheetPerson & { cell: string })[] = [];
  for (const person of await peopleIn(page, pavilion.code)) {
    if (free.length === needed + 1) break;
    if (!(await hasOpenMembership(page, person.id))) free.push(person);
  }
  expect(free.length, `unaffiliated people in ${pavilion.code}`).toBe(needed + 1);
  const [leader, rival, ...members] = free;
  if (!leader || !rival) throw new Error('not enough people');
  await expectStatus(apiFromPage(page, 'POST', `/persons/${leader.id}/memberships`, { group: LOBOS.code, role: 'leader', since: '2022-01-10', confidence: 'confirmed' }), 201);
  for (const member of members) {
    await expectStatus(apiFromPage(page, 'POST', `/persons/${member.id}/memberships`, { group: LOBOS.code, role: 'member', since: null, confidence: 'probable' }), 201);
  }
  await expectStatus(apiFromPage(page, 'POST', `/persons/${rival.id}/memberships`, { group: CHONE.code, role: 'member', since: null, confidence: 'confirmed' }), 201);
  Object.assign(data, {
    pavilion: pavilion.code,
    pavilionName: pavilion.name,
    leader: { id: leader.id, name: `${leader.givenNames} ${leader.familyNames}` },
    rivalMember: rival.id,
  });
}

/**
 * Two people of MAC kept apart at cell level: someone (the mover) and a person in a cell the
 * placement check would otherwise let the mover into, with room to spare.
 */
async function makeNonAssociation(page: Page): Promise<void> {
  const tree = (await expectStatus(apiFromPage(page, 'GET', `/roll/centres/${CENTRE}`), 200)) as { locations: TreeLocation[] };
  const pavilions = tree.locations.filter((l) => l.kind === 'pavilion' && l.code !== data.pavilion);
  for (const pavilion of pavilions) {
    for (const mover of (await peopleIn(page, pavilion.code)).slice(0, 5)) {
      const suggested = (await expectStatus(apiFromPage(page, 'GET', `/persons/${mover.id}/suggested-cells?limit=50`), 200)) as { cells: SuggestedCell[] };
      for (const cell of suggested.cells.filter((c) => c.occupants > 0 && (c.maxCapacity ?? 0) > c.occupants)) {
        const view = (await expectStatus(apiFromPage(page, 'GET', `/roll/locations/${cell.code}`), 200)) as {
          occupants: (SheetPerson & { location: string })[];
        };
        const other = view.occupants.find((o) => o.state === 'in' && o.location === cell.code && o.id !== mover.id);
        if (!other) continue;
        await expectStatus(
          apiFromPage(page, 'POST', '/non-associations', {
            personA: mover.id,
            personB: other.id,
            roleA: 'aggressor',
            roleB: 'victim',
            reason: 'threat',
            level: 'cell',
            comment: 'Amenazó de muerte a la otra persona durante la visita del domingo.',
          }),
          201,
        );
        Object.assign(data, {
          mover: { id: mover.id, name: `${mover.givenNames} ${mover.familyNames}` },
          keptApart: { id: other.id, name: `${other.givenNames} ${other.familyNames}` },
          cell: cell.code,
          from: mover.cell,
        });
        return;
      }
    }
  }
  throw new Error('no cell found for the non-association journey');
}

beforeAll(async () => {
  h = await startHarness({ demoPeople: DEMO_PEOPLE });
  const admin = await h.freshPage();
  await logIn(admin, 'admin', ADMIN_PASSWORD);
  const users = [
    { username: INTEL, displayName: 'Diego Játiva', roles: ['intelligence'], caseload: { all: true, centres: [] } },
    { username: DIRECTOR, displayName: 'Rosa Cedeño', roles: ['director'], caseload: { all: false, centres: [CENTRE] } },
    { username: OFFICER, displayName: 'Kevin Loor', roles: ['officer'], caseload: { all: false, centres: [CENTRE] } },
  ];
  for (const user of users) await expectStatus(apiFromPage(admin, 'POST', '/users', { ...user, language: 'es', password: PASSWORD }), 201);

  const intel = await h.freshPage();
  await logIn(intel, INTEL, PASSWORD);
  await makeGroups(intel);
  const director = await h.freshPage();
  await logIn(director, DIRECTOR, PASSWORD);
  await makeNonAssociation(director);
}, 300_000);

afterAll(async () => {
  await h?.close();
});

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Navegación principal' });
}

describe('groups and housing', () => {
  it('(a) a cell move blocked by a non-association: refused to an officer, authorised by the director, listed as an override', async () => {
    const { mover, keptApart, cell } = data;
    const officer = await h.freshPage();
    await logIn(officer, OFFICER, PASSWORD);
    await officer.goto(`${h.baseUrl}/persons/${mover.id}`);
    await officer.getByRole('heading', { level: 1, name: mover.name }).waitFor();
    // The non-association is on the person's file, with each one's part.
    const record = officer.getByTestId('non-associations').locator('[data-status="open"]').filter({ hasText: keptApart.name });
    await record.waitFor();
    expect(await record.innerText()).toContain('Agresor');
    expect(await record.innerText()).toContain('Víctima');
    // Officers see neither the groups nor the memberships.
    expect(await nav(officer).getByRole('link', { name: 'Grupos delictivos' }).count()).toBe(0);
    expect(await officer.getByTestId('memberships').count()).toBe(0);

    await officer.getByRole('link', { name: 'Cambio de celda' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Cambio de celda' }).waitFor();
    expect(await officer.getByTestId('current-cell').innerText()).toContain(data.from);
    // The cell of the person to keep apart is not suggested, and the reason is counted.
    await officer.getByTestId('suggested-cells').waitFor();
    expect(await officer.getByTestId('suggested-cells').locator(`tr[data-cell="${cell}"]`).count()).toBe(0);
    await officer.getByTestId('ruled-out').locator('[data-code="PLACEMENT_NON_ASSOCIATION"]').waitFor();

    await officer.getByLabel(/^Celda de destino/).fill(cell);
    const check = officer.locator(`[data-testid="placement-check"][data-cell="${cell}"]`);
    await check.waitFor();
    const blocking = check.locator('.finding-danger [data-code="PLACEMENT_NON_ASSOCIATION"]');
    expect(await blocking.innerText()).toContain(keptApart.name);
    expect(await blocking.innerText()).toContain('un director puede autorizarlo');
    await officer.getByLabel(/^Motivo del cambio/).selectOption({ label: 'Seguridad' });
    await officer.getByLabel(/^Comentario/).fill('Reubicación por seguridad tras una pelea en el patio.');
    const submit = officer.getByRole('button', { name: 'Registrar el cambio de celda' });
    expect(await submit.isDisabled()).toBe(true);
    expect(await officer.getByTestId('blocked-note').innerText()).toContain('Solo un director del centro puede autorizarlo');
    expect(await officer.getByLabel('Autorizar pese a los motivos de bloqueo').count()).toBe(0);
    await h.screenshot(officer, 'cell-move-blocked-officer-es');
    expect(h.problems(officer)).toEqual([]);

    // The director of MAC authorises it, with a reason.
    const director = await h.freshPage();
    await logIn(director, DIRECTOR, PASSWORD);
    await director.goto(`${h.baseUrl}/persons/${mover.id}/move`);
    await director.getByRole('heading', { level: 1, name: 'Cambio de celda' }).waitFor();
    await director.getByLabel(/^Celda de destino/).fill(cell);
    await director.locator(`[data-testid="placement-check"][data-cell="${cell}"] [data-code="PLACEMENT_NON_ASSOCIATION"]`).waitFor();
    const authorise = director.getByRole('button', { name: 'Autorizar y registrar el cambio de celda' });
    expect(await authorise.isDisabled()).toBe(true);
    await director.getByLabel('Autorizar pese a los motivos de bloqueo').check();
    await director.getByLabel(/^Motivo del cambio/).selectOption({ label: 'No asociación' });
    await director.getByLabel(/^Comentario/).fill('Única celda con cama libre del ala tras el cierre del ala B.');
    await director.getByLabel(/^Motivo de la autorización/).fill('corto');
    await authorise.click();
    // Said beside the field and in the form's alert.
    await director.getByText('Explique el motivo de la autorización (al menos 10 caracteres).').first().waitFor();
    const reason = 'La víctima sale de la celda mañana por traslado; vigilancia reforzada esta noche.';
    await director.getByLabel(/^Motivo de la autorización/).fill(reason);
    await h.screenshot(director, 'cell-move-override-director-es');
    await authorise.click();

    // Back on the file: the new cell, and the move marked as an override.
    await director.getByRole('heading', { level: 1, name: mover.name }).waitFor();
    expect(new URL(director.url()).pathname).toBe(`/persons/${mover.id}`);
    await director.getByRole('status').filter({ hasText: 'Se ha registrado el cambio de celda.' }).waitFor();
    await expect.poll(() => director.getByRole('region', { name: 'Ubicación actual' }).innerText()).toContain(cell);
    const move = director.getByTestId('cell-moves').locator('[data-overridden="true"]');
    await move.waitFor();
    expect(await move.innerText()).toContain('Autorizado pese a bloqueo');
    expect(await move.innerText()).toContain(reason);
    expect(await move.innerText()).toContain(`Autorizado por ${DIRECTOR}`);
    await director.getByTestId('cell-moves').scrollIntoViewIfNeeded();
    await h.screenshot(director, 'person-after-override-es');

    // The centre's list of overrides has it; in English too.
    await director.goto(`${h.baseUrl}/centres/${CENTRE}`);
    await director.getByRole('link', { name: 'Autorizaciones pese a bloqueo' }).click();
    await director.getByRole('heading', { level: 1, name: 'Autorizaciones pese a bloqueo' }).waitFor();
    const row = director.getByTestId('overrides').locator(`tr[data-person="${mover.id}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(reason);
    expect(await row.innerText()).toContain(cell);
    expect(await row.innerText()).toContain(keptApart.name);
    await h.screenshot(director, 'overrides-es');
    await director.getByRole('button', { name: 'English' }).click();
    await director.getByRole('heading', { level: 1, name: 'Overrides' }).waitFor();
    await director.getByTestId('overrides').getByRole('columnheader', { name: 'Reason for the authorisation' }).waitFor();
    // The blocking reason, written by the server, comes again in English.
    await expect.poll(() => director.getByTestId('overrides').locator(`tr[data-person="${mover.id}"]`).innerText()).toContain('Open non-association with');
    await h.screenshot(director, 'overrides-en');
    await director.getByRole('button', { name: 'Español' }).click();
    await director.getByRole('heading', { level: 1, name: 'Autorizaciones pese a bloqueo' }).waitFor();
    expect(h.problems(director)).toEqual([]);
  }, 180_000);

  it('(b) the power map of MAC: the dominant group, its leader and its rival in the pavilion', async () => {
    const page = await h.freshPage();
    await logIn(page, DIRECTOR, PASSWORD);
    // Spanish, whatever the journey before left as this user's language.
    await expectStatus(apiFromPage(page, 'PUT', '/me/language', { language: 'es' }), 204);
    await page.goto(`${h.baseUrl}/centres/${CENTRE}`);
    await page.getByRole('link', { name: 'Mapa de poder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mapa de poder' }).waitFor();
    const pavilion = page.locator(`section[data-pavilion="${data.pavilion}"]`);
    await pavilion.waitFor();
    expect(await pavilion.getByTestId('dominant').innerText()).toBe(LOBOS.name);
    const leaders = pavilion.getByTestId('leaders');
    expect(await leaders.innerText()).toContain(data.leader.name);
    expect(await leaders.getByRole('link', { name: data.leader.name }).getAttribute('href')).toBe(`/persons/${data.leader.id}`);
    const rivals = pavilion.getByTestId('rivals');
    expect(await rivals.innerText()).toContain(`Rivales de ${LOBOS.name} en el pabellón:`);
    expect(await rivals.innerText()).toContain(CHONE.name);
    expect(await pavilion.locator(`li[data-group="${CHONE.code}"]`).innerText()).toContain('rival');
    await pavilion.scrollIntoViewIfNeeded();
    await h.screenshot(page, 'power-map-es', { fullPage: false });
    expect(h.problems(page)).toEqual([]);
  });

  it('(c) intelligence records a group, sees the network drawn and clicks through to a group', async () => {
    const page = await h.freshPage();
    await logIn(page, INTEL, PASSWORD);
    await nav(page).getByRole('link', { name: 'Grupos delictivos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grupos delictivos' }).waitFor();
    await page.getByTestId('groups-table').locator(`tr[data-group="${NORTE.code}"]`).waitFor();
    expect(await page.getByTestId('groups-table').locator(`tr[data-group="${NORTE.code}"]`).innerText()).toContain(LOBOS.name);

    // A new group through the form; then its page.
    await page.getByRole('button', { name: 'Registrar un grupo' }).click();
    await page.getByLabel(/^Código/).fill('t-sur');
    await page.getByLabel(/^Nombre/).fill('Facción Sur');
    await page.getByLabel(/^Tipo/).selectOption({ label: 'Facción' });
    await page.getByLabel(/^Grupo matriz/).selectOption(LOBOS.code);
    await page.getByRole('button', { name: 'Registrar el grupo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Facción Sur' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/groups/T-SUR');

    const graph = (await expectStatus(apiFromPage(page, 'GET', '/groups/graph'), 200)) as { nodes: unknown[]; edges: { source: string; target: string; kind: string }[] };
    expect(graph.edges).toContainEqual(expect.objectContaining({ source: 'T-SUR', target: LOBOS.code, kind: 'faction_of' }));
    await nav(page).getByRole('link', { name: 'Red de grupos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Red de grupos' }).waitFor();
    const drawing = page.getByTestId('group-graph');
    await page.locator('[data-testid="group-graph"][data-ready="true"]').waitFor();
    expect(Number(await drawing.getAttribute('data-nodes'))).toBe(graph.nodes.length);
    expect(Number(await drawing.getAttribute('data-edges'))).toBe(graph.edges.length);
    expect(graph.nodes.length).toBeGreaterThanOrEqual(5);
    expect(graph.edges.length).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId('graph-relations').locator('tbody tr').count()).toBe(graph.edges.length);
    expect(await drawing.locator('canvas').count()).toBeGreaterThan(0);
    // Only the groups entry of the menu is current on the network's own page.
    expect(await nav(page).getByRole('link', { name: 'Red de grupos' }).getAttribute('aria-current')).toBe('page');
    expect(await nav(page).getByRole('link', { name: 'Grupos delictivos' }).getAttribute('aria-current')).toBeNull();
    await h.screenshot(page, 'group-graph-es');
    await drawing.screenshot({ path: path.join(SCREENSHOTS, 'group-graph-drawing-es.png') });

    // A click on the T-LOBOS node (found where Cytoscape drew it) opens its page.
    const position = await drawing.evaluate((element, code) => {
      const registry = (element as unknown as { _cyreg: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } } })._cyreg;
      return registry.cy.getElementById(code).renderedPosition();
    }, LOBOS.code);
    const box = await drawing.boundingBox();
    if (!box) throw new Error('the drawing has no box');
    await page.mouse.click(box.x + position.x, box.y + position.y);
    await page.getByRole('heading', { level: 1, name: LOBOS.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/groups/${LOBOS.code}`);
    const relations = page.getByTestId('group-relations');
    expect(await relations.innerText()).toContain(CHONE.name);
    expect(await relations.innerText()).toContain('Rivalidad');
    const members = page.getByTestId('group-members');
    expect(await members.locator(`tr[data-person="${data.leader.id}"]`).innerText()).toContain('Cabecilla');
    await h.screenshot(page, 'group-page-es');

    // Intelligence ends the alliance with a date; it stays listed, as ended.
    await page.getByRole('button', { name: `Terminar la relación con ${ALIADO.name}` }).click();
    await page.getByRole('button', { name: 'Terminar la relación', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Se ha registrado el fin de la relación.' }).waitFor();
    await expect.poll(() => relations.locator('tr', { hasText: ALIADO.name }).innerText()).toContain('Terminó el');
    // Intelligence's caseload is national: its counts say so.
    expect(await page.getByTestId('group-counts').getAttribute('data-scope')).toBe('national');
    expect(h.problems(page)).toEqual([]);
  }, 120_000);

  it('(d) a non-association between two people of one pavilion says, once recorded, that they are together now and where', async () => {
    const page = await h.freshPage();
    await logIn(page, DIRECTOR, PASSWORD);
    await expectStatus(apiFromPage(page, 'PUT', '/me/language', { language: 'es' }), 204);
    const taken = new Set([data.mover.id, data.keptApart.id]);
    const people = (await peopleIn(page, data.pavilion)).filter((p) => !taken.has(p.id));
    const pairs = people.slice(0, 6).flatMap((a) => people.slice(0, 6).filter((b) => b.id !== a.id).map((b) => [a, b] as const));
    let pair: (typeof pairs)[number] | undefined;
    for (const [a, b] of pairs) {
      const records = (await expectStatus(apiFromPage(page, 'GET', `/persons/${a.id}/non-associations`), 200)) as { nonAssociations: { personA: string; personB: string }[] };
      if (!records.nonAssociations.some((r) => r.personA === b.id || r.personB === b.id)) {
        pair = [a, b];
        break;
      }
    }
    if (!pair) throw new Error(`no two people of ${data.pavilion} free of a non-association`);
    const [person, cellmate] = pair;

    await page.goto(`${h.baseUrl}/persons/${person.id}`);
    await page.getByRole('heading', { level: 1, name: `${person.givenNames} ${person.familyNames}` }).waitFor();
    await page.getByTestId('non-associations').getByRole('button', { name: 'Registrar una no asociación' }).click();
    const form = page.getByRole('form', { name: 'Registrar una no asociación' });
    await form.getByLabel(/^Otra persona/).fill(cellmate.id.toLowerCase());
    await form.getByLabel(/^Motivo/).selectOption({ label: 'Amenaza' });
    await form.getByLabel(/^Separar a nivel de/).selectOption({ label: 'Pabellón' });
    await form.getByLabel(/^Comentario/).fill('Discusión grave en la celda durante el recuento de la noche.');
    await form.getByRole('button', { name: 'Registrar la no asociación' }).click();

    await page.getByRole('status').filter({ hasText: 'Se ha registrado la no asociación.' }).waitFor();
    const together = page.getByTestId('together-now');
    await together.waitFor();
    expect(await together.getAttribute('data-location')).toBe(data.pavilion);
    expect(await together.innerText()).toContain('Están juntos ahora');
    expect(await together.innerText()).toContain('en el mismo pabellón');
    expect(await together.innerText()).toContain(`${data.pavilionName} (${data.pavilion})`);
    await h.screenshot(page, 'non-association-together-now-es');

    // The director's caseload is MAC alone: the group's counts are of MAC, and say so.
    await page.goto(`${h.baseUrl}/groups/${LOBOS.code}`);
    await page.getByRole('heading', { level: 1, name: LOBOS.name }).waitFor();
    expect(await page.getByTestId('group-counts').getAttribute('data-scope')).toBe('caseload');
    expect(await page.getByTestId('group-counts').innerText()).toContain('su ámbito');
    expect(h.problems(page)).toEqual([]);
  }, 120_000);
});
