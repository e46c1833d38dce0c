/**
 * Incident reports at national scale, through the HTTP API in process (`app.inject`: routing,
 * validation, the use case, the response check; no socket) with a national HQ session:
 * - 6 centres of 4 pavilions × 2 wings × 20 cells, 3,000 people;
 * - 50,000 incidents over three years (every type and status), 1–3 people involved in each;
 *   one report with 100 people involved, 10 staff, 20 addenda and its history;
 * - 30 requests each (3 warm-up requests discarded) of: the list's first page unfiltered, by
 *   centre + status, by type + dates, by location (a pavilion and under it), by person, the
 *   "to review" view; and the report with 100 people.
 *
 *   node --import tsx bench/incidents.ts [--engine pglite|postgres]
 *
 * Targets: the list's first page p95 < 50 ms on PostgreSQL; the report of 100 people < 100 ms.
 */
import { sql } from 'drizzle-orm';
import os from 'node:os';
import { openDatabase } from '../src/db/engine.ts';
import { runAudited, SYSTEM_ACTOR } from '../src/modules/audit/index.ts';
import { createUser } from '../src/modules/auth/index.ts';
import { insertCentres, insertLocations, type NewLocation } from '../src/modules/estate/index.ts';
import { INCIDENT_STATUSES, INCIDENT_TYPES, INVOLVEMENT_ROLES } from '../src/modules/incidents/schemas.ts';
import { insertPersons } from '../src/modules/register/index.ts';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { createServices } from '../src/server/services.ts';
import { benchDatabase, emitResult, engineFromArgs, heading, machineLine, ms, summarise } from './lib/common.ts';
import { FAMILY, GIVEN, pad, random } from './lib/synthetic.ts';

const engine = engineFromArgs();
const CENTRES = ['INA', 'INB', 'INC', 'IND', 'INE', 'INF'];
const PEOPLE = 3_000;
const INCIDENTS = 50_000;
const BIG = 'INA-INC-2026-999999';
const RUNS = 30;
const WARM_UP = 3;
const PASSWORD = 'incidentes-de-prueba-2026';

async function build(target: string): Promise<void> {
  const handle = await openDatabase(target);
  await handle.migrate();
  const rand = random(12);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const locations: NewLocation[] = [];
  for (const centre of CENTRES) {
    const base = { centre, sex: 'M' as const, security: 'medium' as const, regime: 'mixed' as const, designCapacity: null, workingCapacity: null, maxCapacity: null };
    for (let p = 1; p <= 4; p += 1) {
      const pavilion = `${centre}-P${p}`;
      locations.push({ ...base, code: pavilion, parent: null, kind: 'pavilion', name: `Pabellón ${p}` });
      for (const w of ['A', 'B']) {
        locations.push({ ...base, code: `${pavilion}-${w}`, parent: pavilion, kind: 'wing', name: `Ala ${w}` });
        for (let c = 1; c <= 20; c += 1) {
          locations.push({ ...base, code: `${pavilion}-${w}-${pad(c, 3)}`, parent: `${pavilion}-${w}`, kind: 'cell', name: `Celda ${c}`, designCapacity: 4, workingCapacity: 5, maxCapacity: 8 });
        }
      }
    }
  }
  const ids = Array.from({ length: PEOPLE }, (_, i) => `INP${pad(i, 6)}`);
  await runAudited(handle.db, { actor: SYSTEM_ACTOR }, async (w) => {
    await insertCentres(
      w,
      CENTRES.map((code) => ({ code, name: `Centro ${code}`, city: 'Guayaquil', province: 'Guayas', type: 'CPL' as const, sex: 'M' as const, authority: 'snai' as const, timezone: 'America/Guayaquil' })),
      'bench',
    );
    await insertLocations(w, locations);
    await insertPersons(
      w,
      ids.map((id) => ({ id, nationalId: null, givenNames: `${pick(GIVEN)} ${pick(GIVEN)}`, familyNames: `${pick(FAMILY)} ${pick(FAMILY)}`, aliases: [], birthDate: null, sex: 'M', nationality: 'ECU' })),
    );
    w.audit({ action: 'import.applied', subjectType: 'bench', subjectId: 'incidents' });
  });
  // The incidents themselves in bulk, by SQL: what the importer would leave behind.
  const cells = locations.filter((l) => l.kind === 'cell').map((l) => l.code);
  const arr = (values: readonly string[]) => sql.raw(`array[${values.map((v) => `'${v}'`).join(',')}]`);
  // Each centre's 160 cells are consecutive in `cells`; one incident in ten has no location.
  const perCentre = cells.length / CENTRES.length;
  await handle.db.execute(sql`
    insert into incidents (id, centre, location, type, severity, status, started_at, ended_at, description, reported_by, reported_at, version)
    select c || '-INC-' || extract(year from t)::int || '-' || lpad(n::text, 6, '0'), c,
           case when n % 10 = 0 then null else (${arr(cells)})[1 + ci * ${perCentre} + (n * 7919) % ${perCentre}] end,
           (${arr(INCIDENT_TYPES)})[1 + n % ${INCIDENT_TYPES.length}],
           (array['low','medium','high','critical'])[1 + (n / 7) % 4],
           (${arr(INCIDENT_STATUSES)})[1 + (n / 3) % ${INCIDENT_STATUSES.length}],
           t, t + interval '2 hours', 'Parte sintético número ' || n || E'.\nDetalle del hecho.', 'guia.' || (n % 40), t + interval '3 hours', 1
    from (select n, n % ${CENTRES.length} as ci, (${arr(CENTRES)})[1 + n % ${CENTRES.length}] as c,
                 now() - (n * interval '31 minutes') - interval '1 hour' as t
          from generate_series(1, ${INCIDENTS}) n) g`);
  await handle.db.execute(sql`
    insert into incident_people (incident, person, role, injury, added_at, added_by)
    select distinct on (i.id, p.person, p.role) i.id, p.person, p.role, p.injury, i.reported_at, i.reported_by
    from (select id, reported_at, reported_by, row_number() over (order by id) as k from incidents) i
    cross join lateral (
      select 'INP' || lpad(((i.k * 31 + j * 977) % ${PEOPLE})::text, 6, '0') as person,
             (${arr(INVOLVEMENT_ROLES)})[1 + (i.k + j) % ${INVOLVEMENT_ROLES.length}] as role,
             (array['none','none','minor','serious','fatal'])[1 + (i.k * 3 + j) % 5] as injury
      from generate_series(0, (i.k % 3)::int) j) p`);
  await runAudited(handle.db, { actor: SYSTEM_ACTOR }, async (w) => {
    await w.tx.execute(sql`
      insert into incidents (id, centre, location, type, severity, status, started_at, description, reported_by, reported_at, version)
      values (${BIG}, 'INA', 'INA-P1-A-001', 'riot', 'critical', 'submitted', now() - interval '1 day', 'Motín en el pabellón 1.', 'guia.1', now() - interval '20 hours', 1)`);
    await w.tx.execute(sql`
      insert into incident_people (incident, person, role, injury, note, added_at, added_by)
      select ${BIG}, 'INP' || lpad(n::text, 6, '0'), 'present', (array['none','minor','serious','fatal'])[1 + n % 4], 'Nota ' || n, now(), 'guia.1'
      from generate_series(0, 99) n`);
    await w.tx.execute(sql`
      insert into incident_staff (incident, name, role, injury, added_at, added_by)
      select ${BIG}, 'Funcionario ' || n, 'responder', 'minor', now(), 'guia.1' from generate_series(1, 10) n`);
    await w.tx.execute(sql`insert into incident_addenda (incident, text, at, by) select ${BIG}, 'Ampliación ' || n, now(), 'guia.1' from generate_series(1, 20) n`);
    await w.tx.execute(sql`
      insert into incident_history (incident, action, changes, at, by)
      select ${BIG}, 'person_added', jsonb_build_object('INP' || lpad(n::text, 6, '0'), jsonb_build_object('old', null, 'new', 'present')), now(), 'guia.1' from generate_series(0, 99) n`);
    w.audit({ action: 'import.applied', subjectType: 'bench', subjectId: BIG });
  });
  await createUser(handle.db, { actor: SYSTEM_ACTOR }, { username: 'hq.incidentes', displayName: 'HQ', roles: ['hq'], caseload: { all: true, centres: [] }, password: PASSWORD });
  await handle.db.execute(sql`update users set must_change_password = false where username = 'hq.incidentes'`);
  // What autovacuum does soon after a bulk load: statistics, and the visibility map that lets a
  // count read the index alone.
  await handle.db.execute(sql`vacuum analyze`);
  await handle.close();
}

const probes: { label: string; path: string; target: number }[] = [
  { label: 'list, first page, no filter', path: '/api/v1/incidents', target: 50 },
  { label: 'list, centre + status (2)', path: '/api/v1/incidents?centre=INB&status=submitted,returned', target: 50 },
  { label: 'list, type + from/to (a month)', path: `/api/v1/incidents?type=riot,fight&from=${daysAgo(200)}&to=${daysAgo(170)}`, target: 50 },
  { label: 'list, location (pavilion and under)', path: '/api/v1/incidents?location=INC-P2', target: 50 },
  { label: 'list, person', path: '/api/v1/incidents?person=INP000123', target: 50 },
  { label: 'list, view to review, by severity', path: '/api/v1/incidents?view=to_review&sort=severity', target: 50 },
  { label: 'report with 100 people involved', path: `/api/v1/incidents/${BIG}`, target: 100 },
];

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const scratch = await benchDatabase(engine, 'incidents');
try {
  heading(`Incident reports (${scratch.label})`);
  console.log(machineLine());
  const started = performance.now();
  await build(scratch.target);
  console.log(`built: ${INCIDENTS} incidents at ${CENTRES.length} centres, ${PEOPLE} people (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const handle = await openDatabase(scratch.target);
  const app = await buildApp(createServices(handle, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })), { webRoot: null });
  try {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'hq.incidentes', password: PASSWORD } });
    const cookie = login.cookies.find((c) => c.name === 'custodia_session');
    if (!cookie) throw new Error(`login: ${login.statusCode} ${login.body}`);
    const results: Record<string, unknown> = {};
    for (const probe of probes) {
      const times: number[] = [];
      let shown = '';
      for (let i = 0; i < WARM_UP + RUNS; i += 1) {
        const t0 = performance.now();
        const res = await app.inject({ method: 'GET', url: probe.path, headers: { cookie: `custodia_session=${cookie.value}` } });
        const elapsed = performance.now() - t0;
        if (res.statusCode !== 200) throw new Error(`${probe.path}: HTTP ${res.statusCode} ${res.body.slice(0, 300)}`);
        if (i === 0) {
          const body = JSON.parse(res.body) as { total?: number; items?: unknown[]; people?: unknown[] };
          shown = body.people ? `${body.people.length} people` : `${body.total} match, ${body.items?.length} shown`;
        }
        if (i >= WARM_UP) times.push(elapsed);
      }
      const s = summarise(times);
      const verdict = s.p95 < probe.target ? 'ok' : `OVER ${probe.target} ms`;
      console.log(`${probe.label.padEnd(40)} median ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}  (n=${RUNS}; ${shown}) ${verdict}`);
      results[probe.label] = { median: s.p50, p95: s.p95, max: s.max, target: probe.target };
    }
    console.log(`load average while measuring: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (on ${os.cpus().length} cores; far above that, the figures are depressed)`);
    emitResult('incidents', { engine, probes: results });
  } finally {
    await app.close();
    await handle.close();
  }
} finally {
  await scratch.cleanup();
}
