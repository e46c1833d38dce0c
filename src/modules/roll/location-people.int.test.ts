import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type TestClient } from '../../server/testing.ts';
import { runAudited, SYSTEM_ACTOR } from '../audit/index.ts';
import { createGroup, insertMemberships } from '../groups/index.ts';
import { admitInto, buildHousingCentre } from '../housing/testing.ts';

const context = { actor: SYSTEM_ACTOR };

interface Page {
  total: number;
  offset: number;
  limit: number;
  items: { id: string; location: string | null; state: string; legalStatus: string | null; familyNames: string }[];
}

/**
 * A pavilion's people, a page at a time: what an officer scrolling a pavilion of hundreds sees —
 * the true total, the order asked for, the filters, and nothing from another centre.
 */
describe('GET /roll/locations/:code/people', () => {
  const t = useTestApp();
  let officer: TestClient;

  // LPA-P1 (wings A and B) holds 7 people; LPA-P2 one more; another centre LPB one.
  const inP1 = [
    ['LP-07', 'LPA-P1-A-1', 'pretrial'],
    ['LP-03', 'LPA-P1-A-1', 'sentenced'],
    ['LP-05', 'LPA-P1-A-2', 'pretrial'],
    ['LP-01', 'LPA-P1-A-3', 'sentenced'],
    ['LP-06', 'LPA-P1-B-1', 'pretrial'],
    ['LP-02', 'LPA-P1-B-1', 'pretrial'],
    ['LP-04', 'LPA-P1-B-2', 'sentenced'],
  ] as const;

  beforeAll(async () => {
    await buildHousingCentre(t.db.db, 'LPA');
    await buildHousingCentre(t.db.db, 'LPB');
    for (const [id, cell, legalStatus] of inP1) await admitInto(t.db.db, id, cell, { legalStatus });
    await admitInto(t.db.db, 'LP-08', 'LPA-P2-A-1');
    await admitInto(t.db.db, 'LP-09', 'LPB-P1-A-1');
    await createGroup(t.db.db, context, { code: 'LPG', name: 'Los de prueba', kind: 'gang', parent: null, aliases: [] });
    await runAudited(t.db.db, context, async (w) => {
      await insertMemberships(w, ['LP-02', 'LP-05', 'LP-09'].map((person) => ({ person, group: 'LPG', role: 'member' as const, since: '2020-01-01', confidence: 'confirmed' as const })), 'test');
      w.audit({ action: 'membership.recorded', subjectType: 'group', subjectId: 'LPG' });
    });
    officer = await t.addUser('officer.lpa', ['officer'], ['LPA']);
    const out = await t.as(officer, 'POST', '/api/v1/persons/LP-06/movements', { type: 'court_out', reason: 'Audiencia' });
    expect(out.statusCode, out.body).toBe(201);
  });

  const people = async (client: TestClient, query: string, code = 'LPA-P1') => {
    const response = await t.as(client, 'GET', `/api/v1/roll/locations/${code}/people${query}`);
    return { status: response.statusCode, page: response.json() as Page, body: response.body };
  };

  it('pages by name with the true total, and the next page continues where the first stopped', async () => {
    const first = await people(officer, '?limit=3');
    expect(first.status, first.body).toBe(200);
    expect(first.page).toMatchObject({ total: 7, offset: 0, limit: 3 });
    expect(first.page.items.map((p) => p.id)).toEqual(['LP-01', 'LP-02', 'LP-03']);
    const second = await people(officer, '?limit=3&offset=3');
    expect(second.page.items.map((p) => p.id)).toEqual(['LP-04', 'LP-05', 'LP-06']);
    const past = await people(officer, '?limit=3&offset=9');
    expect(past.page).toMatchObject({ total: 7, offset: 9, items: [] });
  });

  it('sorts by cell or register number, either way', async () => {
    const byCell = (await people(officer, '?sort=cell&dir=desc')).page.items.map((p) => p.location);
    expect(byCell).toEqual(['LPA-P1-B-2', 'LPA-P1-B-1', 'LPA-P1-B-1', 'LPA-P1-A-3', 'LPA-P1-A-2', 'LPA-P1-A-1', 'LPA-P1-A-1']);
    const byId = (await people(officer, '?sort=id&dir=desc&limit=2')).page.items.map((p) => p.id);
    expect(byId).toEqual(['LP-07', 'LP-06']);
  });

  it('filters by wing, legal status and state, and counts what is left', async () => {
    const wingB = await people(officer, '?wing=LPA-P1-B');
    expect(wingB.page.items.map((p) => p.id)).toEqual(['LP-02', 'LP-04', 'LP-06']);
    const sentenced = await people(officer, '?legalStatus=sentenced');
    expect(sentenced.page).toMatchObject({ total: 3 });
    expect(sentenced.page.items.map((p) => p.id)).toEqual(['LP-01', 'LP-03', 'LP-04']);
    const out = await people(officer, '?state=out');
    expect(out.page.items.map((p) => [p.id, p.state])).toEqual([['LP-06', 'out']]);
    const pretrialInA = await people(officer, '?wing=LPA-P1-A&legalStatus=pretrial&state=in');
    expect(pretrialInA.page.items.map((p) => p.id)).toEqual(['LP-05', 'LP-07']);
  });

  it('refuses a wing that is not under the location, an unknown sort and a page too large, naming the field', async () => {
    const otherWing = await people(officer, '?wing=LPA-P2-A');
    expect(otherWing.status).toBe(404);
    expect(JSON.parse(otherWing.body)).toMatchObject({ error: { code: 'LOCATION_NOT_FOUND', field: 'wing' } });
    for (const query of ['?sort=familyNames', '?limit=501', '?offset=-1', '?state=asleep']) {
      const refused = await people(officer, query);
      expect(refused.status, query).toBe(400);
    }
  });

  it('filters by criminal group only for those who may read memberships, and audits the reading', async () => {
    expect((await people(officer, '?group=LPG')).status).toBe(403);
    const director = await t.addUser('director.lpa', ['director'], ['LPA']);
    const members = await people(director, '?group=LPG');
    expect(members.status, members.body).toBe(200);
    // LP-09 is a member too, but held at another centre: not in this pavilion.
    expect(members.page.items.map((p) => p.id)).toEqual(['LP-02', 'LP-05']);
    const audit = (await t.db.db.execute(
      sql`select count(*)::int as n from audit_log where action = 'group.members_read' and actor_username = 'director.lpa'`,
    )) as unknown as { rows: { n: number }[] };
    expect(audit.rows[0]?.n).toBeGreaterThan(0);
  });

  it('answers as for an unknown location outside the caseload', async () => {
    const elsewhere = await people(officer, '', 'LPB-P1');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).not.toContain('LP-09');
  });

  it('the location view can leave out its people while keeping its figures', async () => {
    const view = (await t.as(officer, 'GET', '/api/v1/roll/locations/LPA-P1?occupants=none')).json();
    expect(view.occupants).toEqual([]);
    expect(view.location.occupancy).toBe(7);
  });
});
