/**
 * The missing list and the emergency list at scale, through the HTTP API with a director's
 * session: one centre of 7,000 people (4 pavilions × 4 wings × 40 cells) in an emergency declared
 * over all of them, so that all 7,000 are unaccounted for (unverified, inside). 20 requests each
 * (2 warm-up requests discarded) of: the missing list, first page by name; the same under one
 * wing; the emergency's people still to verify, first page; the same under one wing, by name;
 * the whole unverified list of a wing (what the one-action verification confirms); the emergency
 * detail as the emergency page asks for it (`?people=marked`).
 *
 *   node --import tsx bench/missing.ts [--engine pglite|postgres]
 *
 * Target: first page under 300 ms on the embedded engine.
 */
import { sql } from 'drizzle-orm';
import http from 'node:http';
import { openDatabase } from '../src/db/engine.ts';
import { runAudited, SYSTEM_ACTOR } from '../src/modules/audit/index.ts';
import { createUser } from '../src/modules/auth/index.ts';
import { declareEmergency } from '../src/modules/emergency/index.ts';
import { insertCentres, insertLocations } from '../src/modules/estate/index.ts';
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
const CENTRE = 'EMG';
const PEOPLE = 7_000;
const RUNS = 20;
const WARM_UP = 2;
const PASSWORD = 'emergencia-de-prueba-2026';

/** The centre, its people placed, a director, and the emergency declared over everyone: its id. */
async function build(target: string): Promise<string> {
  const handle = await openDatabase(target);
  await handle.migrate();
  const rand = random(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const tree = pavilionTree(CENTRE, { design: 8, working: 10, max: 14 });
  const { locations } = tree;
  const cells = [...tree.cellsOf.values()].flat();
  const ids = Array.from({ length: PEOPLE }, (_, i) => `EMG${pad(i, 6)}`);
  await runAudited(handle.db, { actor: SYSTEM_ACTOR }, async (w) => {
    await insertCentres(w, [{ code: CENTRE, name: 'Centro en emergencia', city: 'Guayaquil', province: 'Guayas', type: 'CPL', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' }], 'bench');
    await insertLocations(w, locations);
    await insertPersons(
      w,
      ids.map((id, i) => ({
        id,
        nationalId: `09${pad(i, 8)}`,
        givenNames: `${pick(GIVEN)} ${pick(GIVEN)}`,
        familyNames: `${pick(FAMILY)} ${pick(FAMILY)}`,
        aliases: [],
        birthDate: `${1960 + Math.floor(rand() * 45)}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`,
        sex: 'M',
        nationality: 'ECU',
      })),
    );
    const admitted = new Date(Date.now() - 30 * 86_400_000);
    const episodes = await openEpisodes(
      w,
      ids.map((id) => ({ person: id, centre: CENTRE, admittedAt: admitted, offence: 'robbery', maxPenaltyYears: 5, legalStatus: 'sentenced' as const, pretrialSince: null, risk: 'medium' as const })),
      'bench',
    );
    await applyMovements(
      w,
      ids.map((id, i) => ({
        person: id,
        type: 'admission' as const,
        at: new Date(admitted.getTime() + i * 60_000),
        toCentre: CENTRE,
        toLocation: cells[i % cells.length] as string,
        reason: 'bench',
        episode: episodes[i] as string,
      })),
      'bench',
      'unchecked_replay',
    );
    w.audit({ action: 'import.applied', subjectType: 'bench', subjectId: CENTRE });
  });
  const emergency = await declareEmergency(handle.db, { actor: SYSTEM_ACTOR }, { centre: CENTRE, kind: 'riot', reason: 'Motín (medición)' });
  await createUser(handle.db, { actor: SYSTEM_ACTOR }, { username: 'director.emg', displayName: 'Director', roles: ['director'], caseload: { all: false, centres: [CENTRE] }, password: PASSWORD });
  await handle.db.execute(sql`update users set must_change_password = false where username = 'director.emg'`);
  await handle.db.execute(sql`analyze`);
  await handle.close();
  return emergency.id;
}

interface Probe {
  label: string;
  path: string;
  /** What the first answer must say, so a wrong list is not timed. */
  check: (body: { total?: number; items?: unknown[]; people?: unknown[] }) => string | null;
}

const WING = `${CENTRE}-P01-A`;
/** Cells are filled in turn: 10 rounds of 640 cells, then the first 600 of them. */
const WING_PEOPLE = 440;
const probes = (emergency: string): Probe[] => [
  { label: 'missing list of 7,000, first page by name', path: `/api/v1/roll/centres/${CENTRE}/missing?limit=50`, check: (b) => (b.total === PEOPLE && b.people?.length === 50 ? null : `total ${b.total}`) },
  { label: 'missing list, one wing, by last location', path: `/api/v1/roll/centres/${CENTRE}/missing?limit=50&location=${WING}&sort=location`, check: (b) => (b.total === WING_PEOPLE ? null : `total ${b.total}`) },
  { label: 'emergency list, unverified, first page', path: `/api/v1/emergencies/${emergency}/people?status=unverified&limit=50`, check: (b) => (b.total === PEOPLE ? null : `total ${b.total}`) },
  { label: 'emergency list, unverified, by name', path: `/api/v1/emergencies/${emergency}/people?status=unverified&limit=50&sort=name`, check: (b) => (b.total === PEOPLE ? null : `total ${b.total}`) },
  { label: 'emergency list, one wing, by name', path: `/api/v1/emergencies/${emergency}/people?status=unverified&limit=50&location=${WING}&sort=name`, check: (b) => (b.total === WING_PEOPLE ? null : `total ${b.total}`) },
  { label: 'a wing\'s 440 names to confirm (limit 500)', path: `/api/v1/emergencies/${emergency}/people?status=unverified&limit=500&location=${WING}&sort=name`, check: (b) => (b.items?.length === WING_PEOPLE ? null : `items ${b.items?.length}`) },
  // What the emergency page asks for: the counts and only the people marked other than verified.
  { label: 'emergency detail (counts, marked people)', path: `/api/v1/emergencies/${emergency}?people=marked`, check: (b) => (b.people?.length === 0 ? null : `people ${b.people?.length}`) },
];

const scratch = await benchDatabase(engine, 'missing');
let server: Awaited<ReturnType<typeof startServerChild>> | null = null;
try {
  heading(`The missing list and the emergency list at 7,000 (${scratch.label})`);
  console.log(machineLine());
  const web = ensureWebBuilt();
  console.log(`web app: ${web.state}${web.note ? ` (${web.note})` : ''}`);
  const started = performance.now();
  const emergency = await build(scratch.target);
  console.log(`built: ${PEOPLE} people at ${CENTRE}, emergency ${emergency} over all of them (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  server = await startServerChild(scratch.target);
  console.log(`Before measuring: ${describeCpu(await waitForQuiet())}`);
  const session = await logIn(server.url, 'director.emg', PASSWORD);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const results: Record<string, unknown> = {};
  for (const probe of probes(emergency)) {
    const times: number[] = [];
    const cpu = watchCpu();
    for (let i = 0; i < WARM_UP + RUNS; i += 1) {
      const t0 = performance.now();
      const res = await request(`${server.url}${probe.path}`, { headers: { cookie: session.cookie }, agent });
      const elapsed = performance.now() - t0;
      if (res.status !== 200) throw new Error(`${probe.path}: HTTP ${res.status} ${res.body.slice(0, 300)}`);
      if (i === 0) {
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
  emitResult('missing', { engine, probes: results });
} finally {
  await server?.stop();
  await scratch.cleanup();
}
