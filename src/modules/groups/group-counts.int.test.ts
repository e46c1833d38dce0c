import { describe, expect, it } from 'vitest';
import { type TestApp, useTestApp } from '../../server/testing.ts';
import { runAudited, SYSTEM_ACTOR } from '../audit/index.ts';
import { admitInto, buildHousingCentre } from '../housing/testing.ts';
import { createGroup } from './groups.ts';
import { insertMemberships } from './memberships.ts';

const context = { actor: SYSTEM_ACTOR };

/**
 * Member and leader counts follow the caseload: nobody learns from a count how many members a
 * group has where they cannot see them; a national caseload counts nationally.
 */
describe('group member and leader counts', () => {
  const t = useTestApp();
  let serial = 0;

  /** Two centres; group G with a leader and a member at the first and two leaders and a member at the second. */
  async function groupInTwoCentres(): Promise<{ first: string; second: string; group: string }> {
    serial += 1;
    const [first, second, group] = [`GCA${serial}`, `GCB${serial}`, `GRP${serial}`];
    await buildHousingCentre(t.db.db, first);
    await buildHousingCentre(t.db.db, second);
    await createGroup(t.db.db, context, { code: group, name: `Grupo ${serial}`, kind: 'gang', parent: null, aliases: [] });
    const people = [
      [`${first}-L`, first, 'leader'],
      [`${first}-M`, first, 'member'],
      [`${second}-L1`, second, 'leader'],
      [`${second}-L2`, second, 'leader'],
      [`${second}-M`, second, 'member'],
    ] as const;
    for (const [id, centre] of people) await admitInto(t.db.db, id, `${centre}-REC`);
    await runAudited(t.db.db, context, async (w) => {
      await insertMemberships(w, people.map(([person, , role]) => ({ person, group, role, since: '2020-01-01', confidence: 'confirmed' })), 'test');
      w.audit({ action: 'membership.recorded', subjectType: 'group', subjectId: group });
    });
    return { first, second, group };
  }

  const graphNode = async (client: Parameters<TestApp['as']>[0], group: string) => {
    const response = await t.as(client, 'GET', '/api/v1/groups/graph');
    expect(response.statusCode, response.body).toBe(200);
    const graph = response.json() as { countScope: string; nodes: { code: string; members: number; leaders: number }[] };
    return { scope: graph.countScope, node: graph.nodes.find((n) => n.code === group) };
  };

  it('a director at one centre sees the members and leaders held there, as the group’s page lists them', async () => {
    const { first, group } = await groupInTwoCentres();
    const director = await t.addUser(`director.${first.toLowerCase()}`, ['director'], [first]);
    expect(await graphNode(director, group)).toEqual({ scope: 'caseload', node: expect.objectContaining({ members: 2, leaders: 1 }) });
    const page = (await t.as(director, 'GET', `/api/v1/groups/${group}`)).json();
    expect(page.counts).toEqual({ members: 2, leaders: 1, scope: 'caseload' });
    expect(page.members.map((m: { person: string }) => m.person).sort()).toEqual([`${first}-L`, `${first}-M`]);
  });

  it('an intelligence user with no centres sees no members and no leaders', async () => {
    const { group } = await groupInTwoCentres();
    const intel = await t.addUser(`intel.nada${serial}`, ['intelligence'], []);
    expect(await graphNode(intel, group)).toEqual({ scope: 'caseload', node: expect.objectContaining({ members: 0, leaders: 0 }) });
    const page = (await t.as(intel, 'GET', `/api/v1/groups/${group}`)).json();
    expect(page.counts).toEqual({ members: 0, leaders: 0, scope: 'caseload' });
    expect(page.members).toEqual([]);
  });

  it('a national caseload counts every member and leader, labelled national', async () => {
    const { group } = await groupInTwoCentres();
    const intel = await t.addUser(`intel.nacional${serial}`, ['intelligence'], 'all');
    expect(await graphNode(intel, group)).toEqual({ scope: 'national', node: expect.objectContaining({ members: 5, leaders: 3 }) });
    expect((await t.as(intel, 'GET', `/api/v1/groups/${group}`)).json().counts).toEqual({ members: 5, leaders: 3, scope: 'national' });
  });
});
