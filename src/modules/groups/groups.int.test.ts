import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../server/testing.ts';
import { admitInto, buildHousingCentre } from '../housing/testing.ts';

describe('criminal groups, relations and memberships over HTTP', () => {
  let t: TestApp;
  let intel: TestClient;
  let intelOther: TestClient;
  let officer: TestClient;
  let oversight: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    await buildHousingCentre(t.db.db, 'GRA');
    await buildHousingCentre(t.db.db, 'GRB');
    await admitInto(t.db.db, 'GA1', 'GRA-P1-A-1');
    await admitInto(t.db.db, 'GB1', 'GRB-P1-A-1');
    intel = await t.addUser('intel.nacional', ['intelligence'], 'all');
    intelOther = await t.addUser('intel.grb', ['intelligence'], ['GRB']);
    officer = await t.addUser('guia.gra', ['officer'], ['GRA']);
    oversight = await t.addUser('defensoria', ['oversight']);
  });
  afterAll(() => t.close());

  it('records groups with a parent; refuses duplicates, unknown parents and loops, and anyone but intelligence', async () => {
    const lobos = await t.as(intel, 'POST', '/api/v1/groups', { code: 'LOB', name: 'Los Lobos', kind: 'gang', aliases: ['Lobos'] });
    expect(lobos.statusCode, lobos.body).toBe(201);
    expect((await t.as(intel, 'POST', '/api/v1/groups', { code: 'BOX', name: 'Los Lobos Box', kind: 'faction', parent: 'LOB' })).statusCode).toBe(201);
    expect((await t.as(intel, 'POST', '/api/v1/groups', { code: 'CHO', name: 'Los Choneros', kind: 'gang' })).statusCode).toBe(201);
    const twice = await t.as(intel, 'POST', '/api/v1/groups', { code: 'LOB', name: 'Otra', kind: 'gang' });
    expect(twice.json().error.code).toBe('GROUP_EXISTS');
    const orphan = await t.as(intel, 'POST', '/api/v1/groups', { code: 'X1', name: 'Huérfano', kind: 'faction', parent: 'NOPE' });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().error).toMatchObject({ code: 'GROUP_INVALID', field: 'parent' });
    const loop = await t.as(intel, 'PUT', '/api/v1/groups/LOB', { name: 'Los Lobos', kind: 'gang', parent: 'BOX', aliases: [] });
    expect(loop.json().error.code).toBe('GROUP_INVALID');
    expect((await t.as(officer, 'POST', '/api/v1/groups', { code: 'Z9', name: 'Z', kind: 'gang' })).statusCode).toBe(403);
    // Intelligence is not for oversight, nor for officers.
    expect((await t.as(oversight, 'GET', '/api/v1/groups')).statusCode).toBe(403);
    expect((await t.as(officer, 'GET', '/api/v1/groups')).statusCode).toBe(403);
  });

  it('keeps one open relation per pair in either order, and ends it with a date', async () => {
    const rivalry = await t.as(intel, 'POST', '/api/v1/group-relations', { groupA: 'LOB', groupB: 'CHO', relation: 'rival', since: '2020-12-28', confidence: 'confirmed' });
    expect(rivalry.statusCode, rivalry.body).toBe(201);
    expect(rivalry.json()).toMatchObject({ groupA: 'CHO', groupB: 'LOB', relation: 'rival', since: '2020-12-28' });
    const again = await t.as(intel, 'POST', '/api/v1/group-relations', { groupA: 'CHO', groupB: 'LOB', relation: 'allied' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('GROUP_RELATION_EXISTS');
    expect((await t.as(intel, 'POST', '/api/v1/group-relations', { groupA: 'CHO', groupB: 'CHO', relation: 'rival' })).statusCode).toBe(400);
    const truce = await t.as(intel, 'POST', `/api/v1/group-relations/${rivalry.json().id}/end`, { until: '2026-06-01', note: 'Tregua' });
    expect(truce.json()).toMatchObject({ until: '2026-06-01' });
    const renewed = await t.as(intel, 'POST', '/api/v1/group-relations', { groupA: 'CHO', groupB: 'LOB', relation: 'rival', since: '2026-09-01' });
    expect(renewed.statusCode).toBe(201);
    const graph = (await t.as(intel, 'GET', '/api/v1/groups/graph')).json();
    expect(graph.nodes.map((n: { code: string }) => n.code).sort()).toEqual(['BOX', 'CHO', 'LOB']);
    expect(graph.edges.map((e: { kind: string; source: string; target: string }) => `${e.kind}:${e.source}-${e.target}`).sort()).toEqual(['faction_of:BOX-LOB', 'rival:CHO-LOB']);
    // As it stood during the truce: no rivalry.
    const during = (await t.as(intel, 'GET', '/api/v1/groups/graph?day=2026-07-01')).json();
    expect(during.edges.map((e: { kind: string }) => e.kind)).toEqual(['faction_of']);
  });

  it('records memberships; their reading is audited; a group shows only the members in the caseload', async () => {
    const member = await t.as(intel, 'POST', '/api/v1/persons/GA1/memberships', { group: 'LOB', role: 'leader', since: '2019-01-01', confidence: 'probable' });
    expect(member.statusCode, member.body).toBe(201);
    expect((await t.as(intel, 'POST', '/api/v1/persons/GA1/memberships', { group: 'LOB', role: 'member', confidence: 'confirmed' })).json().error.code).toBe('MEMBERSHIP_EXISTS');
    expect((await t.as(intel, 'POST', '/api/v1/persons/GB1/memberships', { group: 'CHO', role: 'member', confidence: 'possible' })).statusCode).toBe(201);
    // Outside the caseload the person does not exist.
    expect((await t.as(intelOther, 'GET', '/api/v1/persons/GA1/memberships')).statusCode).toBe(404);

    const before = Number((await t.db.raw(`select count(*)::int as n from audit_log where action = 'membership.read'`))[0]?.n);
    const list = (await t.as(intel, 'GET', '/api/v1/persons/GA1/memberships')).json();
    expect(list.memberships).toEqual([expect.objectContaining({ group: 'LOB', groupName: 'Los Lobos', role: 'leader', confidence: 'probable', until: null })]);
    const reads = await t.db.raw(`select actor_username, subject_id from audit_log where action = 'membership.read' order by id`);
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toEqual({ actor_username: 'intel.nacional', subject_id: 'GA1' });

    expect((await t.as(intel, 'GET', '/api/v1/groups/LOB')).json().members.map((m: { person: string }) => m.person)).toEqual(['GA1']);
    expect((await t.as(intelOther, 'GET', '/api/v1/groups/LOB')).json().members).toEqual([]);
    expect((await t.as(intelOther, 'GET', '/api/v1/groups/CHO')).json().members.map((m: { person: string }) => m.person)).toEqual(['GB1']);

    const ended = await t.as(intel, 'POST', `/api/v1/memberships/${member.json().id}/end`, { until: '2026-11-01', note: 'Expulsado' });
    expect(ended.json()).toMatchObject({ until: '2026-11-01' });
    expect((await t.as(intel, 'GET', '/api/v1/groups/LOB')).json().members).toEqual([]);
  });
});
