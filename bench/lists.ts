/**
 * First-page latency of the lists that page, through the HTTP API with a director's session:
 * - one centre with a pavilion of 721 people (4 wings × 40 cells) and three more pavilions,
 *   2,600 people in all; one criminal group of 2,500 members held there (and smaller ones);
 * - 20 requests each (2 warm-up requests discarded) of: a pavilion's people, first page by name;
 *   the same filtered (pretrial, in) and sorted by cell; a later page; the group's members, first
 *   page (leaders first) and filtered by role; a person search matching several hundred of them.
 *
 *   node --import tsx bench/lists.ts [--engine pglite|postgres]
 *
 * Target: first page under 300 ms on the embedded engine.
 */
import { sql } from 'drizzle-orm';
import http from 'node:http';
import { openDatabase } from '../src/db/engine.ts';
import { runAudited, SYSTEM_ACTOR } from '../src/modules/audit/index.ts';
import { createUser } from '../src/modules/auth/index.ts';
import { insertCentres, insertLocations } from '../src/modules/estate/index.ts';
import { insertGroups, insertMemberships, type NewMembership } from '../src/modules/groups/index.ts';
import { insertPersons, openEpisodes } from '../src/modules/register/index.ts';
import { applyMovements } from '../src/modules/roll/index.ts';
import {
  benchDatabase,
  describeCpu,
  emitResult,
  engineFromArgs,
  ensureWebBuilt,
  heading,
  logIn,
  machineLine,
  ms,
  request,
  startServerChild,
  summarise,
  waitForQuiet,
  watchCpu,
} from './lib/common.ts';
import { FAMILY, GIVEN, pad, pavilionTree, random } from './lib/synthetic.ts';

const engine = engineFromArgs();
const CENTRE = 'LST';
const PAVILION_PEOPLE = 721;
const PEOPLE = 2_600;
const GROUP_MEMBERS = 2_500;
const RUNS = 20;
const WARM_UP = 2;
const PASSWORD = 'lista-de-prueba-larga-2026';

async function build(target: string): Promise<void> {
  const handle = await openDatabase(target);
  await handle.migrate();
  const rand = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const { locations, cellsOf } = pavilionTree(CENTRE, { design: 4, working: 5, max: 8 });
  const ids = Array.from({ length: PEOPLE }, (_, i) => `LST${pad(i, 6)}`);
  const pavilionOf = (i: number) => (i < PAVILION_PEOPLE ? `${CENTRE}-P01` : `${CENTRE}-P${pad(2 + (i % 3), 2)}`);
  await runAudited(handle.db, { actor: SYSTEM_ACTOR }, async (w) => {
    await insertCentres(w, [{ code: CENTRE, name: 'Centro de listas', city: 'Guayaquil', province: 'Guayas', type: 'CPL', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' }], 'bench');
    await insertLocations(w, locations);
    await insertPersons(
      w,
      ids.map((id) => ({ id, nationalId: null, givenNames: `${pick(GIVEN)} ${pick(GIVEN)}`, familyNames: `${pick(FAMILY)} ${pick(FAMILY)}`, aliases: [], birthDate: null, sex: 'M', nationality: 'ECU' })),
    );
    const admitted = new Date(Date.now() - 30 * 86_400_000);
    const statuses = ids.map(() => (rand() < 0.37 ? 'pretrial' : 'sentenced') as 'pretrial' | 'sentenced');
    const episodes = await openEpisodes(
      w,
      ids.map((id, i) => ({
        person: id,
        centre: CENTRE,
        admittedAt: admitted,
        offence: 'robbery',
        maxPenaltyYears: 5,
        legalStatus: statuses[i] as 'pretrial' | 'sentenced',
        pretrialSince: statuses[i] === 'pretrial' ? '2026-01-01' : null,
        risk: pick(['low', 'medium', 'high'] as const),
      })),
      'bench',
    );
    await applyMovements(
      w,
      ids.map((id, i) => ({
        person: id,
        type: 'admission' as const,
        at: new Date(admitted.getTime() + i * 60_000),
        toCentre: CENTRE,
        toLocation: pick(cellsOf.get(pavilionOf(i)) ?? []),
        reason: 'bench',
        episode: episodes[i] as string,
      })),
      'bench',
      'unchecked_replay',
    );
    await insertGroups(w, [0, 1, 2].map((g) => ({ code: `LG${g}`, name: `Grupo ${g}`, kind: 'gang' as const, parent: null, aliases: [] })), 'bench');
    const memberships: NewMembership[] = ids.map((id, i) => ({
      person: id,
      group: i < GROUP_MEMBERS ? 'LG0' : i % 2 === 0 ? 'LG1' : 'LG2',
      role: rand() < 0.01 ? 'leader' : rand() < 0.05 ? 'lieutenant' : 'member',
      since: '2022-01-01',
      confidence: pick(['confirmed', 'probable', 'possible'] as const),
    }));
    await insertMemberships(w, memberships, 'bench');
    w.audit({ action: 'import.applied', subjectType: 'bench', subjectId: CENTRE });
  });
  await createUser(handle.db, { actor: SYSTEM_ACTOR }, { username: 'director.listas', displayName: 'Director', roles: ['director'], caseload: { all: false, centres: [CENTRE] }, password: PASSWORD });
  // The bench logs in as that user; no first-login password change in the way.
  await handle.db.execute(sql`update users set must_change_password = false where username = 'director.listas'`);
  await handle.db.execute(sql`analyze`);
  await handle.close();
}

interface Probe {
  label: string;
  path: string;
  /** What the first answer must say, so a wrong list is not timed. */
  check: (body: { total?: number; items?: unknown[]; people?: unknown[] }) => string | null;
}

const probes: Probe[] = [
  { label: 'pavilion of 721, first page by name', path: `/api/v1/roll/locations/${CENTRE}-P01/people?limit=50`, check: (b) => (b.total === PAVILION_PEOPLE ? null : `total ${b.total}`) },
  {
    label: 'pavilion of 721, pretrial & in, by cell desc',
    path: `/api/v1/roll/locations/${CENTRE}-P01/people?limit=50&legalStatus=pretrial&state=in&sort=cell&dir=desc`,
    check: (b) => ((b.total ?? 0) > 100 && (b.total ?? 0) < PAVILION_PEOPLE ? null : `total ${b.total}`),
  },
  { label: 'pavilion of 721, page 10 (offset 450)', path: `/api/v1/roll/locations/${CENTRE}-P01/people?limit=50&offset=450`, check: (b) => (b.items?.length === 50 ? null : `items ${b.items?.length}`) },
  { label: 'group of 2,500, first page (leaders first)', path: '/api/v1/groups/LG0/members?limit=50', check: (b) => (b.total === GROUP_MEMBERS ? null : `total ${b.total}`) },
  { label: 'group of 2,500, members only, by name', path: '/api/v1/groups/LG0/members?limit=50&role=member&sort=name', check: (b) => ((b.total ?? 0) > 2000 ? null : `total ${b.total}`) },
  { label: 'search "macias" (true total), first 25', path: '/api/v1/persons?q=macias&limit=25', check: (b) => ((b.total ?? 0) > 200 && b.people?.length === 25 ? null : `total ${b.total}`) },
];

const scratch = await benchDatabase(engine, 'lists');
let server: Awaited<ReturnType<typeof startServerChild>> | null = null;
try {
  heading(`Lists that page (${scratch.label})`);
  console.log(machineLine());
  const started = performance.now();
  await build(scratch.target);
  console.log(`built: ${PEOPLE} people (${PAVILION_PEOPLE} in pavilion ${CENTRE}-P01), group LG0 of ${GROUP_MEMBERS} members (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  // After building the data (which takes a while): the web app may have changed meanwhile.
  const web = ensureWebBuilt();
  console.log(`web app: ${web.state}${web.note ? ` (${web.note})` : ''}`);
  server = await startServerChild(scratch.target);
  console.log(`Before measuring: ${describeCpu(await waitForQuiet())}`);
  const session = await logIn(server.url, 'director.listas', PASSWORD);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const results: Record<string, unknown> = {};
  for (const probe of probes) {
    const times: number[] = [];
    const cpu = watchCpu();
    for (let i = 0; i < WARM_UP + RUNS; i += 1) {
      const t0 = performance.now();
      // The warm-up requests may wait for a cold engine on a busy machine.
      const res = await request(`${server.url}${probe.path}`, { headers: { cookie: session.cookie }, agent, timeoutMs: i < WARM_UP ? 120_000 : 30_000 });
      const elapsed = performance.now() - t0;
      if (res.status !== 200) throw new Error(`${probe.path}: HTTP ${res.status} ${res.body.slice(0, 300)}`);
      if (i === 0) {
        console.log(`  first request (cold): ${ms(elapsed)}`);
        const problem = probe.check(JSON.parse(res.body) as never);
        if (problem) throw new Error(`${probe.path}: unexpected answer (${problem})`);
      }
      if (i >= WARM_UP) times.push(elapsed);
    }
    const s = summarise(times);
    const use = cpu();
    const busy = use && use.other > 0.25 ? `  !! other processes busy (${use.other.toFixed(2)} cores): figures are depressed` : '';
    console.log(`${probe.label.padEnd(48)} median ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}  (n=${RUNS})${busy}`);
    results[probe.label] = { median: s.p50, p95: s.p95, max: s.max, otherCores: use?.other ?? null };
  }
  agent.destroy();
  emitResult('lists', { engine, probes: results });
} finally {
  await server?.stop();
  await scratch.cleanup();
}
