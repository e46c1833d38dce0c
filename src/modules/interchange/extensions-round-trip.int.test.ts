import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { findLocations } from '../estate/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../server/testing.ts';
import { exportBundle, importBundle, readBundle, writeBundle } from './index.ts';

/** Every file of a folder, by name. */
const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));

/**
 * What the API records beyond format v1 travels with the extension columns and files: a closed
 * cell (with history in it), an estimated capacity, the admission's details, two
 * classifications, a change of legal status, a next of kin, a court case, a non-association's
 * roles and the latest dates the API takes. Exported, imported into an empty database and
 * exported again gives byte-identical folders, and the person's file reads the same.
 */
describe('export and import of what format v1 does not carry (its extensions)', { timeout: 240_000 }, () => {
  let source: TestApp;
  let target: TestApp;
  let admin: TestClient;
  let boss: TestClient;
  let reader: TestClient;

  const ok = async (client: TestClient, method: 'POST' | 'PUT', url: string, body: unknown) => {
    const response = await source.as(client, method, url, body);
    expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
    return response;
  };

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestApp(), createTestApp()]);
    admin = await source.addUser('estate.admin', ['admin'], 'all');
    boss = await source.addUser('boss', ['director', 'intelligence'], 'all');
    reader = await target.addUser('boss', ['director', 'intelligence'], 'all');
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('gives back the same folder and the same person file after a round trip through an empty database', async () => {
    await ok(admin, 'POST', '/api/v1/centres', { code: 'EST', name: 'Estimado', city: 'Quito', province: 'Pichincha', type: 'CPL', sex: 'mixed', authority: 'snai', timezone: 'America/Guayaquil', capacityEstimated: true });
    await ok(admin, 'POST', '/api/v1/centres', { code: 'MED', name: 'Medido', city: 'Loja', province: 'Loja', type: 'CRS', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' });
    await ok(admin, 'POST', '/api/v1/locations', { code: 'EST-P1', centre: 'EST', parent: null, kind: 'pavilion', name: 'Pabellón 1', sex: 'any', regime: 'mixed', security: 'medium', designCapacity: null, workingCapacity: null, maxCapacity: null });
    for (const cell of ['EST-P1-C1', 'EST-P1-C2']) {
      await ok(admin, 'POST', '/api/v1/locations', { code: cell, centre: 'EST', parent: 'EST-P1', kind: 'cell', name: cell, sex: 'any', regime: 'mixed', security: 'medium', designCapacity: 2, workingCapacity: 2, maxCapacity: 4 });
    }

    await ok(boss, 'POST', '/api/v1/admissions', {
      person: { id: 'P-100', givenNames: 'Ana', familyNames: 'Mora', sex: 'F' },
      to: 'EST-P1-C2',
      admittedAt: '2020-01-01T10:00:00Z',
      arrestedAt: '1900-01-01T00:00:00Z',
      commitmentOrder: '=Boleta 7-2019',
      issuingAuthority: 'Juez segundo, Quito',
      injuriesOnArrival: 'Hematoma "leve",\nbrazo izquierdo',
      offence: 'robbery',
      maxPenaltyYears: 7.5,
      legalStatus: 'pretrial',
      pretrialSince: '2019-12-31',
      risk: 'medium',
      nextOfKin: [{ name: 'María Mora', relationship: 'madre', phone: '+593 99 123 4567', address: null }],
    });
    await ok(boss, 'POST', '/api/v1/admissions', {
      person: { id: 'P-200', givenNames: 'Luis', familyNames: 'Vera', sex: 'M' },
      to: 'EST-P1-C1',
      admittedAt: '2021-06-01T10:00:00Z',
      commitmentOrder: 'Boleta 9',
      issuingAuthority: 'Juez',
      offence: 'homicide',
      legalStatus: 'sentenced',
      sentenceMonths: 1200,
    });
    // History in a cell that is then closed: out to court from C2, back into C1.
    await ok(boss, 'POST', '/api/v1/persons/P-100/movements', { type: 'court_out', at: '2020-02-01T08:00:00Z', reason: 'Audiencia' });
    await ok(boss, 'POST', '/api/v1/persons/P-100/movements', { type: 'court_return', to: 'EST-P1-C1', at: '2020-02-01T18:00:00Z', reason: null });
    await ok(admin, 'PUT', '/api/v1/locations/EST-P1-C2/status', { status: 'closed', reason: 'Filtraciones en el techo' });

    await ok(boss, 'PUT', '/api/v1/persons/P-100/classification', { risk: 'high', vulnerabilities: ['threatened'], reason: 'Amenazas recibidas en el patio' });
    await ok(boss, 'PUT', '/api/v1/persons/P-100/classification', { risk: 'maximum', vulnerabilities: ['informant', 'threatened', 'pregnant'], reason: '-Informante; embarazo confirmado' });
    await ok(boss, 'POST', '/api/v1/persons/P-100/legal-status', { legalStatus: 'sentenced', since: '2021-03-15', sentenceMonths: 60, note: 'Sentencia de primera instancia' });
    await ok(boss, 'POST', '/api/v1/persons/P-100/next-of-kin', { name: 'Pedro Mora', relationship: 'hermano', phone: null, address: 'Calle 5, "Los Ceibos"' });
    await ok(boss, 'POST', '/api/v1/persons/P-100/cases', {
      caseNumber: '17282-2019-00456',
      court: 'Unidad Judicial Penal',
      charges: 'Robo agravado,\ncon arma blanca',
      offence: 'robbery',
      maxPenaltyYears: 7.5,
      lawyer: 'Defensoría Pública',
      nextHearing: '2199-12-31',
    });
    await ok(boss, 'POST', '/api/v1/persons/P-100/cases', { caseNumber: '0001', charges: 'Amenazas', offence: 'other' });
    await ok(boss, 'POST', '/api/v1/non-associations', { personA: 'P-200', personB: 'P-100', reason: 'threat', level: 'centre', comment: 'Amenazó de muerte a P-100 en el patio', roleA: 'aggressor', roleB: 'victim' });

    const first = mkdtempSync(path.join(os.tmpdir(), 'custodia-extensions-'));
    const second = mkdtempSync(path.join(os.tmpdir(), 'custodia-extensions-'));
    try {
      writeBundle(first, await exportBundle(source.db.db));
      const exported = filesOf(first);
      expect(exported['centres.csv']).toContain('EST,Estimado,Quito,Pichincha,CPL,mixed,snai,America/Guayaquil,true');
      expect(exported['locations.csv']).toMatch(/EST-P1-C2,.*,closed\n/);
      expect(exported['classifications.csv']?.split('\n')).toHaveLength(4);
      expect(exported['cases.csv']).toContain('2199-12-31');
      expect(exported['non_associations.csv']).toContain('victim,aggressor');

      const parsed = readBundle(first, { language: 'en' });
      const outcome = await importBundle(target.db.db, { actor: SYSTEM_ACTOR }, parsed.bundle, parsed, { dryRun: false, language: 'en' });
      expect(outcome.errors).toEqual([]);
      writeBundle(second, await exportBundle(target.db.db));
      expect(filesOf(second)).toEqual(exported);
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }

    const before = (await source.as(boss, 'GET', '/api/v1/persons/P-100')).json();
    const after = (await target.as(reader, 'GET', '/api/v1/persons/P-100')).json();
    const custodyOf = (file: typeof before) => {
      const [{ id: _id, cases, ...episode }] = file.episodes;
      return { ...episode, cases: cases.map(({ id: _caseId, ...c }: { id: string }) => c) };
    };
    expect(after.nextOfKin).toEqual(before.nextOfKin);
    expect(after.nextOfKin).toHaveLength(2);
    expect(custodyOf(after)).toEqual(custodyOf(before));
    expect(custodyOf(after).legalHistory.map((l: { legalStatus: string }) => l.legalStatus)).toEqual(['pretrial', 'sentenced']);
    expect(custodyOf(after).cases).toHaveLength(2);
    expect(custodyOf(after).arrestedAt).toBe('1900-01-01T00:00:00.000Z');
    const classification = (t: TestApp, client: TestClient) => t.as(client, 'GET', '/api/v1/persons/P-100/classification').then((r) => r.json());
    const [classifiedBefore, classifiedAfter] = [await classification(source, boss), await classification(target, reader)];
    expect(classifiedAfter).toEqual(classifiedBefore);
    expect(classifiedAfter.history).toHaveLength(2);
    expect(classifiedAfter.vulnerabilities).toEqual(['informant', 'pregnant', 'threatened']);
    expect((await findLocations(target.db.db, ['EST-P1-C2'])).map((l) => l.status)).toEqual(['closed']);
  });
});
