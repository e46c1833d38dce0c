import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotCounts, useTestApp, type TestClient } from '../../server/testing.ts';
import { runAudited, SYSTEM_ACTOR } from '../audit/index.ts';
import { admitInto, buildHousingCentre } from '../housing/testing.ts';
import { createGroup } from './groups.ts';
import { insertMemberships } from './memberships.ts';

const context = { actor: SYSTEM_ACTOR };

interface Page {
  total: number;
  offset: number;
  limit: number;
  items: { person: string; role: string; confidence: string; centre: string | null }[];
}

/**
 * A large group's members, a page at a time, only those held in the caller's caseload: the
 * total is the caseload's, the filters narrow it, and the reading is audited.
 */
describe('GET /groups/:code/members', () => {
  const t = useTestApp();
  let director: TestClient;
  let hq: TestClient;

  beforeAll(async () => {
    await buildHousingCentre(t.db.db, 'GMA');
    await buildHousingCentre(t.db.db, 'GMB');
    await createGroup(t.db.db, context, { code: 'GMG', name: 'Grupo de miembros', kind: 'gang', parent: null, aliases: [] });
    const members = [
      ['GM-A1', 'GMA', 'leader', 'confirmed'],
      ['GM-A2', 'GMA', 'member', 'probable'],
      ['GM-A3', 'GMA', 'member', 'confirmed'],
      ['GM-A4', 'GMA', 'associate', 'possible'],
      ['GM-A5', 'GMA', 'lieutenant', 'confirmed'],
      ['GM-B1', 'GMB', 'leader', 'confirmed'],
      ['GM-B2', 'GMB', 'member', 'confirmed'],
    ] as const;
    for (const [id, centre] of members) await admitInto(t.db.db, id, `${centre}-REC`);
    await runAudited(t.db.db, context, async (w) => {
      await insertMemberships(w, members.map(([person, , role, confidence]) => ({ person, group: 'GMG', role, since: '2020-01-01', confidence })), 'test');
      w.audit({ action: 'membership.recorded', subjectType: 'group', subjectId: 'GMG' });
    });
    director = await t.addUser('director.gma', ['director'], ['GMA']);
    hq = await t.addUser('hq.gm', ['hq'], 'all');
  });

  const members = async (client: TestClient, query: string) => {
    const response = await t.as(client, 'GET', `/api/v1/groups/GMG/members${query}`);
    return { status: response.statusCode, page: response.json() as Page, body: response.body };
  };

  it('pages the members held in the caseload, leaders first, with the caseload’s total', async () => {
    const first = await members(director, '?limit=2');
    expect(first.status, first.body).toBe(200);
    expect(first.page).toMatchObject({ total: 5, offset: 0, limit: 2 });
    expect(first.page.items.map((m) => [m.person, m.role])).toEqual([['GM-A1', 'leader'], ['GM-A5', 'lieutenant']]);
    const rest = await members(director, '?limit=2&offset=2');
    expect(rest.page.items.map((m) => m.person)).toEqual(['GM-A2', 'GM-A3']);
    expect((await members(director, '?limit=2&offset=4')).page.items.map((m) => m.person)).toEqual(['GM-A4']);
  });

  it('a national caseload sees every centre, sorted and filtered by centre, role and confidence', async () => {
    expect((await members(hq, '')).page.total).toBe(7);
    expect((await members(hq, '?sort=id&dir=desc&limit=3')).page.items.map((m) => m.person)).toEqual(['GM-B2', 'GM-B1', 'GM-A5']);
    expect((await members(hq, '?centre=GMB')).page.items.map((m) => m.person)).toEqual(['GM-B1', 'GM-B2']);
    expect((await members(hq, '?role=member,leader&confidence=confirmed&sort=name')).page.items.map((m) => m.person)).toEqual(['GM-A1', 'GM-A3', 'GM-B1', 'GM-B2']);
    // A centre outside a caseload is filtered like one with nobody: no member leaks.
    expect((await members(director, '?centre=GMB')).page).toMatchObject({ total: 0, items: [] });
  });

  it('refuses those who may not read memberships, without writing anything', async () => {
    const supervisor = await t.addUser('supervisor.gma', ['supervisor'], ['GMA']);
    const before = await snapshotCounts(t.db);
    expect((await members(supervisor, '')).status).toBe(403);
    expect(await snapshotCounts(t.db)).toEqual(before);
    expect((await members(director, '?role=boss')).status).toBe(400);
    expect((await t.as(director, 'GET', '/api/v1/groups/NOPE/members')).statusCode).toBe(404);
  });

  it('the group page can leave its members out while keeping its counts', async () => {
    const page = (await t.as(director, 'GET', '/api/v1/groups/GMG?members=none')).json();
    expect(page.members).toBeNull();
    expect(page.counts).toMatchObject({ members: 5, leaders: 1 });
  });
});
