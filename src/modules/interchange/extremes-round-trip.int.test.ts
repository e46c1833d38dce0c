import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../db/testing/index.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../server/testing.ts';
import { bundleToCsvTexts, exportBundle, importBundle, readBundle, writeBundle } from './index.ts';

/** Text of exactly `length` UTF-16 units (what the API's limits count), made of `unit` after `start`. */
const fill = (start: string, unit: string, length: number) => {
  let text = start;
  while (text.length + unit.length <= length) text += unit;
  return text.padEnd(length, 'x');
};

/**
 * Every value the API accepts is exportable and re-importable: each field at the extremes the
 * API's schemas accept (the earliest and latest dates, the longest texts, accents and emoji,
 * formula-like text, `;` and `\` in aliases, the largest numbers), recorded through the HTTP API,
 * exported, imported into an empty database and exported again gives the same files.
 */
describe('export and import of the extreme values the API accepts', { timeout: 120_000 }, () => {
  let t: TestApp;
  let admin: TestClient;
  let boss: TestClient;

  const ok = async (client: TestClient, url: string, body: unknown) => {
    const response = await t.as(client, 'POST', url, body);
    expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
    return response;
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.addUser('estate.admin', ['admin'], 'all');
    boss = await t.addUser('boss', ['director', 'intelligence'], 'all');
  });
  afterAll(() => t.close());

  it('gives back the same files after a round trip through an empty database', async () => {
    const now = Date.now();
    // The API takes a time up to five minutes ahead (a clock running fast).
    const soon = new Date(now + 4 * 60_000).toISOString();
    const today = new Date(now).toISOString().slice(0, 10);
    await ok(admin, '/api/v1/centres', {
      code: 'ZZ-ABCDEFGHIJKLMNOPQ',
      name: fill('=HYPERLINK("http://x.example","ver")', 'Ñ😀', 200),
      city: fill('-Pérez ', 'é', 100),
      province: fill('@Guayas ', 'ü', 100),
      type: 'CPL',
      sex: 'mixed',
      authority: 'snai',
      timezone: 'america/guayaquil',
    });
    await ok(admin, '/api/v1/centres', { code: 'GPS', name: 'Galápagos', city: 'Puerto Ayora', province: 'Galápagos', type: 'CRS', sex: 'M', authority: 'snai', timezone: 'EST5EDT' });
    const centre = 'ZZ-ABCDEFGHIJKLMNOPQ';
    const pavilion = fill(`${centre}-`, 'P', 40);
    await ok(admin, '/api/v1/locations', { code: pavilion, centre, parent: null, kind: 'pavilion', name: fill('+Pabellón ', '😀', 100), sex: 'any', regime: 'mixed', security: 'special', designCapacity: null, workingCapacity: null, maxCapacity: null });
    const cell = `${centre}-C1`;
    await ok(admin, '/api/v1/locations', { code: cell, centre, parent: pavilion, kind: 'cell', name: '\tCelda 1', sex: 'any', regime: 'mixed', security: 'medium', designCapacity: 100_000, workingCapacity: 100_000, maxCapacity: 100_000 });

    const aliases = Array.from({ length: 20 }, (_, i) => fill(['+alias;', 'a\\', '=b\\;c', "'@d"][i % 4] as string, 'ñ', 60));
    const firstPerson = fill('P', '9', 30);
    await ok(boss, '/api/v1/admissions', {
      person: {
        id: firstPerson,
        nationalId: fill('a-', 'Z', 20),
        givenNames: fill('=HYPERLINK("x")', '😀', 100),
        familyNames: fill('-Pérez ', 'Ñ', 100),
        aliases,
        birthDate: '1900-01-01',
        sex: 'F',
        nationality: 'XXK',
      },
      to: cell,
      admittedAt: '1900-01-01T00:00:00.000Z',
      commitmentOrder: fill('-', 'ñ', 100),
      issuingAuthority: fill('=', 'ñ', 200),
      offence: 'other',
      maxPenaltyYears: 100,
      legalStatus: 'pretrial',
      pretrialSince: '1900-01-01',
      risk: 'maximum',
    });
    await ok(boss, `/api/v1/persons/${firstPerson}/movements`, { type: 'court_out', at: '1900-01-01T00:00:01Z', reason: fill('-; ', 'é', 300) });
    await ok(boss, `/api/v1/persons/${firstPerson}/movements`, { type: 'court_return', to: cell, at: soon, reason: null });
    await ok(boss, '/api/v1/admissions', {
      person: { id: 'P-2', givenNames: 'Luis', familyNames: 'Vera', sex: 'M' },
      to: cell,
      admittedAt: soon,
      commitmentOrder: 'Boleta 1',
      issuingAuthority: 'Juez',
      offence: 'robbery',
      maxPenaltyYears: 0.5,
      legalStatus: 'pretrial',
      // The latest a pretrial clock can start: the day of admission (not after it, as the import checks).
      pretrialSince: today,
    });

    const group = fill('G_', 'Z', 30);
    await ok(boss, '/api/v1/groups', { code: group, name: fill('=cmd|', 'ñ', 120), kind: 'gang', parent: null, aliases: Array.from({ length: 30 }, (_, i) => fill(`-${i};\\`, '😀', 120)) });
    await ok(boss, '/api/v1/groups', { code: 'RIVAL', name: 'Rival', kind: 'gang', parent: null, aliases: [] });
    await ok(boss, '/api/v1/groups', { code: 'ALLY', name: 'Ally', kind: 'cartel', parent: group, aliases: [] });
    await ok(boss, '/api/v1/group-relations', { groupA: group, groupB: 'RIVAL', relation: 'rival', since: '1900-01-01' });
    await ok(boss, '/api/v1/group-relations', { groupA: 'RIVAL', groupB: 'ALLY', relation: 'rival', since: today });
    // A relation or membership cannot have begun in the future (the import refuses it too).
    expect((await t.as(boss, 'POST', '/api/v1/group-relations', { groupA: group, groupB: 'ALLY', relation: 'allied', since: '2199-12-31' })).statusCode).toBe(400);
    expect((await t.as(boss, 'POST', '/api/v1/persons/P-2/memberships', { group, role: 'member', since: '2199-12-31', confidence: 'possible' })).statusCode).toBe(400);
    await ok(boss, `/api/v1/persons/${firstPerson}/memberships`, { group, role: 'leader', since: '1900-01-01', confidence: 'confirmed' });
    await ok(boss, '/api/v1/persons/P-2/memberships', { group: 'RIVAL', role: 'member', since: today, confidence: 'possible' });
    await ok(boss, '/api/v1/non-associations', { personA: firstPerson, personB: 'P-2', reason: 'threat', level: 'centre', comment: fill('@comentario\n', '😀;', 2000) });

    const exported = await exportBundle(t.db.db);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'custodia-extremes-'));
    const fresh = await createTestDatabase();
    try {
      writeBundle(dir, exported);
      const parsed = readBundle(dir, { language: 'en' });
      const outcome = await importBundle(fresh.db, { actor: SYSTEM_ACTOR }, parsed.bundle, parsed, { dryRun: false, language: 'en' });
      expect(outcome.errors).toEqual([]);
      expect(bundleToCsvTexts(await exportBundle(fresh.db))).toEqual(bundleToCsvTexts(exported));
    } finally {
      await fresh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
