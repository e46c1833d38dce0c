/**
 * Login latency and throughput with argon2id at the parameters the code uses
 * (src/modules/auth/passwords.ts ARGON2_OPTIONS): 200 sequential POST /api/v1/auth/login, then
 * 4 concurrent connections for 10 s with autocannon. The server runs in a child process.
 *
 *   node --import tsx bench/login.ts [--engine pglite|postgres]
 */
import http from 'node:http';
import { hash, verify } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '../src/modules/auth/passwords.ts';
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
  LOGIN_ATTEMPTS_PER_MINUTE,
  machineLine,
  ms,
  request,
  describeCpu,
  waitForQuiet,
  watchCpu,
  type CpuUse,
  startServerChild,
  summarise,
  type Summary,
} from './lib/common.ts';

const SEQUENTIAL = 200;
const WARMUP = 10;
const CONCURRENCY = 4;
const DURATION_S = 10;

const engine = engineFromArgs();
const body = JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD });
const algorithms = ['argon2d', 'argon2i', 'argon2id'];

heading(`Login: POST /api/v1/auth/login (${engine})`);
console.log(machineLine());
console.log(
  `ARGON2_OPTIONS (src/modules/auth/passwords.ts): ${algorithms[ARGON2_OPTIONS.algorithm] ?? ARGON2_OPTIONS.algorithm}, ` +
    `m=${ARGON2_OPTIONS.memoryCost} KiB (${(ARGON2_OPTIONS.memoryCost / 1024).toFixed(1)} MiB), ` +
    `t=${ARGON2_OPTIONS.timeCost}, p=${ARGON2_OPTIONS.parallelism}`,
);
console.log(`LOGIN_ATTEMPTS_PER_MINUTE_PER_IP=${LOGIN_ATTEMPTS_PER_MINUTE} (the most config.ts allows) so the throttle never answers 429.`);
console.log(FAIRNESS_NOTE);
const quiet = await waitForQuiet();
console.log(`Before measuring: ${describeCpu(quiet)}`);

// The floor: argon2id verify alone, in this process, with the same parameters.
const sample = await hash(ADMIN_PASSWORD, ARGON2_OPTIONS);
const verifyTimes: number[] = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  if (!(await verify(sample, ADMIN_PASSWORD))) throw new Error('argon2 verify failed');
  verifyTimes.push(performance.now() - t0);
}
const verifyAlone = summarise(verifyTimes);
const parallelStart = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let i = 0; i < 10; i++) await verify(sample, ADMIN_PASSWORD);
  }),
);
const verifyParallelRate = (CONCURRENCY * 10) / ((performance.now() - parallelStart) / 1000);
console.log(
  `argon2id verify alone (no server): p50 ${ms(verifyAlone.p50)}, p99 ${ms(verifyAlone.p99)}; ` +
    `${verifyParallelRate.toFixed(1)} verifies/s with ${CONCURRENCY} in parallel`,
);

const web = ensureWebBuilt();
console.log(`Web app: ${web.note}`);
const db = await benchDatabase(engine, 'login');
console.log(`Database: ${db.label}`);
// A server that fails to start must not leave the scratch database behind.
const server = await startServerChild(db.target).catch(async (error: unknown) => {
  await db.cleanup();
  throw error;
});
console.log(`Server: ${server.url} (${server.mode})`);

let sequential: Summary;
let sequentialRate: number;
let sequentialCpu: CpuUse | null;
let concurrent: Awaited<ReturnType<typeof load>>;
try {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = `${server.url}/api/v1/auth/login`;
  const once = async () => {
    const t0 = performance.now();
    const res = await request(url, { method: 'POST', body, agent });
    const took = performance.now() - t0;
    if (res.status !== 200 || !res.headers['set-cookie']) throw new Error(`login: HTTP ${res.status} ${res.body}`);
    return took;
  };
  for (let i = 0; i < WARMUP; i++) await once();
  const times: number[] = [];
  const started = performance.now();
  const cpu = watchCpu();
  for (let i = 0; i < SEQUENTIAL; i++) times.push(await once());
  sequentialCpu = cpu();
  sequentialRate = SEQUENTIAL / ((performance.now() - started) / 1000);
  agent.destroy();
  sequential = summarise(times);

  concurrent = await load({
    url,
    connections: CONCURRENCY,
    durationS: DURATION_S,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
} finally {
  await server.stop();
  await db.cleanup();
}

console.log(`\nSequential, ${SEQUENTIAL} logins on one keep-alive connection (after ${WARMUP} warm-up):`);
console.log(
  `  p50 ${ms(sequential.p50)}  p95 ${ms(sequential.p95)}  p99 ${ms(sequential.p99)}  max ${ms(sequential.max)}  ` +
    `mean ${ms(sequential.mean)}  → ${sequentialRate.toFixed(1)} logins/s`,
);
console.log(`  ${describeCpu(sequentialCpu)}`);
console.log(`Concurrency ${CONCURRENCY}, ${DURATION_S} s (autocannon):`);
console.log(`  ${describeLoad('logins', concurrent)}`);
if (concurrent.non2xx + concurrent.errors + concurrent.timeouts > 0) console.log('  !! some logins failed: figures are not valid');

emitResult('login', {
  engine,
  web: web.state,
  argon2: ARGON2_OPTIONS,
  verifyAlone: { p50: verifyAlone.p50, p99: verifyAlone.p99, parallelRate: verifyParallelRate },
  sequential: { ...sequential, rate: sequentialRate, cpu: sequentialCpu },
  concurrent,
});
