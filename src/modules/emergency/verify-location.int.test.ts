import { beforeEach, describe, expect, it } from 'vitest';
import type { TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';
import { namedAdmissionBody } from '../register/testing.ts';

interface Listed {
  id: string;
  status: string;
  expectedLocation: string | null;
  markedBy: string | null;
  familyNames: string;
}

/**
 * Verifying a whole cell, wing or pavilion in one action: only the people the officer was shown,
 * only while they are exactly the ones still unverified there; two officers on the same wing
 * never verify anyone twice or anyone unseen.
 */
describe('verifying a location at once in an emergency', () => {
  const t = useSmallEstateApp();
  let seeder: TestClient;
  let directorLit: TestClient;
  let officerLit: TestClient;
  let officerLit2: TestClient;
  let officerMac: TestClient;
  let emergency: string;

  const admit = async (id: string, family: string, to: string) => {
    const response = await t.as(seeder, 'POST', '/api/v1/admissions', namedAdmissionBody(id, 'Carlos', family, to));
    expect(response.statusCode, response.body).toBe(201);
  };
  const people = async (query: string) => (await t.as(officerLit, 'GET', `/api/v1/emergencies/${emergency}/people?${query}`)).json() as { items: Listed[]; total: number; offset: number; limit: number };
  const unverifiedIn = async (location: string) => (await people(`status=unverified&location=${location}`)).items.map((p) => p.id).sort();
  const verify = (client: TestClient, location: string, ids: string[]) => t.as(client, 'POST', `/api/v1/emergencies/${emergency}/locations/${location}/verify`, { people: ids });
  const statuses = async () => {
    const rows = await t.db.raw(`select person, status from emergency_people where emergency = '${emergency}' order by person`);
    return Object.fromEntries(rows.map((r) => [r.person as string, r.status as string]));
  };
  const auditEntries = async () => Number((await t.db.raw(`select count(*)::int as n from audit_log`))[0]?.n);

  beforeEach(async () => {
    seeder = await t.addUser('director.nacional', ['director'], 'all');
    directorLit = await t.addUser('director.lit', ['director'], ['LIT']);
    officerLit = await t.addUser('guia.lit', ['officer'], ['LIT']);
    officerLit2 = await t.addUser('guia2.lit', ['officer'], ['LIT']);
    officerMac = await t.addUser('guia.mac', ['officer'], ['MAC']);
    await admit('P0400001', 'Alava', 'LIT-P1-A-001');
    await admit('P0400002', 'Bernal', 'LIT-P1-A-001');
    await admit('P0400003', 'Cedeño', 'LIT-P1-A-002');
    await admit('P0400004', 'Duarte', 'LIT-P2-A-001');
    const declared = await t.as(directorLit, 'POST', '/api/v1/emergencies', { centre: 'LIT', kind: 'riot', reason: 'Motín en el pabellón 1' });
    expect(declared.statusCode, declared.body).toBe(201);
    emergency = declared.json().id;
  });

  it('lists the people of a wing, filtered and paged, and verifies exactly them in one action', async () => {
    const wing = await unverifiedIn('LIT-P1-A');
    expect(wing).toEqual(['P0000002', 'P0400001', 'P0400002', 'P0400003']);
    const firstPage = await people('location=LIT-P1&sort=name&limit=2&offset=0');
    expect(firstPage).toMatchObject({ total: 4, offset: 0, limit: 2 });
    expect(firstPage.items.map((p) => p.familyNames)).toEqual(['Alava', 'Bernal']);
    expect((await people('location=LIT-P1&sort=name&limit=2&offset=2')).items).toHaveLength(2);

    const response = await verify(officerLit, 'LIT-P1-A', wing);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ location: 'LIT-P1-A', verified: wing, markedBy: 'guia.lit' });
    const after = await statuses();
    for (const id of wing) expect(after[id]).toBe('verified');
    // Nobody outside the wing: the other pavilion and the fixture's P0000001 are still to find.
    expect(after).toMatchObject({ P0400004: 'unverified', P0000001: 'unverified' });
    expect((await t.as(officerLit, 'GET', '/api/v1/roll/centres/LIT/missing')).json().people.map((p: { id: string }) => p.id).sort()).toEqual(['P0000001', 'P0400004']);
    const [entry] = await t.db.raw(`select actor_username, new_values from audit_log where action = 'emergency.location_verified'`);
    expect(entry).toMatchObject({ actor_username: 'guia.lit', new_values: { location: 'LIT-P1-A', count: 4, people: wing } });
  });

  it('refuses with 409 when the set changed since the confirmation, and marks nobody', async () => {
    const shown = await unverifiedIn('LIT-P1-A');
    // Another officer finds one of them injured meanwhile.
    expect((await t.as(officerLit2, 'PUT', `/api/v1/emergencies/${emergency}/people/P0400003`, { status: 'injured' })).statusCode).toBe(200);
    const before = [await statuses(), await auditEntries()];
    const stale = await verify(officerLit, 'LIT-P1-A', shown);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'EMERGENCY_LOCATION_CHANGED', field: 'people' });
    // A list missing someone who is there is refused too: nobody unseen is verified.
    expect((await verify(officerLit, 'LIT-P1-A', ['P0000002', 'P0400001'])).statusCode).toBe(409);
    expect([await statuses(), await auditEntries()]).toEqual(before);
    // Confirmed again with the list as it now is, it goes through; the injured stays injured.
    expect((await verify(officerLit, 'LIT-P1-A', await unverifiedIn('LIT-P1-A'))).statusCode).toBe(200);
    expect((await statuses()).P0400003).toBe('injured');
  });

  it('answers 404 outside the caseload and for a location of another centre; 409 once closed', async () => {
    const wing = await unverifiedIn('LIT-P1-A');
    const before = [await statuses(), await auditEntries()];
    const outside = await verify(officerMac, 'LIT-P1-A', wing);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('EMERGENCY_NOT_FOUND');
    expect((await verify(officerLit, 'MAC-P1-A', wing)).statusCode).toBe(404);
    expect((await verify(officerLit, 'LIT-P9', wing)).statusCode).toBe(404);
    expect([await statuses(), await auditEntries()]).toEqual(before);
    expect((await t.as(directorLit, 'POST', `/api/v1/emergencies/${emergency}/close`)).statusCode).toBe(200);
    const closed = await verify(officerLit, 'LIT-P1-A', wing);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('EMERGENCY_CLOSED');
  });

  it('lets only one of two officers verifying the same wing at once through', async () => {
    const wing = await unverifiedIn('LIT-P1-A');
    const answers = await Promise.all([verify(officerLit, 'LIT-P1-A', wing), verify(officerLit2, 'LIT-P1-A', wing)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const [entries] = await t.db.raw(`select count(*)::int as n from audit_log where action = 'emergency.location_verified'`);
    expect(entries?.n).toBe(1);
    const after = await statuses();
    for (const id of wing) expect(after[id]).toBe('verified');
  });

  it('never verifies anyone unseen when a single mark races the wing', async () => {
    const wing = await unverifiedIn('LIT-P1-A');
    const [bulk, single] = await Promise.all([
      verify(officerLit, 'LIT-P1-A', wing),
      t.as(officerLit2, 'PUT', `/api/v1/emergencies/${emergency}/people/P0400002`, { status: 'hostage', note: 'Retenido' }),
    ]);
    expect(single.statusCode).toBe(200);
    const after = await statuses();
    const listed = (await people('location=LIT-P1-A')).items;
    if (bulk.statusCode === 200) {
      // The wing went first; the single mark came after it and, last mark wins, says hostage.
      expect(after.P0400002).toBe('hostage');
      for (const id of wing.filter((p) => p !== 'P0400002')) expect(after[id]).toBe('verified');
    } else {
      // The single mark went first: the wing's set had changed, nobody else was marked.
      expect(bulk.statusCode).toBe(409);
      expect(listed.filter((p) => p.status === 'verified')).toEqual([]);
    }
  });
});
