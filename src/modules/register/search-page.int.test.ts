import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type TestClient } from '../../server/testing.ts';
import { admitInto, buildHousingCentre } from '../housing/testing.ts';

/** A search that finds more than one page says how many it found and gives the rest on asking. */
describe('GET /persons: the true total and the next page', () => {
  const t = useTestApp();
  let officer: TestClient;

  beforeAll(async () => {
    await buildHousingCentre(t.db.db, 'SPA');
    await buildHousingCentre(t.db.db, 'SPB');
    // admitInto names everyone "Persona <id>"; 12 at SPA, 3 at SPB.
    for (let i = 1; i <= 12; i += 1) await admitInto(t.db.db, `SPA-${String(i).padStart(2, '0')}`, 'SPA-REC');
    for (let i = 1; i <= 3; i += 1) await admitInto(t.db.db, `SPB-${i}`, 'SPB-REC');
    officer = await t.addUser('officer.spa', ['officer'], ['SPA']);
  });

  const search = async (query: string) => {
    const response = await t.as(officer, 'GET', `/api/v1/persons?q=persona${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { total: number; offset: number; limit: number; people: { id: string }[] };
  };

  it('counts every match in the caseload, beyond the page', async () => {
    const first = await search('&limit=5');
    expect(first).toMatchObject({ total: 12, offset: 0, limit: 5 });
    expect(first.people).toHaveLength(5);
  });

  it('the following pages hold the rest, each person once', async () => {
    const pages = await Promise.all([0, 5, 10].map((offset) => search(`&limit=5&offset=${offset}`)));
    const ids = pages.flatMap((p) => p.people.map((x) => x.id));
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(ids.every((id) => id.startsWith('SPA-'))).toBe(true);
    expect(await search('&limit=5&offset=20')).toMatchObject({ total: 12, people: [] });
  });
});
