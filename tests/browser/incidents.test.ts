import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admissionBody, personBody } from '../../src/modules/register/testing.ts';
import { ADMIN_PASSWORD, apiFromPage, logIn, startHarness, visibleCodes, type Harness } from './harness.ts';

/**
 * Incident reports from the browser, in Spanish and in English: an officer reports a fight with
 * two people involved, one of them injured, and sends it; a supervisor returns it for correction
 * with a comment (and is offered no closing); the officer corrects it and resubmits; the
 * director closes it. No screen shows an internal code.
 */

let h: Harness;
const PASSWORD = 'una-clave-de-prueba-larga';
const CENTRE = 'INC';

const WORDS = {
  es: {
    nav: 'Incidentes',
    newReport: 'Nuevo parte',
    location: /^Ubicación/,
    cell: 'Celda 001 (INC-P1-A-001)',
    type: /^Tipo de incidente/,
    fight: 'Riña',
    severity: /^Gravedad/,
    high: 'Alta',
    description: /^Qué ocurrió/,
    saveDraft: 'Guardar borrador',
    created: /Se abrió el parte/,
    addPerson: 'Añadir una persona',
    search: /^Buscar a la persona/,
    searchSubmit: 'Buscar',
    choose: (name: string) => `Elegir a ${name}`,
    role: /^Papel en el incidente/,
    injury: 'Lesión',
    injuryOf: (name: string, role: string) => `Lesión de ${name} (${role})`,
    minor: 'Leve',
    save: 'Guardar',
    perpetrator: 'Autor',
    victim: 'Víctima',
    serious: 'Grave',
    addToReport: 'Añadir al parte',
    casualties: 'Fallecidos: 0 · heridos: 2',
    submit: 'Enviar para revisión',
    submitted: 'El parte se envió para revisión.',
    toReview: 'Por revisar',
    myDrafts: 'Mis borradores',
    returnIt: 'Devolver para corrección',
    close: 'Cerrar el parte',
    comment: /^Comentario/,
    confirmReturn: 'Confirmar: Devolver para corrección',
    returned: 'El parte se devolvió para corrección.',
    correct: 'Corregir el primer parte',
    saveCorrection: 'Guardar la corrección',
    saved: 'Se guardaron los cambios del parte.',
    resubmit: 'Reenviar corregido',
    resubmitted: 'El parte corregido se reenvió.',
    closed: 'El parte quedó cerrado.',
    statusClosed: 'Cerrado',
  },
  en: {
    nav: 'Incidents',
    newReport: 'New report',
    location: /^Location/,
    cell: 'Celda 001 (INC-P1-A-001)',
    type: /^Type of incident/,
    fight: 'Fight',
    severity: /^Severity/,
    high: 'High',
    description: /^What happened/,
    saveDraft: 'Save draft',
    created: /The report .* was opened/,
    addPerson: 'Add a person',
    search: /^Find the person/,
    searchSubmit: 'Search',
    choose: (name: string) => `Choose ${name}`,
    role: /^Role in the incident/,
    injury: 'Injury',
    injuryOf: (name: string, role: string) => `Injury of ${name} (${role})`,
    minor: 'Minor',
    save: 'Save',
    perpetrator: 'Perpetrator',
    victim: 'Victim',
    serious: 'Serious',
    addToReport: 'Add to the report',
    casualties: 'Dead: 0 · injured: 2',
    submit: 'Submit for review',
    submitted: 'The report was submitted for review.',
    toReview: 'To review',
    myDrafts: 'My drafts',
    returnIt: 'Return for correction',
    close: 'Close the report',
    comment: /^Comment/,
    confirmReturn: 'Confirm: Return for correction',
    returned: 'The report was returned for correction.',
    correct: 'Correct the first report',
    saveCorrection: 'Save the correction',
    saved: 'The changes to the report were saved.',
    resubmit: 'Resubmit corrected',
    resubmitted: 'The corrected report was resubmitted.',
    closed: 'The report is closed.',
    statusClosed: 'Closed',
  },
} as const;
type Language = keyof typeof WORDS;

/** Two people in custody for each language's journey: [register number, family names]. */
const PEOPLE: Record<Language, [string, string][]> = {
  es: [
    ['INC-000001', 'Cedeño Alava'],
    ['INC-000002', 'Tenorio Quiñónez'],
  ],
  en: [
    ['INC-000003', 'Mendoza Vera'],
    ['INC-000004', 'Zambrano Loor'],
  ],
};

/** The person who dies in a homicide, whose death is recorded from its report. */
const DIED: [string, string] = ['INC-000005', 'Quiñónez Bone'];

beforeAll(async () => {
  h = await startHarness();
  const admin = await h.freshPage();
  await logIn(admin, 'admin', ADMIN_PASSWORD);
  const centre = { code: CENTRE, name: 'CPL Incidentes', city: 'Guayaquil', province: 'Guayas', type: 'CPL', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' };
  expect((await apiFromPage(admin, 'POST', '/centres', centre)).status).toBe(201);
  const place = (suffix: string, parent: string | null, kind: string, name: string, beds: number | null) => ({
    code: `${CENTRE}-${suffix}`,
    centre: CENTRE,
    parent: parent && `${CENTRE}-${parent}`,
    kind,
    name,
    sex: 'M',
    designCapacity: beds,
    workingCapacity: beds,
    maxCapacity: beds,
  });
  for (const location of [place('P1', null, 'pavilion', 'Pabellón 1', null), place('P1-A', 'P1', 'wing', 'Ala A', null), place('P1-A-001', 'P1-A', 'cell', 'Celda 001', 5)]) {
    const added = await apiFromPage(admin, 'POST', '/locations', location);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
  }
  for (const language of ['es', 'en'] as const) {
    const users = [
      { username: `guia.${language}`, displayName: `Guía ${language}`, roles: ['officer'] },
      { username: `sup.${language}`, displayName: `Supervisor ${language}`, roles: ['supervisor'] },
      { username: `dir.${language}`, displayName: `Director ${language}`, roles: ['director'] },
    ];
    for (const user of users) {
      const created = await apiFromPage(admin, 'POST', '/users', { ...user, caseload: { all: false, centres: [CENTRE] }, language, password: PASSWORD });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
  }
  const supervisor = await h.freshPage();
  await logIn(supervisor, 'sup.es', PASSWORD);
  for (const [id, family] of [...PEOPLE.es, ...PEOPLE.en, DIED]) {
    const admitted = await apiFromPage(supervisor, 'POST', '/admissions', admissionBody(personBody(id, { givenNames: 'Segundo', familyNames: family }), `${CENTRE}-P1-A-001`));
    expect(admitted.status, JSON.stringify(admitted.body)).toBe(201);
  }
}, 300_000);

afterAll(async () => {
  await h?.close();
});

async function logInAs(username: string): Promise<Page> {
  const page = await h.freshPage();
  await page.getByLabel('Usuario', { exact: true }).waitFor({ timeout: 90_000 });
  await logIn(page, username, PASSWORD);
  return page;
}

/** No internal code shown, and no horizontal scrolling at a phone's width; screenshots at 1366 and 390 px. */
async function check(page: Page, name: string) {
  expect(await visibleCodes(page), name).toEqual([]);
  await h.screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await h.screenshot(page, `${name}-390`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1366, height: 860 });
}

async function journey(language: Language) {
  const w = WORDS[language];
  const [first, second] = PEOPLE[language] as [[string, string], [string, string]];

  // The officer opens a first report from the list and keeps it as a draft.
  const officer = await logInAs(`guia.${language}`);
  await officer.getByRole('navigation').getByRole('link', { name: w.nav }).click();
  await officer.getByRole('link', { name: w.newReport }).click();
  const form = officer.getByRole('form');
  await form.getByLabel(w.location).locator(`option:has-text("${w.cell}")`).waitFor({ state: 'attached' });
  await form.getByLabel(w.location).selectOption({ label: w.cell });
  await form.getByLabel(w.type).selectOption({ label: w.fight });
  await form.getByLabel(w.severity).selectOption({ label: w.high });
  await form.getByLabel(w.description).fill('Riña en la celda 001 durante el desayuno; dos internos con golpes.');
  await check(officer, `incident-new-${language}`);
  await form.getByRole('button', { name: w.saveDraft }).click();
  await officer.getByText(w.created).waitFor();
  const id = decodeURIComponent(new URL(officer.url()).pathname.split('/').pop() ?? '');
  expect(id).toMatch(/^INC-/);

  // Two people involved, one of them seriously injured, found by name.
  await officer.getByRole('button', { name: w.addPerson }).click();
  for (const [[register, family], role, injury] of [
    [first, w.perpetrator, null],
    [second, w.victim, w.serious],
  ] as const) {
    await officer.getByRole('searchbox', { name: w.search }).fill(family);
    await officer.getByRole('button', { name: w.searchSubmit, exact: true }).click();
    await officer.getByRole('button', { name: w.choose(`${family}, Segundo`) }).click();
    await officer.getByLabel(w.role).selectOption({ label: role });
    if (injury) await officer.getByLabel(w.injury, { exact: true }).selectOption({ label: injury });
    await officer.getByRole('button', { name: w.addToReport }).click();
    await officer.getByTestId('incident-people').locator(`tr[data-person="${register}"]`).waitFor();
  }
  // An injury found later: the perpetrator's is changed in the list; casualties are counted from the people.
  const people = officer.getByTestId('incident-people');
  await people.getByLabel(w.injuryOf(`${first[1]}, Segundo`, w.perpetrator)).selectOption({ label: w.minor });
  await people.getByRole('button', { name: w.save, exact: true }).click();
  await officer.getByTestId('incident-facts').getByText(w.casualties).waitFor();
  await officer.getByTestId('incident-workflow').getByRole('button', { name: w.submit }).click();
  await officer.getByText(w.submitted).waitFor();
  expect(h.problems(officer)).toEqual([]);

  // The supervisor finds it to review, may return it but not close it, and returns it with a comment.
  const supervisor = await logInAs(`sup.${language}`);
  await supervisor.goto(`${h.baseUrl}/incidents`);
  await supervisor.getByRole('link', { name: w.toReview, exact: true }).click();
  const row = supervisor.getByTestId('incident-table').locator(`tr[data-incident="${id}"]`);
  await row.waitFor();
  await check(supervisor, `incident-list-${language}`);
  await row.getByRole('link', { name: id }).click();
  const workflow = supervisor.getByTestId('incident-workflow');
  await workflow.getByRole('button', { name: w.returnIt }).waitFor();
  expect(await workflow.getByRole('button', { name: w.close }).count()).toBe(0);
  await workflow.getByRole('button', { name: w.returnIt }).click();
  await workflow.getByLabel(w.comment).fill('Falta la hora de fin y el nombre del guía que intervino.');
  await workflow.getByRole('button', { name: w.confirmReturn }).click();
  await supervisor.getByText(w.returned).waitFor();
  await supervisor.getByTestId('incident-history').getByText('Falta la hora de fin').waitFor();
  expect(h.problems(supervisor)).toEqual([]);

  // The officer corrects the first report and resubmits it (one session at a time in this browser).
  // A report returned for correction waits among the officer's drafts.
  const again = await logInAs(`guia.${language}`);
  await again.goto(`${h.baseUrl}/incidents`);
  await again.getByRole('link', { name: w.myDrafts, exact: true }).click();
  await again.getByTestId('incident-table').locator(`tr[data-incident="${id}"]`).getByRole('link', { name: id }).click();
  await again.getByRole('button', { name: w.correct }).click();
  await again.getByLabel(w.description).fill('Riña en la celda 001 durante el desayuno; intervino el guía de turno.');
  await again.getByRole('button', { name: w.saveCorrection }).click();
  await again.getByText(w.saved).waitFor();
  await again.getByTestId('incident-workflow').getByRole('button', { name: w.resubmit }).click();
  await again.getByText(w.resubmitted).waitFor();
  expect(h.problems(again)).toEqual([]);

  // The director closes it.
  const director = await logInAs(`dir.${language}`);
  await director.goto(`${h.baseUrl}/incidents/${encodeURIComponent(id)}`);
  await director.getByTestId('incident-workflow').getByRole('button', { name: w.close }).click();
  await director.getByText(w.closed).waitFor();
  await director.getByTestId('incident-facts').getByText(w.statusClosed, { exact: true }).waitFor();
  expect(await director.getByTestId('incident-facts').innerText()).toContain('intervino el guía de turno');
  await check(director, `incident-report-${language}`);

  // The person's file and the cell's page list it.
  await director.goto(`${h.baseUrl}/persons/${first[0]}`);
  await director.getByTestId('incidents-of').locator(`tr[data-incident="${id}"]`).waitFor();
  await director.goto(`${h.baseUrl}/locations/${CENTRE}-P1-A-001`);
  await director.getByTestId('incidents-of').locator(`tr[data-incident="${id}"]`).waitFor();
  expect(h.problems(director)).toEqual([]);
}

describe('incident reports', () => {
  it('reports a fight, returns it for correction, resubmits and closes it (Spanish)', async () => {
    await journey('es');
  }, 300_000);

  it('does the same in English', async () => {
    await journey('en');
  }, 300_000);

  it('opens a report from an emergency, which then links to it', async () => {
    const director = await logInAs('dir.es');
    const declared = await apiFromPage(director, 'POST', '/emergencies', { centre: CENTRE, kind: 'riot', reason: 'Motín en el pabellón 1' });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    const emergency = (declared.body as { id: string }).id;
    await director.goto(`${h.baseUrl}/roll/emergency/${emergency}`);
    await director.getByRole('link', { name: 'Abrir parte de incidente' }).click();
    await director.getByText('Este parte quedará vinculado a la emergencia del centro CPL Incidentes.').waitFor();
    const form = director.getByRole('form', { name: 'Nuevo parte de incidente' });
    await form.getByLabel(/^Tipo de incidente/).selectOption({ label: 'Motín' });
    await form.getByLabel(/^Qué ocurrió/).fill('Motín en el pabellón 1 con toma del patio.');
    await form.getByRole('button', { name: 'Enviar', exact: true }).click();
    await director.getByText(/Se envió el parte .* para su revisión/).waitFor();
    await director.getByTestId('incident-facts').getByRole('link', { name: 'Ver la emergencia' }).click();
    await director.getByRole('link', { name: 'Ver parte' }).click();
    await director.getByTestId('incident-facts').getByText('Motín en el pabellón 1 con toma del patio.').waitFor();
    expect(await visibleCodes(director)).toEqual([]);

    // The report grows: a guard taken hostage and injured, a weapon used, the police called.
    const staff = director.getByTestId('incident-staff');
    await staff.getByRole('button', { name: 'Añadir un funcionario' }).click();
    await staff.getByLabel(/^Nombre y apellidos/).fill('Carlos Mera Intriago');
    await staff.getByLabel(/^Papel/).selectOption({ label: 'Rehén' });
    await staff.getByLabel('Lesión', { exact: true }).selectOption({ label: 'Leve' });
    await staff.getByLabel('Fue tomado como rehén').check();
    await staff.getByRole('button', { name: 'Añadir al parte' }).click();
    await staff.getByRole('row', { name: /Carlos Mera Intriago/ }).getByText('Sí', { exact: true }).waitFor();
    const items = director.getByTestId('incident-items');
    await items.getByRole('button', { name: 'Añadir un arma u objeto' }).click();
    await items.getByLabel(/^Objeto/).selectOption({ label: 'Arma blanca' });
    await items.getByLabel(/^Cantidad/).fill('2');
    await items.getByRole('button', { name: 'Añadir', exact: true }).click();
    await items.getByText('Arma blanca · × 2').waitFor();
    const forces = director.getByTestId('incident-forces');
    await forces.getByRole('button', { name: 'Añadir una institución' }).click();
    await forces.getByLabel(/^Institución/).selectOption({ label: 'Policía Nacional' });
    await forces.getByRole('button', { name: 'Añadir', exact: true }).click();
    await forces.getByText('Policía Nacional · Hora no registrada').waitFor();
    await director.getByTestId('incident-facts').getByText('Fallecidos: 0 · heridos: 1').waitFor();

    // Someone else adds an addendum meanwhile: this page's addendum is refused in words, and the report is read again.
    const id = decodeURIComponent(new URL(director.url()).pathname.split('/').pop() ?? '');
    const current = await apiFromPage(director, 'GET', `/incidents/${encodeURIComponent(id)}`);
    const version = (current.body as { version: number }).version;
    const other = await apiFromPage(director, 'POST', `/incidents/${encodeURIComponent(id)}/addenda`, { version, text: 'Llegó la Policía Nacional.' });
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    const addenda = director.getByTestId('incident-addenda');
    await addenda.getByLabel(/^Ampliación/).fill('Se controló el motín a las 14:00.');
    await addenda.getByRole('button', { name: 'Añadir la ampliación' }).click();
    await addenda.getByText(/Alguien modificó el parte/).waitFor();
    await addenda.getByText('Llegó la Policía Nacional.').waitFor();
    // Sent again, on the report as it is now, it is added.
    await addenda.getByRole('button', { name: 'Añadir la ampliación' }).click();
    await addenda.getByText('Se controló el motín a las 14:00.').waitFor();
    // The refused request is the only error the browser saw.
    expect(h.problems(director).filter((problem) => !/status of 409/.test(problem))).toEqual([]);
  }, 180_000);

  it('records the death of a person killed in an incident from its report, with the incident filled in', async () => {
    const director = await logInAs('dir.es');
    const opened = await apiFromPage(director, 'POST', '/incidents', {
      centre: CENTRE,
      location: `${CENTRE}-P1-A-001`,
      type: 'homicide',
      severity: 'critical',
      startedAt: new Date(Date.now() - 30 * 60_000).toISOString(),
      description: 'Un interno fue atacado en la celda 001.',
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const { id, version } = opened.body as { id: string; version: number };
    const added = await apiFromPage(director, 'POST', `/incidents/${encodeURIComponent(id)}/people`, { version, person: DIED[0], role: 'victim', injury: 'fatal' });
    expect(added.status, JSON.stringify(added.body)).toBe(200);

    // Who reported it and who did what are named, not shown by username.
    await director.goto(`${h.baseUrl}/incidents/${encodeURIComponent(id)}`);
    await director.getByTestId('incident-facts').getByText(/por Director es$/).waitFor();
    await director.getByTestId('incident-history').getByText('Director es').first().waitFor();
    expect(await director.getByTestId('incident-history').innerText()).not.toContain('dir.es');

    const name = `${DIED[1]}, Segundo`;
    const people = director.getByTestId('incident-people');
    await people.getByRole('link', { name: `Registrar el fallecimiento de ${name}` }).waitFor();
    await check(director, 'incident-death-es');
    await people.getByRole('link', { name: `Registrar el fallecimiento de ${name}` }).click();
    const incident = director.getByLabel(/^Incidente/);
    await incident.waitFor();
    expect(await incident.inputValue()).toBe(id);
    await director.getByRole('button', { name: 'Registrar el fallecimiento' }).click();
    await director.waitForURL(`**/deaths/${DIED[0]}`);

    // Back on the report, the person's death is on the register.
    await director.goto(`${h.baseUrl}/incidents/${encodeURIComponent(id)}`);
    await people.getByRole('link', { name: `Ver el registro del fallecimiento de ${name}` }).click();
    await director.waitForURL(`**/deaths/${DIED[0]}`);
    // And the entry leads back to the report it came from.
    await director.getByRole('link', { name: id, exact: true }).click();
    await director.waitForURL(`**/incidents/${encodeURIComponent(id)}`);
    const entry = await apiFromPage(director, 'GET', `/deaths/${DIED[0]}`);
    expect((entry.body as { incident: string | null }).incident).toBe(id);
    expect(h.problems(director).filter((problem) => !/status of 404/.test(problem))).toEqual([]);
  }, 180_000);
});
