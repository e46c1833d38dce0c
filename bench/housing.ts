/**
 * The placement check and suggested cells in a 9,000-person centre:
 * - one centre of 12 pavilions × 4 wings × 40 cells (1,920 cells, capacities 4/5/6), 9,000 people,
 *   10 groups with rivalries and alliances, a third of the people affiliated (each pavilion with a
 *   dominant group and some rivals), and one person with 20 open non-associations spread over
 *   the centre at every level;
 * - the placement check of that person against 500 random cells (p50/p95/p99), through the same
 *   function the API and `custodia check-move` call;
 * - the same right after a change in the centre, when the centre's snapshot is read again;
 * - suggested cells for that person (the whole centre read and every cell assessed), 40 runs.
 *
 *   node --import tsx bench/housing.ts [--engine pglite|postgres] [--people 9000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/db/engine.ts';
import type { NonAssociationLevel } from '../src/kernel/vocabulary.ts';
import { runAudited, SYSTEM_ACTOR } from '../src/modules/audit/index.ts';
import { insertCentres, insertLocations, type NewLocation } from '../src/modules/estate/index.ts';
import { insertGroups, insertMemberships, insertRelations, type NewMembership } from '../src/modules/groups/index.ts';
import { checkPlacement, insertNonAssociations, moveToCell, suggestCells } from '../src/modules/housing/index.ts';
import { insertPersons, openEpisodes } from '../src/modules/register/index.ts';
import { applyMovements } from '../src/modules/roll/index.ts';
import { pad, random } from './lib/synthetic.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const engine = option('engine', 'pglite');
const people = Number(option('people', '9000'));
const PG_SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const work = mkdtempSync(path.join(os.tmpdir(), 'custodia-bench-housing-'));
const database = `custodia_bench_housing_${process.pid}`;

async function target(): Promise<string> {
  if (engine === 'pglite') return path.join(work, 'db');
  const client = new pg.Client({ connectionString: PG_SERVER });
  await client.connect();
  await client.query(`create database ${database}`);
  await client.end();
  const url = new URL(PG_SERVER);
  url.pathname = `/${database}`;
  return url.toString();
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
  return `p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms, p99 ${at(99).toFixed(1)} ms, max ${(sorted.at(-1) as number).toFixed(1)} ms`;
}

const CENTRE = 'BIG';

const handle = await openDatabase(await target());
await handle.migrate();
try {
  const rand = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  console.log(`engine: ${engine}; ${os.cpus().length} cores; ${people} people in one centre`);

  // The centre and its tree.
  const locations: NewLocation[] = [];
  const cells: string[] = [];
  const base = { centre: CENTRE, sex: 'M' as const, security: 'medium' as const, designCapacity: null, workingCapacity: null, maxCapacity: null };
  for (let p = 1; p <= 12; p += 1) {
    const pavilion = `${CENTRE}-P${pad(p, 2)}`;
    const regime = p <= 2 ? 'pretrial' : p <= 4 ? 'sentenced' : 'mixed';
    locations.push({ ...base, code: pavilion, parent: null, kind: 'pavilion', name: `Pabellón ${p}`, regime });
    for (const w of ['A', 'B', 'C', 'D']) {
      const wing = `${pavilion}-${w}`;
      locations.push({ ...base, code: wing, parent: pavilion, kind: 'wing', name: `Ala ${w}`, regime });
      for (let c = 1; c <= 40; c += 1) {
        const cell = `${wing}-${pad(c, 3)}`;
        cells.push(cell);
        locations.push({ ...base, code: cell, parent: wing, kind: 'cell', name: `Celda ${c}`, regime, designCapacity: 4, workingCapacity: 5, maxCapacity: 6 });
      }
    }
  }
  const ids = Array.from({ length: people }, (_, i) => `BIG${pad(i, 6)}`);
  const started = performance.now();
  await runAudited(handle.db, { actor: SYSTEM_ACTOR }, async (w) => {
    await insertCentres(w, [{ code: CENTRE, name: 'Centro de prueba', city: 'Guayaquil', province: 'Guayas', type: 'CPL', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' }], 'bench');
    await insertLocations(w, locations);
    await insertPersons(
      w,
      ids.map((id, i) => ({ id, nationalId: null, givenNames: 'Persona', familyNames: `Prueba ${i}`, aliases: [], birthDate: null, sex: 'M', nationality: 'ECU' })),
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
        risk: pick(['low', 'medium', 'medium', 'high', 'maximum'] as const),
      })),
      'bench',
    );
    // Everyone in a cell of a matching regime, about 4.7 per cell (never above the maximum of 6).
    const occupancy = new Map<string, number>();
    const placeFor = (status: 'pretrial' | 'sentenced') => {
      for (;;) {
        const cell = pick(cells);
        const p = Number(cell.slice(5, 7));
        const fits = p > 4 || (p <= 2 ? status === 'pretrial' : status === 'sentenced');
        if (fits && (occupancy.get(cell) ?? 0) < 6) {
          occupancy.set(cell, (occupancy.get(cell) ?? 0) + 1);
          return cell;
        }
      }
    };
    await applyMovements(
      w,
      ids.map((id, i) => ({ person: id, type: 'admission' as const, at: admitted, toCentre: CENTRE, toLocation: placeFor(statuses[i] as 'pretrial' | 'sentenced'), reason: 'bench', episode: episodes[i] as string })),
      'bench',
      'unchecked_replay',
    );
    // Ten groups: two blocs at war, as in the Choneros–Lobos conflict.
    const groups = Array.from({ length: 10 }, (_, g) => ({ code: `G${g}`, name: `Grupo ${g}`, kind: 'gang' as const, parent: null, aliases: [] }));
    await insertGroups(w, groups, 'bench');
    const relations = [];
    for (let a = 0; a < 10; a += 1) {
      for (let b = a + 1; b < 10; b += 1) relations.push({ groupA: `G${a}`, groupB: `G${b}`, relation: (a % 2 === b % 2 ? 'allied' : 'rival') as 'allied' | 'rival', since: '2021-01-01' });
    }
    await insertRelations(w, relations, 'bench');
    const memberships: NewMembership[] = [];
    ids.forEach((id, i) => {
      if (rand() > 0.35) return;
      const pavilion = Math.floor(i % 12);
      const group = rand() < 0.7 ? `G${pavilion % 10}` : pick(groups).code;
      memberships.push({ person: id, group, role: rand() < 0.01 ? 'leader' : rand() < 0.05 ? 'lieutenant' : 'member', since: '2022-01-01', confidence: 'confirmed' });
    });
    await insertMemberships(w, memberships, 'bench');
    // The person under study: 20 open non-associations with people anywhere in the centre.
    const levels: NonAssociationLevel[] = ['cell', 'wing', 'pavilion', 'wing', 'cell'];
    await insertNonAssociations(
      w,
      Array.from({ length: 20 }, (_, k) => ({
        personA: ids[0] as string,
        personB: ids[1 + k * 397] as string,
        roleA: 'other' as const,
        roleB: 'other' as const,
        reason: 'threat' as const,
        level: levels[k % levels.length] as NonAssociationLevel,
        comment: 'Amenazas registradas por inteligencia',
      })),
      'bench',
      'bench',
    );
    w.audit({ action: 'import.applied', subjectType: 'bench', subjectId: CENTRE });
  });
  await handle.db.execute(sql`analyze`); // as `custodia import` does after loading
  console.log(`built: ${ids.length} people, ${cells.length} cells, 20 non-associations for ${ids[0]} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const subject = ids[0] as string;
  for (let i = 0; i < 20; i += 1) await checkPlacement(handle.db, subject, pick(cells)); // warm-up
  const checks: number[] = [];
  let blocked = 0;
  let warned = 0;
  for (let i = 0; i < 500; i += 1) {
    const cell = pick(cells);
    const t0 = performance.now();
    const result = await checkPlacement(handle.db, subject, cell);
    checks.push(performance.now() - t0);
    if (result.blocking.length > 0) blocked += 1;
    if (result.warnings.length > 0) warned += 1;
  }
  console.log(`placement check, ${subject} (20 non-associations) into 500 random cells: ${percentiles(checks)} (${blocked} blocked, ${warned} with warnings)`);

  // The first check after any change in the centre reads the centre again (its snapshot is dropped).
  const afterChange: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const mover = ids[100 + i] as string;
    await moveToCell(handle.db, { actor: SYSTEM_ACTOR }, { person: mover, cell: pick(cells), reasonCode: 'overcrowding', comment: 'bench' }, { override: false }).catch(() => undefined);
    await runAudited(handle.db, { actor: SYSTEM_ACTOR }, async (w) => w.audit({ action: 'placement.moved', subjectType: 'person', subjectId: mover, centre: CENTRE }));
    const t0 = performance.now();
    await checkPlacement(handle.db, subject, pick(cells));
    afterChange.push(performance.now() - t0);
  }
  console.log(`placement check right after a change in the centre (the centre read again): ${percentiles(afterChange)}`);

  // The first calls after those changes wait for the centre's reads (the first check after a
  // change is measured above); the figures below are the steady state.
  for (let k = 0; k < 5; k += 1) await suggestCells(handle.db, subject);
  const suggestions: number[] = [];
  let last = null;
  for (let i = 0; i < 40; i += 1) {
    const t0 = performance.now();
    last = await suggestCells(handle.db, subject);
    suggestions.push(performance.now() - t0);
  }
  console.log(`suggested cells for ${subject} (${last?.considered} cells assessed, ${last?.cells.length} suggested, ruled out: ${JSON.stringify(last?.ruledOut)}): ${percentiles(suggestions)}`);
} finally {
  await handle.close();
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true }); else console.log(work);
  if (engine === 'postgres') {
    const client = new pg.Client({ connectionString: PG_SERVER });
    await client.connect();
    await client.query(`drop database if exists ${database} with (force)`);
    await client.end();
  }
}
