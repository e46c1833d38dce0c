import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import { useTestApp, type TestClient } from '../../server/testing.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { admissionBody, personBody } from '../register/testing.ts';
import { reconcileAlerts } from './reconcile-alerts.ts';
import { startWarningReevaluation, whenWarningIdle } from './re-evaluation.ts';
import type { Finding } from './signals/facts.ts';
import { buildPavilionCentre, gang } from './testing.ts';

// This app re-evaluates after every commit, as the server does.
const t = useTestApp({ CUSTODIA_WARNING_REEVALUATION: 'on' });
let director: TestClient;
let hq: TestClient;

/**
 * A finding no signal would make on these facts (a group that does not exist), so the next real
 * evaluation of its centre finds it gone and resolves its alert.
 */
const phantom = (centre: string, subject: string): Finding => ({
  type: 'rival_colocation',
  centre,
  location: `${centre}-P1`,
  subject,
  severity: 'high',
  score: 4,
  since: '2025-09-01T12:00:00.000Z',
  reasons: [{ es: 'Miembros de grupos rivales comparten el ala A.', en: 'Members of rival groups share wing A.' }],
  persons: [],
  groups: ['FANTASMA'],
  restricted: true,
  timeline: [],
});

const raise = async (centre: string, subject: string) => {
  const at = new Date().toISOString();
  const { raised } = await reconcileAlerts(t.db.db, { actor: SYSTEM_ACTOR, clock: fixedClock(at) }, { centre, at, findings: [phantom(centre, subject)] });
  return raised[0] as string;
};
const statusOf = async (id: string) => (await t.as(hq, 'GET', `/api/v1/alerts/${id}`)).json().status as string;

beforeAll(async () => {
  await buildPavilionCentre(t.db.db, 'LIT', 2, '2025-01-01T12:00:00Z');
  await buildPavilionCentre(t.db.db, 'MAC', 2, '2025-01-01T12:00:00Z');
  director = await t.addUser('director.lit', ['director', 'officer'], ['LIT']);
  hq = await t.addUser('hq.national', ['hq'], 'all');
  await whenWarningIdle(t.db.db);
});

describe('re-evaluation after a commit', () => {
  it('re-evaluates the centre whose facts changed after the request answered, and no other', async () => {
    const lit = await raise('LIT', 'phantom-1');
    const mac = await raise('MAC', 'phantom-1');
    // The alerts' own entries start no re-evaluation (no loop).
    await whenWarningIdle(t.db.db);
    expect(await statusOf(lit)).toBe('raised');

    const admitted = await t.as(director, 'POST', '/api/v1/admissions', admissionBody(personBody('LIT-RE-0001'), 'LIT-P1-A-1'));
    expect(admitted.statusCode).toBe(201);
    // The request did not wait for the evaluation: the centre is re-evaluated after it answered.
    expect(await statusOf(lit)).toBe('raised');
    await whenWarningIdle(t.db.db);
    const after = (await t.as(hq, 'GET', `/api/v1/alerts/${lit}`)).json();
    expect(after).toMatchObject({ status: 'resolved', resolution: 'automatic' });
    expect(await statusOf(mac)).toBe('raised');
  });

  it('re-evaluates every centre after a change of groups, which touches them all', async () => {
    const lit = await raise('LIT', 'phantom-2');
    const mac = await raise('MAC', 'phantom-2');
    await whenWarningIdle(t.db.db);
    await gang(t.db.db, 'NUEVO', 'Grupo nuevo', '2025-06-01T12:00:00Z');
    await whenWarningIdle(t.db.db);
    expect(await statusOf(lit)).toBe('resolved');
    expect(await statusOf(mac)).toBe('resolved');
  });

  it('re-evaluates every centre on the schedule’s run, and stops cleanly', async () => {
    const lit = await raise('LIT', 'phantom-3');
    const mac = await raise('MAC', 'phantom-3');
    const schedule = startWarningReevaluation(t.db.db, { listen: false });
    schedule.startSchedule(60_000);
    await schedule.evaluateAll();
    await schedule.stop();
    expect(await statusOf(lit)).toBe('resolved');
    expect(await statusOf(mac)).toBe('resolved');
  });

  it('evaluates every centre one at a time when asked (the embedded engine’s way), with the same outcome', async () => {
    const lit = await raise('LIT', 'phantom-4');
    const mac = await raise('MAC', 'phantom-4');
    const oneByOne = startWarningReevaluation(t.db.db, { listen: false, centresPerEvaluation: 1 });
    await oneByOne.evaluateAll();
    await oneByOne.stop();
    expect(await statusOf(lit)).toBe('resolved');
    expect(await statusOf(mac)).toBe('resolved');
  });
});
