import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../server/testing.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { admitInto, buildHousingCentre } from '../housing/testing.ts';
import { createGroup } from './index.ts';

describe('criminal groups, relations and memberships over HTTP', () => {
  let t: TestApp;
  let intel: TestClient;
  let intelOther: TestClient;
  let officer: TestClient;
  let oversight: TestClient;
  let made = 0;
  /** A suffix no other test uses, for the codes of what a test creates. */
  const unique = () => String((made += 1));

  /** Los Lobos, its faction Los Lobos Box and Los Choneros, under codes of this test's own. */
  async function buildGroups() {
    const n = unique();
    const codes = { lobos: `LOB${n}`, box: `BOX${n}`, choneros: `CHO${n}` };
    const context = { actor: SYSTEM_ACTOR };
    await createGroup(t.db.db, context, { code: codes.lobos, name: 'Los Lobos', kind: 'gang', parent: null, aliases: ['Lobos'] });
    await createGroup(t.db.db, context, { code: codes.box, name: 'Los Lobos Box', kind: 'faction', parent: codes.lobos, aliases: [] });
    await createGroup(t.db.db, context, { code: codes.choneros, name: 'Los Choneros', kind: 'gang', parent: null, aliases: [] });
    return codes;
  }

  beforeAll(async () => {
    // What every test reads and none changes: two centres and the staff.
    t = await createTestApp();
    await buildHousingCentre(t.db.db, 'GRA');
    await buildHousingCentre(t.db.db, 'GRB');
    intel = await t.addUser('intel.nacional', ['intelligence'], 'all');
    intelOther = await t.addUser('intel.grb', ['intelligence'], ['GRB']);
    officer = await t.addUser('guia.gra', ['officer'], ['GRA']);
    oversight = await t.addUser('defensoria', ['oversight']);
  });
  afterAll(() => t.close());

  it('records groups with a parent; refuses duplicates, unknown parents and loops, and anyone but intelligence', async () => {
    const n = unique();
    const [lob, box, cho] = [`LOB${n}`, `BOX${n}`, `CHO${n}`];
    const lobos = await t.as(intel, 'POST', '/api/v1/groups', { code: lob, name: 'Los Lobos', kind: 'gang', aliases: ['Lobos'] });
    expect(lobos.statusCode, lobos.body).toBe(201);
    expect((await t.as(intel, 'POST', '/api/v1/groups', { code: box, name: 'Los Lobos Box', kind: 'faction', parent: lob })).statusCode).toBe(201);
    expect((await t.as(intel, 'POST', '/api/v1/groups', { code: cho, name: 'Los Choneros', kind: 'gang' })).statusCode).toBe(201);
    const twice = await t.as(intel, 'POST', '/api/v1/groups', { code: lob, name: 'Otra', kind: 'gang' });
    expect(twice.json().error.code).toBe('GROUP_EXISTS');
    const orphan = await t.as(intel, 'POST', '/api/v1/groups', { code: `X${n}`, name: 'Huérfano', kind: 'faction', parent: 'NOPE' });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().error).toMatchObject({ code: 'GROUP_INVALID', field: 'parent' });
    const loop = await t.as(intel, 'PUT', `/api/v1/groups/${lob}`, { name: 'Los Lobos', kind: 'gang', parent: box, aliases: [] });
    expect(loop.json().error.code).toBe('GROUP_INVALID');
    expect((await t.as(officer, 'POST', '/api/v1/groups', { code: `Z${n}`, name: 'Z', kind: 'gang' })).statusCode).toBe(403);
    // Intelligence is not for oversight, nor for officers.
    expect((await t.as(oversight, 'GET', '/api/v1/groups')).statusCode).toBe(403);
    expect((await t.as(officer, 'GET', '/api/v1/groups')).statusCode).toBe(403);
  });

  it('keeps one open relation per pair in either order, and ends it with a date', async () => {
    const { lobos, box, choneros } = await buildGroups();
    const rivalry = await t.as(intel, 'POST', '/api/v1/group-relations', { groupA: lobos, groupB: choneros, relation: 'rival', since: '2020-12-28', confidence: 'confirmed' });
    expect(rivalry.statusCode, rivalry.body).toBe(201);
    // Kept in code order.
    expect(rivalry.json()).toMatchObject({ groupA: choneros, groupB: lobos, relation: 'rival', since: '2020-12-28' });
    const again = await t.as(intel, 'POST', '/api/v1/group-relations', { groupA: choneros, groupB: lobos, relation: 'allied' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('GROUP_RELATION_EXISTS');
    expect((await t.as(intel, 'POST', '/api/v1/group-relations', { groupA: choneros, groupB: choneros, relation: 'rival' })).statusCode).toBe(400);
    const truce = await t.as(intel, 'POST', `/api/v1/group-relations/${rivalry.json().id}/end`, { until: '2026-06-01', note: 'Tregua' });
    expect(truce.json()).toMatchObject({ until: '2026-06-01' });
    const renewed = await t.as(intel, 'POST', '/api/v1/group-relations', { groupA: choneros, groupB: lobos, relation: 'rival', since: '2026-09-01' });
    expect(renewed.statusCode).toBe(201);
    // The graph is national: this test reads the part of it that touches its own groups.
    const ours = new Set([lobos, box, choneros]);
    const graphOf = async (query: string) => {
      const graph = (await t.as(intel, 'GET', `/api/v1/groups/graph${query}`)).json() as { nodes: { code: string }[]; edges: { kind: string; source: string; target: string }[] };
      return {
        nodes: graph.nodes.map((node) => node.code).filter((code) => ours.has(code)).sort(),
        edges: graph.edges.filter((e) => ours.has(e.source) || ours.has(e.target)).map((e) => `${e.kind}:${e.source}-${e.target}`).sort(),
      };
    };
    expect(await graphOf('')).toEqual({ nodes: [box, choneros, lobos], edges: [`faction_of:${box}-${lobos}`, `rival:${choneros}-${lobos}`] });
    // As it stood during the truce: no rivalry.
    expect((await graphOf('?day=2026-07-01')).edges).toEqual([`faction_of:${box}-${lobos}`]);
  });

  it('records memberships; their reading is audited; a group shows only the members in the caseload', async () => {
    const { lobos, choneros } = await buildGroups();
    const n = unique();
    const [inGra, inGrb] = [`GA${n}`, `GB${n}`];
    await admitInto(t.db.db, inGra, 'GRA-P1-A-1');
    await admitInto(t.db.db, inGrb, 'GRB-P1-A-1');
    const member = await t.as(intel, 'POST', `/api/v1/persons/${inGra}/memberships`, { group: lobos, role: 'leader', since: '2019-01-01', confidence: 'probable' });
    expect(member.statusCode, member.body).toBe(201);
    expect((await t.as(intel, 'POST', `/api/v1/persons/${inGra}/memberships`, { group: lobos, role: 'member', confidence: 'confirmed' })).json().error.code).toBe('MEMBERSHIP_EXISTS');
    expect((await t.as(intel, 'POST', `/api/v1/persons/${inGrb}/memberships`, { group: choneros, role: 'member', confidence: 'possible' })).statusCode).toBe(201);
    // Outside the caseload the person does not exist.
    expect((await t.as(intelOther, 'GET', `/api/v1/persons/${inGra}/memberships`)).statusCode).toBe(404);

    const before = Number((await t.db.raw(`select count(*)::int as n from audit_log where action = 'membership.read'`))[0]?.n);
    const list = (await t.as(intel, 'GET', `/api/v1/persons/${inGra}/memberships`)).json();
    expect(list.memberships).toEqual([expect.objectContaining({ group: lobos, groupName: 'Los Lobos', role: 'leader', confidence: 'probable', until: null })]);
    const reads = await t.db.raw(`select actor_username, subject_id from audit_log where action = 'membership.read' order by id`);
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toEqual({ actor_username: 'intel.nacional', subject_id: inGra });

    const members = async (client: TestClient, group: string) => (await t.as(client, 'GET', `/api/v1/groups/${group}`)).json().members.map((m: { person: string }) => m.person);
    expect(await members(intel, lobos)).toEqual([inGra]);
    expect(await members(intelOther, lobos)).toEqual([]);
    expect(await members(intelOther, choneros)).toEqual([inGrb]);

    const ended = await t.as(intel, 'POST', `/api/v1/memberships/${member.json().id}/end`, { until: '2026-11-01', note: 'Expulsado' });
    expect(ended.json()).toMatchObject({ until: '2026-11-01' });
    expect(await members(intel, lobos)).toEqual([]);
  });
});
