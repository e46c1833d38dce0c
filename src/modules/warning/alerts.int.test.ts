import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import { useTestApp, type TestClient } from '../../server/testing.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { reconcileAlerts } from './reconcile-alerts.ts';
import type { Finding } from './signals/facts.ts';
import { buildPavilionCentre } from './testing.ts';

const t = useTestApp();
let director: TestClient;
let directorMac: TestClient;
let officer: TestClient;
let intelligence: TestClient;
let supervisor: TestClient;
let health: TestClient;

/** A leadership vacuum at LIT-P2, as a signal would find it (critical, built on intelligence). */
const vacuum = (over: Partial<Finding> = {}): Finding => ({
  type: 'leadership_vacuum',
  centre: 'LIT',
  location: 'LIT-P2',
  subject: 'LIT-P2:LOBOS',
  severity: 'critical',
  score: 9.5,
  since: '2021-11-10T12:00:00.000Z',
  reasons: [
    { es: 'Los Lobos perdió a su líder Ruiz Vera, Ana, liberada el 10/11/2021.', en: 'Los Lobos lost its leader Ruiz Vera, Ana, released on 10/11/2021.' },
    { es: 'Tres pabellones vecinos están en manos de sus rivales.', en: 'Three neighbouring pavilions are held by its rivals.' },
  ],
  persons: ['P-0001'],
  groups: ['LOBOS'],
  restricted: true,
  timeline: [{ at: '2021-11-10T12:00:00.000Z', text: { es: 'Liberación de Ruiz Vera, Ana', en: 'Release of Ruiz Vera, Ana' } }],
  ...over,
});

const overcrowding = (centre: string, over: Partial<Finding> = {}): Finding => ({
  type: 'overcrowding',
  centre,
  location: null,
  subject: centre,
  severity: 'high',
  score: 1.8,
  since: '2021-11-01T12:00:00.000Z',
  reasons: [{ es: `El centro ${centre} está al 180 % de su capacidad.`, en: `The centre ${centre} is at 180% of its capacity.` }],
  persons: [],
  groups: [],
  restricted: false,
  timeline: [],
  ...over,
});

/** One evaluation of a centre at `at` with these findings, reconciled as the system. */
const reconcile = (centre: string, at: string, findings: Finding[]) =>
  reconcileAlerts(t.db.db, { actor: SYSTEM_ACTOR, clock: fixedClock(at) }, { centre, at, findings });

const get = (client: TestClient, id: string) => t.as(client, 'GET', `/api/v1/alerts/${id}`);

beforeAll(async () => {
  await buildPavilionCentre(t.db.db, 'LIT');
  await buildPavilionCentre(t.db.db, 'MAC', 2);
  director = await t.addUser('director.lit', ['director'], ['LIT']);
  directorMac = await t.addUser('director.mac', ['director'], ['MAC']);
  officer = await t.addUser('officer.lit', ['officer'], ['LIT']);
  intelligence = await t.addUser('intel.lit', ['intelligence'], ['LIT']);
  supervisor = await t.addUser('supervisor.lit', ['supervisor'], ['LIT']);
  health = await t.addUser('health.lit', ['health'], ['LIT']);
});

describe('an alert’s lifecycle', () => {
  it('is raised, acknowledged with a note, changes severity, is resolved automatically when its finding stops, and is kept with its history', async () => {
    const first = await reconcile('LIT', '2021-11-11T06:00:00.000Z', [vacuum()]);
    expect(first.raised).toHaveLength(1);
    const id = first.raised[0] as string;

    const raised = await get(director, id);
    expect(raised.statusCode).toBe(200);
    expect(raised.json()).toMatchObject({
      type: 'leadership_vacuum',
      centre: 'LIT',
      centreName: 'Centro LIT',
      location: 'LIT-P2',
      locationName: 'Pabellón 2',
      severity: 'critical',
      status: 'raised',
      version: 1,
      withheld: false,
      reasons: ['Los Lobos perdió a su líder Ruiz Vera, Ana, liberada el 10/11/2021.', 'Tres pabellones vecinos están en manos de sus rivales.'],
      timeline: [{ at: '2021-11-10T12:00:00.000Z', text: 'Liberación de Ruiz Vera, Ana' }],
      events: [{ kind: 'raised', severity: 'critical', by: null }],
      can: { acknowledge: true, resolve: true },
    });

    // Nothing changed: the next evaluation writes nothing.
    expect(await reconcile('LIT', '2021-11-11T06:10:00.000Z', [vacuum()])).toMatchObject({ raised: [], updated: [], resolved: [] });
    // The score follows the facts without making the director's view stale (same severity, same version).
    expect((await reconcile('LIT', '2021-11-11T06:20:00.000Z', [vacuum({ score: 9.7 })])).updated).toEqual([id]);
    expect((await get(director, id)).json()).toMatchObject({ score: 9.7, version: 1 });

    const noNote = await t.as(director, 'POST', `/api/v1/alerts/${id}/acknowledge`, { version: 1, note: '   ' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.field).toBe('note');
    const acknowledged = await t.as(director, 'POST', `/api/v1/alerts/${id}/acknowledge`, { version: 1, note: 'Refuerzo de guardia en el pabellón 2.' });
    expect(acknowledged.statusCode).toBe(200);
    expect(acknowledged.json()).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'director.lit', acknowledgedNote: 'Refuerzo de guardia en el pabellón 2.', version: 2 });
    const stale = await t.as(intelligence, 'POST', `/api/v1/alerts/${id}/resolve`, { version: 1, reason: 'Ya atendida' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'ALERT_VERSION_CHANGED', field: 'version' });

    // The finding weakens: same alert, a history entry, the peak kept.
    const weaker = await reconcile('LIT', '2021-11-12T06:00:00.000Z', [vacuum({ severity: 'high', score: 6 })]);
    expect(weaker.updated).toEqual([id]);
    // The finding stops: resolved automatically, never deleted.
    const gone = await reconcile('LIT', '2021-11-13T06:00:00.000Z', []);
    expect(gone.resolved).toEqual([id]);

    const resolved = (await get(director, id)).json();
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: 'automatic',
      resolvedBy: null,
      resolvedReason: 'Resuelta automáticamente: la señal dejó de cumplirse en la reevaluación.',
      severity: 'high',
      peakSeverity: 'critical',
      acknowledgedNote: 'Refuerzo de guardia en el pabellón 2.',
      can: { acknowledge: false, resolve: false },
    });
    expect(resolved.events.map((e: { kind: string; severity: string }) => `${e.kind}:${e.severity}`)).toEqual([
      'raised:critical',
      'acknowledged:critical',
      'severity_changed:high',
      'resolved:high',
    ]);
    const inEnglish = await t.app.inject({ method: 'GET', url: `/api/v1/alerts/${id}`, headers: { cookie: director.cookie, 'x-custodia-language': 'en' } });
    expect(inEnglish.json().reasons[0]).toBe('Los Lobos lost its leader Ruiz Vera, Ana, released on 10/11/2021.');
    expect(inEnglish.json().resolvedReason).toMatch(/^Resolved automatically/);

    const late = await t.as(director, 'POST', `/api/v1/alerts/${id}/acknowledge`, { version: resolved.version, note: 'Tarde' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('ALERT_RESOLVED');

    // The database itself keeps alerts and their history.
    await expect(t.db.db.execute(sql`delete from alerts where id = ${id}::uuid`)).rejects.toThrow();
    await expect(t.db.db.execute(sql`update alert_events set note = 'x' where alert = ${id}::uuid`)).rejects.toThrow();

    // The vacuum comes back: a new alert, the resolved one untouched.
    const back = await reconcile('LIT', '2021-11-14T06:00:00.000Z', [vacuum()]);
    expect(back.raised).toHaveLength(1);
    expect(back.raised[0]).not.toBe(id);
    const list = (await t.as(director, 'GET', '/api/v1/alerts?centre=LIT&type=leadership_vacuum&sort=raisedAt&dir=asc')).json();
    expect(list.items.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      [id, 'resolved'],
      [back.raised[0], 'raised'],
    ]);
    await reconcile('LIT', '2021-11-15T06:00:00.000Z', []);
  });

  it('resolved by hand with a reason, is not raised again while its finding holds, and is when the finding worsens', async () => {
    const [id] = (await reconcile('LIT', '2021-11-20T06:00:00.000Z', [overcrowding('LIT')])).raised;
    const noReason = await t.as(supervisor, 'POST', `/api/v1/alerts/${id}/resolve`, { version: 1 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    const byHand = await t.as(supervisor, 'POST', `/api/v1/alerts/${id}/resolve`, { version: 1, reason: 'Traslado de 200 personas aprobado.' });
    expect(byHand.json()).toMatchObject({ status: 'resolved', resolution: 'manual', resolvedBy: 'supervisor.lit', resolvedReason: 'Traslado de 200 personas aprobado.' });
    expect(byHand.json().events.at(-1)).toMatchObject({ kind: 'resolved', by: 'supervisor.lit', note: 'Traslado de 200 personas aprobado.' });

    expect((await reconcile('LIT', '2021-11-20T07:00:00.000Z', [overcrowding('LIT', { score: 1.9 })])).raised).toEqual([]);
    const worse = await reconcile('LIT', '2021-11-21T07:00:00.000Z', [overcrowding('LIT', { severity: 'critical', score: 2.4 })]);
    expect(worse.raised).toHaveLength(1);
    expect(worse.raised[0]).not.toBe(id);
    await reconcile('LIT', '2021-11-22T07:00:00.000Z', []);
  });

  it('refuses acknowledging and resolving to roles that may not, and answers 404 outside the caseload', async () => {
    const [id] = (await reconcile('LIT', '2021-11-23T06:00:00.000Z', [overcrowding('LIT')])).raised;
    expect((await t.as(officer, 'POST', `/api/v1/alerts/${id}/acknowledge`, { version: 1, note: 'Visto' })).statusCode).toBe(403);
    expect((await t.as(health, 'GET', `/api/v1/alerts/${id}`)).statusCode).toBe(403);
    expect((await t.as(directorMac, 'GET', `/api/v1/alerts/${id}`)).statusCode).toBe(404);
    expect((await t.as(directorMac, 'POST', `/api/v1/alerts/${id}/resolve`, { version: 1, reason: 'No es mío' })).statusCode).toBe(404);
    expect((await t.as(director, 'GET', '/api/v1/alerts/00000000-0000-4000-8000-000000000000')).json().error.code).toBe('ALERT_NOT_FOUND');
    const page = (await t.as(directorMac, 'GET', '/api/v1/alerts')).json();
    expect(page.items.every((a: { centre: string }) => a.centre === 'MAC')).toBe(true);
    await reconcile('LIT', '2021-11-23T07:00:00.000Z', []);
  });
});

describe('hostile input', () => {
  it('refuses bad notes, reasons, versions and ids naming the field, and writes nothing', async () => {
    const [id] = (await reconcile('LIT', '2021-11-24T06:00:00.000Z', [overcrowding('LIT')])).raised;
    const auditCount = async () => Number((await t.db.raw('select count(*)::int as n from audit_log'))[0]?.n);
    const before = await auditCount();
    const cases: [string, unknown, string][] = [
      ['acknowledge', { version: 1, note: 'a\u0000b' }, 'note'],
      ['acknowledge', { version: 1, note: 'a\ud800b' }, 'note'],
      ['acknowledge', { version: 1, note: 'x'.repeat(100_000) }, 'note'],
      ['acknowledge', { version: 0, note: 'Visto' }, 'version'],
      ['acknowledge', { version: 'NaN', note: 'Visto' }, 'version'],
      ['resolve', { version: 1, reason: '' }, 'reason'],
      ['resolve', { version: 1e12, reason: 'Motivo suficiente' }, 'version'],
    ];
    for (const [action, body, field] of cases) {
      const response = await t.as(director, 'POST', `/api/v1/alerts/${id}/${action}`, body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(response.json().error.field).toBe(field);
    }
    expect((await t.as(director, 'POST', '/api/v1/alerts/not-a-uuid/acknowledge', { version: 1, note: 'Visto' })).statusCode).toBe(400);
    expect(await auditCount()).toBe(before);
    expect((await get(director, id as string)).json()).toMatchObject({ status: 'raised', version: 1 });
    await reconcile('LIT', '2021-11-24T07:00:00.000Z', []);
  });
});

describe('restricted details', () => {
  it('are withheld from an officer (place, severity and status shown) and shown to intelligence', async () => {
    const [id] = (await reconcile('LIT', '2021-12-01T06:00:00.000Z', [vacuum()])).raised;
    const detailsRead = async () => (await t.db.raw(`select actor_username as actor from audit_log where action = 'alert.details_read' and subject_id = $1`, [id])).map((r) => r.actor);
    const forOfficer = (await get(officer, id as string)).json();
    expect(forOfficer).toMatchObject({ type: 'leadership_vacuum', locationName: 'Pabellón 2', severity: 'critical', score: 9.5, status: 'raised', withheld: true });
    expect(forOfficer).toMatchObject({ reasons: [], persons: [], groups: [], names: {}, timeline: [] });
    expect(JSON.stringify(forOfficer)).not.toContain('Ruiz');
    expect(JSON.stringify(forOfficer)).not.toContain('LOBOS');
    const board = (await t.as(officer, 'GET', '/api/v1/centres/LIT/warning')).json();
    expect(JSON.stringify(board)).not.toContain('Ruiz');

    const forIntelligence = (await get(intelligence, id as string)).json();
    expect(forIntelligence).toMatchObject({ withheld: false, persons: ['P-0001'], groups: ['LOBOS'] });
    expect(forIntelligence.reasons[0]).toContain('Ruiz Vera, Ana');
    // Like reading a person's memberships, reading the withheld details is on record; the officer's look is not (nothing shown).
    expect(await detailsRead()).toEqual(['intel.lit']);
    await reconcile('LIT', '2021-12-01T07:00:00.000Z', []);
  });
});

describe('the boards and the risk history', () => {
  it('rank centres by their highest open severity, colour pavilions by risk, and draw a pavilion’s risk by day', async () => {
    const [vacuumId] = (await reconcile('LIT', '2021-12-05T15:00:00.000Z', [vacuum({ severity: 'high', score: 6 }), overcrowding('LIT', { severity: 'medium' })])).raised;
    await reconcile('MAC', '2021-12-05T15:00:00.000Z', [overcrowding('MAC', { severity: 'critical' })]);
    await reconcile('LIT', '2021-12-06T15:00:00.000Z', [vacuum({ severity: 'critical' }), overcrowding('LIT', { severity: 'medium' })]);

    const hq = await t.addUser('hq.board', ['hq'], 'all');
    const board = (await t.as(hq, 'GET', '/api/v1/warning/board')).json();
    expect(board.centres.map((c: { code: string; highest: string }) => [c.code, c.highest])).toEqual([
      ['LIT', 'critical'],
      ['MAC', 'critical'],
    ]);
    expect(board.centres[0]).toMatchObject({ open: 2, byType: { leadership_vacuum: 1, overcrowding: 1, rival_colocation: 0 }, bySeverity: { critical: 1, medium: 1, low: 0 } });
    const mine = (await t.as(director, 'GET', '/api/v1/warning/board')).json();
    expect(mine.centres.map((c: { code: string }) => c.code)).toEqual(['LIT']);

    const centre = (await t.as(director, 'GET', '/api/v1/centres/LIT/warning')).json();
    expect(centre.pavilions.map((p: { code: string; highest: string | null }) => [p.code, p.highest])).toEqual([
      ['LIT-P1', null],
      ['LIT-P2', 'critical'],
      ['LIT-P3', null],
      ['LIT-P4', null],
      ['LIT-REC', null],
    ]);
    expect(centre.alerts.map((a: { type: string }) => a.type)).toEqual(['leadership_vacuum', 'overcrowding']);
    expect(centre.alerts[0].reasons).toHaveLength(2);
    expect((await t.as(directorMac, 'GET', '/api/v1/centres/LIT/warning')).statusCode).toBe(404);

    const history = (await t.as(director, 'GET', '/api/v1/locations/LIT-P2/risk-history?from=2021-12-04&to=2021-12-07')).json();
    expect(history.days.map((d: { day: string; highest: string | null }) => [d.day, d.highest])).toEqual([
      ['2021-12-04', null],
      ['2021-12-05', 'high'],
      ['2021-12-06', 'critical'],
      ['2021-12-07', 'critical'],
    ]);
    expect(history.alerts.map((a: { id: string }) => a.id)).toEqual([vacuumId]);
    expect(history.alerts[0].events.map((e: { kind: string }) => e.kind)).toEqual(['raised', 'severity_changed']);
    const backwards = await t.as(director, 'GET', '/api/v1/locations/LIT-P2/risk-history?from=2021-12-07&to=2021-12-04');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.code).toBe('WARNING_PERIOD_INVALID');
    expect((await t.as(director, 'GET', '/api/v1/locations/LIT-P2/risk-history?from=0000-01-01')).json().error.field).toBe('from');
    expect((await t.as(directorMac, 'GET', '/api/v1/locations/LIT-P2/risk-history')).statusCode).toBe(404);

    await reconcile('LIT', '2021-12-08T15:00:00.000Z', []);
    await reconcile('MAC', '2021-12-08T15:00:00.000Z', []);
  });

  it('evaluates the signals as of a past time, refusing the future and impossible dates on `at`', async () => {
    const past = await t.as(director, 'GET', '/api/v1/warning/as-of?at=2021-11-10T12:00:00Z&centre=LIT');
    expect(past.statusCode).toBe(200);
    expect(past.json().at).toBe('2021-11-10T12:00:00.000Z');
    for (const alert of past.json().alerts) expect(alert).toMatchObject({ id: null, status: null, centre: 'LIT' });
    const future = await t.as(director, 'GET', `/api/v1/warning/as-of?at=${new Date(Date.now() + 86_400_000).toISOString()}`);
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({ code: 'WARNING_AT_IN_FUTURE', field: 'at' });
    const zero = await t.as(director, 'GET', '/api/v1/warning/as-of?at=0000-01-01T00:00:00Z');
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.field).toBe('at');
    expect((await t.as(director, 'GET', '/api/v1/warning/as-of?at=2021-11-10T12:00:00Z&centre=MAC')).statusCode).toBe(404);
  });
});

describe('two reconciliations of one centre at once', () => {
  it('raise one alert for one subject, never two', async () => {
    const at = '2022-01-01T06:00:00.000Z';
    const outcomes = await Promise.all([reconcile('MAC', at, [overcrowding('MAC')]), reconcile('MAC', at, [overcrowding('MAC')]), reconcile('MAC', at, [overcrowding('MAC')])]);
    expect(outcomes.flatMap((o) => o.raised)).toHaveLength(1);
    const open = (await t.as(directorMac, 'GET', '/api/v1/alerts?status=raised,acknowledged&type=overcrowding')).json();
    expect(open.total).toBe(1);
    await reconcile('MAC', '2022-01-01T07:00:00.000Z', []);
  });
});

describe('the stream of critical alerts', () => {
  it('tells a director of the centre at once, with no reasons or people, and not a director of another centre', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const open = async (client: TestClient) => {
      const stream = await fetch(`${address}/api/v1/alerts/stream`, { headers: { cookie: client.cookie }, signal: controller.signal });
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      const state = { received: '' };
      const until = async (pattern: RegExp) => {
        while (!pattern.test(state.received)) {
          const { value, done } = await reader.read();
          if (done) break;
          state.received += decoder.decode(value);
        }
        return state.received;
      };
      await until(/connected/);
      return until;
    };
    try {
      const lit = await open(director);
      const mac = await open(directorMac);
      const [id] = (await reconcile('LIT', '2022-02-01T06:00:00.000Z', [vacuum()])).raised;
      const received = await lit(/event: alert/);
      const data = JSON.parse(/data: (.*)/.exec(received)?.[1] ?? '{}');
      expect(data).toMatchObject({ id, type: 'leadership_vacuum', centre: 'LIT', severity: 'critical', location: 'LIT-P2', change: 'raised' });
      expect(received).not.toContain('Ruiz');
      expect(received).not.toContain('LOBOS');
      // A high alert is not announced; a critical one at MAC reaches MAC's director, the first event they get.
      await reconcile('LIT', '2022-02-01T06:10:00.000Z', [vacuum(), overcrowding('LIT')]);
      await reconcile('MAC', '2022-02-01T06:00:00.000Z', [overcrowding('MAC', { severity: 'critical' })]);
      const seenByMac = await mac(/event: alert/);
      expect(seenByMac.match(/event: alert/g)).toHaveLength(1);
      expect(JSON.parse(/data: (.*)/.exec(seenByMac)?.[1] ?? '{}')).toMatchObject({ centre: 'MAC', type: 'overcrowding' });
    } finally {
      controller.abort();
    }
  });
});
