import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../kernel/clock.ts';
import { ageAt, missingPeople } from './missing-people.ts';
import { type TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';
import { namedAdmissionBody } from '../register/testing.ts';
import { type CliDatabase, cliCopyOf, runCustodia } from '../../cli/testing.ts';

// Each command starts Node, the TypeScript loader and, on the embedded engine, PGlite: seconds each.
const CLI_TIMEOUT = 120_000;

interface MissingList {
  centre: string;
  at: string;
  people: { id: string; given_names: string; family_names: string; since: string; last_location: string | null; has_photo: boolean }[];
}

describe('the missing list', () => {
  const t = useSmallEstateApp();
  let seeder: TestClient;
  let director: TestClient;
  let officer: TestClient;
  const copies: CliDatabase[] = [];

  const missing = async (centre: string, client = officer) => (await t.as(client, 'GET', `/api/v1/roll/centres/${centre}/missing`)).json() as MissingList;
  const ids = async (centre: string) => (await missing(centre)).people.map((p) => p.id);
  const move = async (person: string, body: Record<string, unknown>) => {
    const response = await t.as(officer, 'POST', `/api/v1/persons/${person}/movements`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const admit = async (id: string, givenNames: string, familyNames: string, to: string) => {
    const response = await t.as(seeder, 'POST', '/api/v1/admissions', namedAdmissionBody(id, givenNames, familyNames, to));
    expect(response.statusCode, response.body).toBe(201);
  };

  /**
   * Where the command line finds this test's database. The embedded test database lives in
   * memory: the command gets a copy of it in a folder, as it stands when this is first called.
   */
  let target: string | null = null;
  const cliTarget = async (): Promise<string> => {
    if (target) return target;
    const copy = await cliCopyOf(t.db);
    copies.push(copy);
    return (target = copy.target);
  };

  /** The command line as a user runs it, in its own process. */
  const cli = async (args: string[]) => {
    return runCustodia(args, { db: await cliTarget() });
  };

  // Every test gets the fixture estate and these users; it brings its own escapes and emergencies.
  beforeEach(async () => {
    target = null;
    seeder = await t.addUser('director.nacional', ['director'], 'all');
    director = await t.addUser('director.lit', ['director'], ['LIT', 'MAC']);
    officer = await t.addUser('guia', ['officer'], ['LIT', 'MAC']);
  });
  afterAll(async () => {
    for (const copy of copies) await copy.close();
  });

  it('follows a person through escape, missing and recapture', async () => {
    expect(await ids('MAC')).toEqual([]);
    const escapedAt = new Date(Date.now() - 60_000).toISOString();
    await move('P0000003', { type: 'escape', at: escapedAt, reason: 'Fuga durante el traslado al patio' });
    const list = await missing('MAC');
    expect(list).toMatchObject({ centre: 'MAC' });
    expect(list.people).toEqual([
      {
        id: 'P0000003',
        given_names: 'Luis Alberto',
        family_names: 'Zambrano "Caimán" Pico',
        since: escapedAt,
        last_location: 'MAC-P1-A-001',
        national_id: null,
        birth_date: '1990-07-21',
        age: ageAt('1990-07-21', new Date(list.at)),
        has_photo: false,
      },
    ]);
    // The printable list shows the photograph when the register holds one.
    await t.db.raw(`insert into person_photos (person, content_type, data, recorded_at, recorded_by) values ('P0000003', 'image/png', '\\x89504e47', now(), 'prueba')`);
    expect((await missing('MAC')).people[0]?.has_photo).toBe(true);
    expect((await t.as(officer, 'GET', '/api/v1/roll?centre=MAC')).json().centres[0]).toMatchObject({ on_roll: 2, unaccounted: 1 });

    await move('P0000003', { type: 'recapture', to: 'MAC-P1-A-001', reason: 'Recapturado en Pasaje' });
    expect(await ids('MAC')).toEqual([]);
    // As it stood: missing between the escape and the recapture, not before.
    const national = { caseload: { all: true, centres: [] } };
    const during = await missingPeople(t.db.db, systemClock, national, 'MAC', new Date(Date.parse(escapedAt) + 30_000));
    expect(during.people.map((p) => p.id)).toEqual(['P0000003']);
    expect((await missingPeople(t.db.db, systemClock, national, 'MAC', new Date(Date.parse(escapedAt) - 1))).people).toEqual([]);
    expect((await t.as(officer, 'GET', '/api/v1/roll?centre=MAC')).json().centres[0]).toMatchObject({ on_roll: 2, unaccounted: 0 });
  });

  it('lists, during an emergency, the unverified inside once, and not those a movement has accounted for', async () => {
    await admit('P0400001', 'Darwin', 'Bone Quiñónez', 'LIT-P1-A-001');
    await admit('P0400002', 'Elvis', 'Cortez Mina', 'LIT-P1-A-001');
    await admit('P0400003', 'Fabián', 'Estupiñán Nazareno', 'LIT-REC');
    const declared = (await t.as(director, 'POST', '/api/v1/emergencies', { centre: 'LIT', kind: 'escape', reason: 'Boquete en el muro' })).json();
    const expected = ['P0400001', 'P0400002', 'P0400003', 'P0000001', 'P0000002'];
    expect(await ids('LIT')).toEqual(expected);

    // Taken to hospital after the declaration: accounted for by the movement.
    await move('P0400003', { type: 'hospital_out', reason: 'Herido' });
    // Escape recorded on its own during the emergency: listed once, since the escape.
    const escapedAt = new Date().toISOString();
    await move('P0400002', { type: 'escape', at: escapedAt });
    const list = await missing('LIT');
    expect(list.people.map((p) => p.id)).toEqual(['P0400001', 'P0400002', 'P0000001', 'P0000002']);
    expect(list.people.find((p) => p.id === 'P0400002')?.since).toBe(escapedAt);
    expect(list.people.find((p) => p.id === 'P0400001')?.since).toBe(declared.declaredAt);

    await t.as(officer, 'PUT', `/api/v1/emergencies/${declared.id}/people/P0000001`, { status: 'verified' });
    await t.as(officer, 'PUT', `/api/v1/emergencies/${declared.id}/people/P0000002`, { status: 'verified' });
    const escapes = (await t.as(director, 'POST', `/api/v1/emergencies/${declared.id}/escapes`)).json();
    expect(escapes).toMatchObject({ escaped: ['P0400001'], alreadyUnaccounted: ['P0400002'], skipped: ['P0400003'] });
    const [row] = await t.db.raw(`select count(*)::int as n from movements where person = 'P0400002' and type = 'escape'`);
    expect(row?.n).toBe(1);
    expect(await ids('LIT')).toEqual(['P0400001', 'P0400002']);
    expect((await t.as(officer, 'GET', '/api/v1/roll?centre=LIT')).json().centres[0]).toMatchObject({ unaccounted: 2 });
    await t.as(director, 'POST', `/api/v1/emergencies/${declared.id}/close`);
    expect(await ids('LIT')).toEqual(['P0400001', 'P0400002']);
  });

  it('prints the same list on the command line, in the JSON shape of the contract', async () => {
    await admit('P0400001', 'Darwin', 'Bone Quiñónez', 'LIT-P1-A-001');
    await admit('P0400002', 'Elvis', 'Cortez Mina', 'LIT-REC');
    for (const person of ['P0400001', 'P0400002']) await move(person, { type: 'escape', reason: 'Boquete en el muro' });
    const http = await missing('LIT');
    expect(http.people.map((p) => p.id)).toEqual(['P0400001', 'P0400002']);
    const result = await cli(['missing', '--centre', 'LIT', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout) as MissingList;
    // The contract's fields, in its order; fields may be added after them, never renamed or removed.
    expect(Object.keys(printed).slice(0, 3)).toEqual(['centre', 'at', 'people']);
    for (const person of printed.people) expect(Object.keys(person).slice(0, 5)).toEqual(['id', 'given_names', 'family_names', 'since', 'last_location']);
    expect({ centre: printed.centre, people: printed.people }).toEqual({ centre: http.centre, people: http.people });
    expect(Number.isNaN(Date.parse(printed.at))).toBe(false);

    const table = await cli(['missing', '--centre', 'LIT']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`${http.people.length} missing at LIT`);
    for (const person of http.people) expect(table.stdout).toContain(`${person.family_names}, ${person.given_names}`);
    const none = await cli(['missing', '--centre', 'MAC']);
    expect(none.stdout).toContain('Nobody is missing at MAC');
  }, CLI_TIMEOUT);

  it('answers an unknown centre with exit 1 and a missing --centre with exit 2', async () => {
    const unknown = await cli(['missing', '--centre', 'NOPE', '--json']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no centre "NOPE"');
    expect(unknown.stdout).toBe('');
    expect((await cli(['missing'])).code).toBe(2);
    expect((await t.as(officer, 'GET', '/api/v1/roll/centres/NOPE/missing')).statusCode).toBe(404);
  }, CLI_TIMEOUT);
});
