import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type TestClient } from '../../server/testing.ts';
import { whenWarningIdle } from './re-evaluation.ts';
import { admit, buildPavilionCentre, gang, member, relate } from './testing.ts';

// The server's way: every commit re-evaluates the centres whose facts it changed.
const t = useTestApp({ CUSTODIA_WARNING_REEVALUATION: 'on' });
let director: TestClient;
let directorMac: TestClient;
let officer: TestClient;

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
/** The leader of group A, holding pavilion 2 of LIT; groups B, C and D, its rivals, hold pavilions 1, 3 and 4. */
const LEADER = 'LIT-0007';

beforeAll(async () => {
  const db = t.db.db;
  await buildPavilionCentre(db, 'LIT', 4, daysAgo(90));
  await buildPavilionCentre(db, 'MAC', 2, daysAgo(90));
  for (const g of ['A', 'B', 'C', 'D']) await gang(db, `G${g}`, `Grupo ${g}`, daysAgo(90));
  for (const rival of ['GB', 'GC', 'GD']) await relate(db, 'GA', rival, 'rival', daysAgo(80).slice(0, 10));
  let serial = 0;
  for (const [pavilion, group] of [
    [1, 'GB'],
    [2, 'GA'],
    [3, 'GC'],
    [4, 'GD'],
  ] as const) {
    for (let i = 0; i < 6; i++) {
      serial += 1;
      const id = `LIT-${String(serial).padStart(4, '0')}`;
      await admit(db, { id, givenNames: `Persona ${serial}`, familyNames: `Apellido ${group}` }, `LIT-P${pavilion}-A-${(i % 4) + 1}`, daysAgo(60), { legalStatus: 'sentenced' });
      await member(db, id, group, i === 0 ? 'leader' : 'member', daysAgo(59).slice(0, 10), 'LIT');
    }
  }
  director = await t.addUser('director.lit', ['director'], ['LIT']);
  directorMac = await t.addUser('director.mac', ['director'], ['MAC']);
  officer = await t.addUser('officer.lit', ['officer'], ['LIT']);
  await whenWarningIdle(db);
}, 240_000);

describe('a leader released, end to end', () => {
  it('raises a critical leadership vacuum after the release is saved, tells the centre’s director at once, and is acknowledged', async () => {
    const before = (await t.as(director, 'GET', '/api/v1/alerts?type=leadership_vacuum')).json();
    expect(before.total).toBe(0);

    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const open = async (client: TestClient) => {
      const stream = await fetch(`${address}/api/v1/alerts/stream`, { headers: { cookie: client.cookie }, signal: controller.signal });
      const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      const state = { received: '' };
      const next = async () => {
        const { value } = await reader.read();
        state.received += decoder.decode(value);
      };
      await next();
      return { state, next };
    };
    try {
      const lit = await open(director);
      const mac = await open(directorMac);
      let macGotSomething = false;
      void mac.next().then(() => (macGotSomething = /event: alert/.test(mac.state.received)), () => {});

      const released = await t.as(officer, 'POST', `/api/v1/persons/${LEADER}/movements`, { type: 'release', reason: 'acquittal' });
      expect(released.statusCode).toBe(201);
      while (!/event: alert/.test(lit.state.received)) await lit.next();
      const notice = JSON.parse(/data: (.*)/.exec(lit.state.received)?.[1] ?? '{}');
      expect(notice).toMatchObject({ type: 'leadership_vacuum', centre: 'LIT', severity: 'critical', location: 'LIT-P2', change: 'raised' });
      expect(lit.state.received).not.toContain('Apellido');
      await whenWarningIdle(t.db.db);
      expect(macGotSomething).toBe(false);

      const shown = (await t.as(director, 'GET', `/api/v1/alerts/${notice.id}`)).json();
      expect(shown).toMatchObject({ status: 'raised', severity: 'critical', withheld: false, locationName: 'Pabellón 2' });
      expect(shown.persons).toContain(LEADER);
      expect(shown.reasons.join(' ')).toContain('Grupo A');
      const forOfficer = (await t.as(officer, 'GET', `/api/v1/alerts/${notice.id}`)).json();
      expect(forOfficer).toMatchObject({ severity: 'critical', withheld: true, reasons: [], persons: [] });

      const acknowledged = await t.as(director, 'POST', `/api/v1/alerts/${notice.id}/acknowledge`, { version: shown.version, note: 'Pabellón 2 reforzado; requisa en los pabellones 1, 3 y 4.' });
      expect(acknowledged.statusCode).toBe(200);
      expect(acknowledged.json()).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'director.lit' });
      // Acknowledging is the alerts' own write: it re-evaluates nothing, and the alert stands.
      await whenWarningIdle(t.db.db);
      const board = (await t.as(director, 'GET', '/api/v1/centres/LIT/warning')).json();
      expect(board.pavilions.find((p: { code: string }) => p.code === 'LIT-P2')).toMatchObject({ highest: 'critical' });
      expect(board.alerts.find((a: { id: string }) => a.id === notice.id)).toMatchObject({ status: 'acknowledged' });
    } finally {
      controller.abort();
    }
  });
});
