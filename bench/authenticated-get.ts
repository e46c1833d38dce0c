/**
 * Authenticated reads in req/s with autocannon (10 connections, 2 s warm-up, 10 s measured):
 *   - a bare Fastify hello-world (the ceiling on this machine),
 *   - GET /api/v1/me with an administrator's session cookie (session lookup + caseload),
 *   - GET /api/v1/centres as an officer whose caseload is 3 of 36 centres (caseload-scoped query).
 * Each server runs in its own child process; autocannon runs in this one.
 *
 *   node --import tsx bench/authenticated-get.ts [--engine pglite|postgres]
 */
import {
  ADMIN_PASSWORD,
  benchDatabase,
  describeLoad,
  emitResult,
  engineFromArgs,
  ensureWebBuilt,
  FAIRNESS_NOTE,
  heading,
  load,
  logIn,
  machineLine,
  request,
  describeCpu,
  waitForQuiet,
  startHelloChild,
  startServerChild,
  type LoadFigures,
} from './lib/common.ts';

const CONNECTIONS = 10;
const DURATION_S = 10;
const WARMUP_S = 2;
const CENTRES = 36;
const CASELOAD = ['CPL-01', 'CPL-02', 'CPL-03'];
const OFFICER = { username: 'bench.officer', password: 'bench-officer-password-2024' };

const engine = engineFromArgs();

heading(`Authenticated GET vs bare Fastify (${engine})`);
console.log(machineLine());
console.log(FAIRNESS_NOTE);
console.log(`autocannon: ${CONNECTIONS} connections, ${WARMUP_S} s warm-up (discarded), then ${DURATION_S} s measured.\n`);

const web = ensureWebBuilt();
console.log(`Web app: ${web.note}`);
const quiet = await waitForQuiet();
console.log(`Before measuring: ${describeCpu(quiet)}`);

// 1. The ceiling: bare Fastify.
const hello = await startHelloChild();
let bare: LoadFigures;
try {
  bare = await load({ url: hello.url, connections: CONNECTIONS, durationS: DURATION_S, warmupS: WARMUP_S });
} finally {
  await hello.child.stop();
}
console.log(describeLoad('bare Fastify GET /', bare));

// 2. Custodia.
const db = await benchDatabase(engine, 'authget');
// A server that fails to start must not leave the scratch database behind.
const server = await startServerChild(db.target).catch(async (error: unknown) => {
  await db.cleanup();
  throw error;
});
console.log(`Custodia: ${server.url} (${server.mode}; ${db.label})`);
let me: LoadFigures;
let centres: LoadFigures;
try {
  const admin = await logIn(server.url, 'admin', ADMIN_PASSWORD);
  const write = async (path: string, payload: unknown) => {
    const res = await request(`${server.url}/api/v1${path}`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      body: JSON.stringify(payload),
    });
    if (res.status !== 201) throw new Error(`POST ${path}: HTTP ${res.status} ${res.body}`);
  };
  for (let i = 1; i <= CENTRES; i++) {
    const n = String(i).padStart(2, '0');
    await write('/centres', {
      code: `CPL-${n}`,
      name: `Centro de Privación de Libertad ${n}`,
      city: `Ciudad ${n}`,
      province: `Provincia ${(i % 24) + 1}`,
      type: 'CPL',
      sex: i % 5 === 0 ? 'F' : 'M',
      authority: 'snai',
    });
  }
  await write('/users', {
    username: OFFICER.username,
    displayName: 'Bench Officer',
    password: OFFICER.password,
    roles: ['officer'],
    caseload: { all: false, centres: CASELOAD },
  });
  const officer = await logIn(server.url, OFFICER.username, OFFICER.password);

  // Check the answers are what we think we are measuring.
  const meCheck = await request(`${server.url}/api/v1/me`, { headers: { cookie: admin.cookie } });
  const centresCheck = await request(`${server.url}/api/v1/centres`, { headers: { cookie: officer.cookie } });
  const seen = (JSON.parse(centresCheck.body) as { centres: { code: string }[] }).centres.map((c) => c.code);
  if (meCheck.status !== 200 || centresCheck.status !== 200 || seen.join() !== CASELOAD.join()) {
    throw new Error(`unexpected answers: /me ${meCheck.status}, /centres ${centresCheck.status} ${seen.join()}`);
  }
  console.log(`Seeded ${CENTRES} centres; ${OFFICER.username} sees ${seen.length} (${seen.join(', ')}).`);

  me = await load({ url: `${server.url}/api/v1/me`, headers: { cookie: admin.cookie }, connections: CONNECTIONS, durationS: DURATION_S, warmupS: WARMUP_S });
  console.log(describeLoad('GET /api/v1/me (admin)', me));
  centres = await load({
    url: `${server.url}/api/v1/centres`,
    headers: { cookie: officer.cookie },
    connections: CONNECTIONS,
    durationS: DURATION_S,
    warmupS: WARMUP_S,
  });
  console.log(describeLoad('GET /api/v1/centres (officer, 3/36)', centres));
} finally {
  await server.stop();
  await db.cleanup();
}

const ratio = me.rps / bare.rps;
console.log('\nResult:');
console.log(`  bare Fastify        ${bare.rps.toFixed(0).padStart(7)} req/s`);
console.log(`  GET /api/v1/me      ${me.rps.toFixed(0).padStart(7)} req/s   = ${(ratio * 100).toFixed(1)}% of bare (ratio ${ratio.toFixed(3)})`);
console.log(`  GET /api/v1/centres ${centres.rps.toFixed(0).padStart(7)} req/s   = ${((centres.rps / bare.rps) * 100).toFixed(1)}% of bare (ratio ${(centres.rps / bare.rps).toFixed(3)})`);
for (const [label, f] of [['bare', bare], ['/me', me], ['/centres', centres]] as const) {
  if (f.non2xx + f.errors + f.timeouts > 0) console.log(`  !! ${label}: ${f.non2xx} non-2xx, ${f.errors} errors, ${f.timeouts} timeouts: figures are not valid`);
}

emitResult('authenticated-get', { engine, web: web.state, bare, me, centres, ratio, centresRatio: centres.rps / bare.rps });
